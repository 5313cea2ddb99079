#!/usr/bin/env python3
"""Writes stage-games.json: random stage games solved by the specification's reference implementation
(diplomacy-v2-reference.py, stdlib Python, beside the specification). Usage:
    python3 make-stage-games.py PATH/TO/diplomacy-v2-reference.py > stage-games.json
Seeded, so the file is reproducible; 150 threat templates, 150 promise templates, 300 arbitrary games."""
import importlib.util, json, math, random, sys

spec = importlib.util.spec_from_file_location("ref", sys.argv[1])
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)
rnd = random.Random(20261201)


def threat():
    m, nr = rnd.randint(1, 6), rnd.randint(1, 3)
    types = [(rnd.choice([0.2, 0.4, 0.6, 0.8, 1.0]), rnd.choice([0, 0.5, 1])) for _ in range(m)]
    return ref.threat_game(types, [rnd.random() + 0.01 for _ in range(m)], g=rnd.random(), p=rnd.random(),
                           C=rnd.random() * 0.5, W=rnd.random() * 0.5, a=rnd.choice([0, rnd.random() * 0.4]),
                           k=rnd.choice([0, rnd.random() * 0.2]), omega=rnd.choice([0, rnd.random() * 0.3]),
                           rtypes=[(rnd.random() * 0.5, rnd.random() * 0.8 + 0.01) for _ in range(nr)],
                           nu=[rnd.random() + 0.01 for _ in range(nr)], f=rnd.choice([0, 0.2]))


def promise():
    m, nr = rnd.randint(1, 6), rnd.randint(1, 3)
    return ref.promise_game([rnd.choice([0, 0.5, 1]) for _ in range(m)], [rnd.random() + 0.01 for _ in range(m)],
                            B=rnd.random() * 0.3, C0=rnd.random() * 0.5, W=0.5, a=rnd.choice([0, rnd.random() * 0.4]),
                            k=rnd.choice([0, rnd.random() * 0.3]),
                            rtypes=[(rnd.random() * 0.3, rnd.random() * 0.5) for _ in range(nr)],
                            nu=[rnd.random() + 0.01 for _ in range(nr)])


def arbitrary():
    m, nr = rnd.randint(1, 6), rnd.randint(1, 3)
    U = [[[rnd.uniform(-1, 1), rnd.uniform(-1, 1)], [rnd.uniform(-1, 1), rnd.uniform(-1, 1)]] for _ in range(m)]
    phi = [[rnd.choice([0.0, 1.0]), rnd.choice([0.0, 1.0])] for _ in range(m)]
    tau = [rnd.choice([rnd.uniform(-0.2, 1.2)] * 3 + [math.inf, -math.inf]) for _ in range(nr)]
    return ref.GSG([rnd.random() + 0.01 for _ in range(m)], U, phi, [rnd.random() + 0.01 for _ in range(nr)], tau)


def num(x):
    return "Infinity" if x == math.inf else ("-Infinity" if x == -math.inf else x)


games = []
for make, n in ((threat, 150), (promise, 150), (arbitrary, 300)):
    for _ in range(n):
        g = make()
        r = g.solve()
        games.append(dict(
            senders=[dict(prior=g.mu[t], payoff=g.U[t], followThrough=g.phi[t]) for t in range(g.n)],
            receivers=[dict(weight=w, threshold=num(t)) for w, t in zip(g.nu, g.tau)],
            expected=dict(kind=r["kind"].replace("fallback-babbling", "fallback"), sigma=r["sigma"], rho0=r["rho0"],
                          rho1=r["rho1"], beta=r.get("beta"), c0=r["c0"], c1=r["c1"], posteriorClaim=r["post1"],
                          posteriorSilent=r["post0"], equilibria=r["n_equilibria"])))
json.dump(dict(source="diplomacy-v2-reference.py (GSG.solve), seed 20261201", games=games), sys.stdout, indent=None)

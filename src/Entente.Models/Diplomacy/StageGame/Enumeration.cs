using System.Collections.Immutable;

namespace Entente.Models.Diplomacy.StageGame;

/// <summary>One solve of a stage game whose sender types all have positive weight: the enumeration of §5.2-§5.5.</summary>
internal sealed class Enumeration
{
    private const double Epsilon = StageGameSolver.Epsilon;
    private const double Tiny = StageGameSolver.Tiny;

    private readonly int _n;
    private readonly double[] _mu;
    private readonly double[,,] _u;   // [type, message, response]
    private readonly double[,] _phi;  // [type, message]
    private readonly double[] _nu;
    private readonly double[] _tau;

    public Enumeration(SignallingGame game)
    {
        _n = game.Senders.Length;
        _mu = [.. Beliefs.Probability.Normalise([.. game.Senders.Select(s => s.Prior)])];
        _nu = [.. Beliefs.Probability.Normalise([.. game.Receivers.Select(r => r.Weight)])];
        _tau = [.. game.Receivers.Select(r => r.Threshold)];
        _u = new double[_n, 2, 2];
        _phi = new double[_n, 2];
        for (var t = 0; t < _n; t++)
        {
            var s = game.Senders[t];
            for (var m = 0; m < 2; m++)
            {
                _phi[t, m] = s.FollowThrough(m);
                for (var y = 0; y < 2; y++)
                {
                    _u[t, m, y] = s.Payoff(m, y);
                }
            }
        }
    }

    public StageGameSolution Solve()
    {
        if (IsCheapTalk())
        {
            return Babbling(EquilibriumKind.Babbling);
        }
        var (silentStates, claimStates) = ResponseState.Enumerate(_nu, _tau);
        var candidates = new List<Candidate>();
        foreach (var s1 in claimStates)
        {
            foreach (var s0 in silentStates)
            {
                switch (s0.AtThreshold, s1.AtThreshold)
                {
                    case (false, false):
                        AddPure(s0, s1, candidates);
                        break;
                    case (false, true):
                        AddMixed(s0, s1, claimMixes: true, candidates);
                        break;
                    case (true, false):
                        AddMixed(s0, s1, claimMixes: false, candidates);
                        break;
                    default:
                        break; // (C): both responses mixing is not searched (notes §2.3).
                }
            }
        }
        if (candidates.Count == 0)
        {
            return Babbling(EquilibriumKind.Fallback);
        }
        var best = candidates[0];
        foreach (var c in candidates.Skip(1))
        {
            if (Preferred(c, best))
            {
                best = c;
            }
        }
        return best.ToSolution(candidates.Count);
    }

    // §5.5: the claim on path, then pure before mixed, then more informative (ties keep the earlier).
    private static bool Preferred(Candidate c, Candidate best)
    {
        if (c.ClaimOnPath != best.ClaimOnPath)
        {
            return c.ClaimOnPath;
        }
        if (c.Pure != best.Pure)
        {
            return c.Pure;
        }
        return c.Informativeness > best.Informativeness + Tiny;
    }

    private bool IsCheapTalk()
    {
        for (var t = 0; t < _n; t++)
        {
            if (Math.Abs(_phi[t, 1] - _phi[t, 0]) > Epsilon)
            {
                return false;
            }
            for (var y = 0; y < 2; y++)
            {
                if (Math.Abs(_u[t, 1, y] - _u[t, 0, y]) > Epsilon)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private StageGameSolution Babbling(EquilibriumKind kind)
    {
        var c0 = Credibility(_mu, 0);
        var c1 = Credibility(_mu, 1);
        return new StageGameSolution
        {
            Kind = kind,
            Sigma = [.. Enumerable.Repeat(1.0, _n)],
            Rho0 = Response(c0),
            Rho1 = Response(c1),
            SilentCredibility = c0,
            ClaimCredibility = c1,
            PosteriorClaim = [.. _mu],
            PosteriorSilent = [.. _mu],
            Informativeness = 0.0,
            Equilibria = 0,
            ClaimProbability = 1.0,
        };
    }

    // The favourable-response probability at credibility c when nobody mixes: ties count as unfavourable.
    private double Response(double c)
    {
        var rho = 0.0;
        for (var u = 0; u < _nu.Length; u++)
        {
            if (_tau[u] < c - Epsilon)
            {
                rho += _nu[u];
            }
        }
        return rho;
    }

    private double Value(int t, int m, double rho) => rho * _u[t, m, 1] + (1.0 - rho) * _u[t, m, 0];

    private double Gain(int t, double rho0, double rho1) => Value(t, 1, rho1) - Value(t, 0, rho0);

    private double Credibility(IReadOnlyList<double> belief, int m)
    {
        var c = 0.0;
        for (var t = 0; t < _n; t++)
        {
            c += belief[t] * _phi[t, m];
        }
        // A posterior that sums to 1 + ulp must not make a probability exceed 1.
        return Math.Min(c, 1.0);
    }

    // (A) Both responses pure: each type's choice follows the sign of its gain; an indifferent block is
    // tried silent, then claiming.
    private void AddPure(ResponseState s0, ResponseState s1, List<Candidate> candidates)
    {
        var rho0 = s0.Base;
        var rho1 = s1.Base;
        var d = new double[_n];
        var anyIndifferent = false;
        for (var t = 0; t < _n; t++)
        {
            d[t] = Gain(t, rho0, rho1);
            anyIndifferent |= Math.Abs(d[t]) <= Epsilon;
        }
        foreach (var fill in (ReadOnlySpan<double>)[0.0, 1.0])
        {
            var sigma = new double[_n];
            for (var t = 0; t < _n; t++)
            {
                sigma[t] = d[t] > Epsilon ? 1.0 : d[t] < -Epsilon ? 0.0 : fill;
            }
            if (Finish(sigma, rho0, rho1, s0, s1, pure: true, beta: null) is { } candidate)
            {
                candidates.Add(candidate);
            }
            if (!anyIndifferent)
            {
                break;
            }
        }
    }

    // (B) and (B′): the receiver types at one threshold mix with the β that makes type t* indifferent; the
    // indifferent block sends with the common probability that puts the mixing message's credibility on
    // the threshold.
    private void AddMixed(ResponseState s0, ResponseState s1, bool claimMixes, List<Candidate> candidates)
    {
        var mixing = claimMixes ? s1 : s0;
        var other = claimMixes ? s0.Base : s1.Base;
        var message = claimMixes ? 1 : 0;
        var tau = mixing.Low;
        for (var star = 0; star < _n; star++)
        {
            // Amendment A13: A is D_{t*} at β = 0.
            var a = claimMixes ? Gain(star, other, mixing.Base) : Gain(star, mixing.Base, other);
            var b = claimMixes
                ? mixing.Mass * (_u[star, 1, 1] - _u[star, 1, 0])
                : -mixing.Mass * (_u[star, 0, 1] - _u[star, 0, 0]);
            if (Math.Abs(b) <= Tiny)
            {
                continue;
            }
            var beta = -a / b;
            if (beta < -Epsilon || beta > 1.0 + Epsilon)
            {
                continue;
            }
            beta = Math.Clamp(beta, 0.0, 1.0);
            var rhoMixing = mixing.Base + beta * mixing.Mass;
            var rho0 = claimMixes ? other : rhoMixing;
            var rho1 = claimMixes ? rhoMixing : other;
            double committedFollow = 0, committedMass = 0, blockFollow = 0, blockMass = 0;
            var d = new double[_n];
            for (var t = 0; t < _n; t++)
            {
                d[t] = Gain(t, rho0, rho1);
                if (Math.Abs(d[t]) <= Epsilon)
                {
                    blockFollow += _mu[t] * _phi[t, message];
                    blockMass += _mu[t];
                }
                else if (claimMixes ? d[t] > Epsilon : d[t] < -Epsilon)
                {
                    committedFollow += _mu[t] * _phi[t, message];
                    committedMass += _mu[t];
                }
            }
            var denominator = blockFollow - tau * blockMass;
            if (Math.Abs(denominator) <= Tiny)
            {
                continue;
            }
            var share = (tau * committedMass - committedFollow) / denominator;
            var s = claimMixes ? share : 1.0 - share;
            if (s < -Epsilon || s > 1.0 + Epsilon)
            {
                continue;
            }
            s = Math.Clamp(s, 0.0, 1.0);
            var sigma = new double[_n];
            for (var t = 0; t < _n; t++)
            {
                sigma[t] = Math.Abs(d[t]) <= Epsilon ? s : d[t] > Epsilon ? 1.0 : 0.0;
            }
            if (!IsBestResponse(sigma, d))
            {
                continue;
            }
            if (Finish(sigma, rho0, rho1, s0, s1, pure: false, beta) is { } candidate
                && (claimMixes ? candidate.ClaimOnPath : candidate.ClaimProbability < 1.0 - Tiny))
            {
                candidates.Add(candidate);
            }
        }
    }

    private static bool IsBestResponse(double[] sigma, double[] d)
    {
        for (var t = 0; t < sigma.Length; t++)
        {
            if (sigma[t] >= 1.0 - Tiny ? d[t] < -Epsilon : sigma[t] <= Tiny ? d[t] > Epsilon : Math.Abs(d[t]) > Epsilon)
            {
                return false;
            }
        }
        return true;
    }

    // §5.4: posteriors (Bayes on path, D1 off path), credibilities, and validity against the states.
    private Candidate? Finish(double[] sigma, double rho0, double rho1, ResponseState s0, ResponseState s1, bool pure, double? beta)
    {
        var p1 = 0.0;
        for (var t = 0; t < _n; t++)
        {
            p1 += _mu[t] * sigma[t];
        }
        var p0 = 1.0 - p1;
        var post1 = p1 > Tiny
            ? Normalise(t => _mu[t] * sigma[t])
            : OffPath(1, t => Value(t, 0, rho0));
        var post0 = p0 > Tiny
            ? Normalise(t => _mu[t] * (1.0 - sigma[t]))
            : OffPath(0, t => Value(t, 1, rho1));
        var c1 = Credibility(post1, 1);
        var c0 = Credibility(post0, 0);
        if (!s1.Contains(c1) || !s0.Contains(c0))
        {
            return null;
        }
        return new Candidate(sigma, rho0, rho1, beta, c0, c1, post1, post0, p1, p1 * p0 * (c1 - c0) * (c1 - c0), pure);
    }

    private double[] Normalise(Func<int, double> weight)
    {
        var w = new double[_n];
        var z = 0.0;
        for (var t = 0; t < _n; t++)
        {
            w[t] = weight(t);
            z += w[t];
        }
        for (var t = 0; t < _n; t++)
        {
            w[t] /= z;
        }
        return w;
    }

    // D1: the types for which the off-path message pays at least their equilibrium payoff under the widest
    // set of responses ρ′ ∈ [0, 1] are the ones the receiver attributes it to.
    private double[] OffPath(int message, Func<int, double> equilibriumValue)
    {
        var length = new double[_n];
        var widest = double.NegativeInfinity;
        for (var t = 0; t < _n; t++)
        {
            var v = equilibriumValue(t);
            var a = _u[t, message, 0];
            var b = _u[t, message, 1] - a;
            length[t] = Math.Abs(b) <= Tiny
                ? (a >= v - Tiny ? 1.0 : 0.0)
                : b > 0 ? 1.0 - Math.Clamp((v - a) / b, 0.0, 1.0) : Math.Clamp((v - a) / b, 0.0, 1.0);
            widest = Math.Max(widest, length[t]);
        }
        return Normalise(t => length[t] >= widest - Tiny ? _mu[t] : 0.0);
    }

    private sealed record Candidate(
        double[] Sigma, double Rho0, double Rho1, double? Beta, double C0, double C1,
        double[] PosteriorClaim, double[] PosteriorSilent, double ClaimProbability, double Informativeness, bool Pure)
    {
        public bool ClaimOnPath => ClaimProbability > Tiny;

        public StageGameSolution ToSolution(int equilibria) => new()
        {
            Kind = Pure ? EquilibriumKind.Pure : EquilibriumKind.Mixed,
            Sigma = [.. Sigma],
            Rho0 = Rho0,
            Rho1 = Rho1,
            Beta = Beta,
            SilentCredibility = C0,
            ClaimCredibility = C1,
            PosteriorClaim = [.. PosteriorClaim],
            PosteriorSilent = [.. PosteriorSilent],
            Informativeness = Informativeness,
            Equilibria = equilibria,
            ClaimProbability = ClaimProbability,
        };
    }
}

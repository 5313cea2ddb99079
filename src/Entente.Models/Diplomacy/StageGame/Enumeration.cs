using System.Collections.Immutable;
using System.Runtime.Intrinsics;

namespace Entente.Models.Diplomacy.StageGame;

/// <summary>One solve of a stage game whose sender types all have positive weight: the enumeration of §5.2-§5.5.</summary>
internal sealed class Enumeration
{
    private const double Epsilon = StageGameSolver.Epsilon;
    private const double Tiny = StageGameSolver.Tiny;

    private readonly int _n;
    private readonly double[] _mu;
    // Payoffs U(m, y) and follow-through φ(m) per type, one flat array each: the enumeration reads them in its
    // innermost loops.
    private readonly double[] _u00, _u01, _u10, _u11, _phi0, _phi1;
    private readonly double[] _d, _sigma, _post1, _post0, _length, _lineA, _lineB;
    private readonly LineSweep _sweep = new();
    private readonly double[] _claimSpread, _silentSpread;
    private readonly double[] _nu;
    private readonly double[] _tau;

    public Enumeration(SignallingGame game)
    {
        _n = game.Senders.Length;
        _mu = [.. Beliefs.Probability.Normalise([.. game.Senders.Select(s => s.Prior)])];
        _nu = [.. Beliefs.Probability.Normalise([.. game.Receivers.Select(r => r.Weight)])];
        _tau = [.. game.Receivers.Select(r => r.Threshold)];
        _u00 = [.. game.Senders.Select(s => s.SilentUnfavourable)];
        _u01 = [.. game.Senders.Select(s => s.SilentFavourable)];
        _u10 = [.. game.Senders.Select(s => s.ClaimUnfavourable)];
        _u11 = [.. game.Senders.Select(s => s.ClaimFavourable)];
        _phi0 = [.. game.Senders.Select(s => s.FollowThroughSilent)];
        _phi1 = [.. game.Senders.Select(s => s.FollowThroughClaim)];
        // U(1, y=1) − U(1, y=0) and U(0, 1) − U(0, 0): the slopes of the gain lines in β (per unit of mixing mass).
        _claimSpread = new double[_n];
        _silentSpread = new double[_n];
        for (var t = 0; t < _n; t++)
        {
            _claimSpread[t] = _u11[t] - _u10[t];
            _silentSpread[t] = _u01[t] - _u00[t];
        }
        _d = new double[_n];
        _sigma = new double[_n];
        _post1 = new double[_n];
        _post0 = new double[_n];
        _length = new double[_n];
        _lineA = new double[_n];
        _lineB = new double[_n];
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
            if (Math.Abs(_phi1[t] - _phi0[t]) > Epsilon || Math.Abs(_u10[t] - _u00[t]) > Epsilon || Math.Abs(_u11[t] - _u01[t]) > Epsilon)
            {
                return false;
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

    private double Value(int t, int m, double rho) => m == 0 ? rho * _u01[t] + (1.0 - rho) * _u00[t] : rho * _u11[t] + (1.0 - rho) * _u10[t];

    private double Gain(int t, double rho0, double rho1) => Value(t, 1, rho1) - Value(t, 0, rho0);

    // Every type's value of a message at a response probability, for the few probabilities the states fix: the
    // pairs of states reuse them instead of recomputing (the same expression, so the same doubles as Gain).
    private readonly Dictionary<double, double[]> _silentRows = [], _claimRows = [];

    private double[] Row(int message, double rho)
    {
        var rows = message == 0 ? _silentRows : _claimRows;
        if (!rows.TryGetValue(rho, out var row))
        {
            row = new double[_n];
            for (var t = 0; t < _n; t++)
            {
                row[t] = Value(t, message, rho);
            }
            rows[rho] = row;
        }
        return row;
    }

    private double Credibility(IReadOnlyList<double> belief, int m)
    {
        var c = 0.0;
        for (var t = 0; t < _n; t++)
        {
            c += belief[t] * (m == 0 ? _phi0[t] : _phi1[t]);
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
        var d = _d;
        var anyIndifferent = false;
        var claim = Row(1, rho1);
        var silent = Row(0, rho0);
        var t0 = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var epsilon = Vector256.Create(Epsilon);
            var any = Vector256<double>.Zero;
            for (; t0 <= _n - Vector256<double>.Count; t0 += Vector256<double>.Count)
            {
                var gain = Vector256.Create(claim.AsSpan(t0)) - Vector256.Create(silent.AsSpan(t0));
                gain.CopyTo(d.AsSpan(t0));
                any |= Vector256.LessThanOrEqual(Vector256.Abs(gain), epsilon);
            }
            anyIndifferent = any != Vector256<double>.Zero;
        }
        for (var t = t0; t < _n; t++)
        {
            d[t] = claim[t] - silent[t];
            anyIndifferent |= Math.Abs(d[t]) <= Epsilon;
        }
        foreach (var fill in (ReadOnlySpan<double>)[0.0, 1.0])
        {
            var sigma = _sigma;
            for (var t = 0; t < _n; t++)
            {
                sigma[t] = d[t] > Epsilon ? 1.0 : d[t] < -Epsilon ? 0.0 : fill;
            }
            if (MayHold(sigma, s0, s1) && Finish(sigma, rho0, rho1, s0, s1, pure: true, beta: null) is { } candidate)
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
        // Every type's gain is a line in β: D_t(β) = A_t + β·B_t. The lines are computed once per pair; each t*'s β
        // is screened with them (ScreenMixed), and only a β that may give an equilibrium is checked exactly below.
        var claimRow = Row(1, claimMixes ? mixing.Base : other);
        var silentRow = Row(0, claimMixes ? other : mixing.Base);
        // A candidate needs some t* whose gain vanishes at a β in [0, 1] (within the tolerances of the search); most
        // pairs have none, so the lines and this test run several types at a time.
        if (!Lines(claimRow, silentRow, claimMixes ? _claimSpread : _silentSpread, claimMixes ? mixing.Mass : -mixing.Mass))
        {
            return;
        }
        _sweep.Reset(_lineA, _lineB, _mu, _phi1, _phi0, Epsilon);
        for (var star = 0; star < _n; star++)
        {
            // Amendment A13: A is D_{t*} at β = 0.
            var a = _lineA[star];
            var b = _lineB[star];
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
            if (!ScreenMixed(beta, tau, claimMixes, s0, s1, mixing.Base + beta * mixing.Mass, other))
            {
                continue;
            }
            var rhoMixing = mixing.Base + beta * mixing.Mass;
            var rho0 = claimMixes ? other : rhoMixing;
            var rho1 = claimMixes ? rhoMixing : other;
            double committedFollow = 0, committedMass = 0, blockFollow = 0, blockMass = 0;
            var d = _d;
            var phi = message == 0 ? _phi0 : _phi1;
            for (var t = 0; t < _n; t++)
            {
                d[t] = Gain(t, rho0, rho1);
                if (Math.Abs(d[t]) <= Epsilon)
                {
                    blockFollow += _mu[t] * phi[t];
                    blockMass += _mu[t];
                }
                else if (claimMixes ? d[t] > Epsilon : d[t] < -Epsilon)
                {
                    committedFollow += _mu[t] * phi[t];
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
            var sigma = _sigma;
            for (var t = 0; t < _n; t++)
            {
                sigma[t] = Math.Abs(d[t]) <= Epsilon ? s : d[t] > Epsilon ? 1.0 : 0.0;
            }
            if (!IsBestResponse(sigma, d) || !MayHold(sigma, s0, s1))
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

    // A_t = claim − silent and B_t = factor·spread_t into the line buffers, and whether some line crosses zero at a β in
    // [−ε, 1 + ε] with |B_t| > tiny: the scalar expressions lane by lane (IEEE arithmetic is the same in a lane).
    private bool Lines(double[] claimRow, double[] silentRow, double[] spread, double factor)
    {
        var crossing = false;
        var t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var f = Vector256.Create(factor);
            var tiny = Vector256.Create(Tiny);
            var low = Vector256.Create(-Epsilon);
            var high = Vector256.Create(1.0 + Epsilon);
            var any = Vector256<double>.Zero;
            for (; t <= _n - Vector256<double>.Count; t += Vector256<double>.Count)
            {
                var a = Vector256.Create(claimRow.AsSpan(t)) - Vector256.Create(silentRow.AsSpan(t));
                var b = f * Vector256.Create(spread.AsSpan(t));
                a.CopyTo(_lineA.AsSpan(t));
                b.CopyTo(_lineB.AsSpan(t));
                var root = -a / b;
                any |= Vector256.GreaterThan(Vector256.Abs(b), tiny) & Vector256.GreaterThanOrEqual(root, low) & Vector256.LessThanOrEqual(root, high);
            }
            crossing = any != Vector256<double>.Zero;
        }
        for (; t < _n; t++)
        {
            _lineA[t] = claimRow[t] - silentRow[t];
            _lineB[t] = factor * spread[t];
            if (Math.Abs(_lineB[t]) > Tiny)
            {
                var root = -_lineA[t] / _lineB[t];
                crossing |= root >= -Epsilon && root <= 1.0 + Epsilon;
            }
        }
        return crossing;
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

    // One pass over the lines at β: the classification, the block's common strategy and both credibilities from
    // sums, without building a strategy or posteriors. A necessary condition with slack (the lines round a little
    // differently from the exact gains, and the slack covers it); the exact check follows for what passes.
    private bool ScreenMixed(double beta, double tau, bool claimMixes, ResponseState s0, ResponseState s1, double rhoMixing, double rhoOther)
    {
        const double Slack = 1e-7;
        var (send, block, silent) = _sweep.At(beta);
        // The block's common strategy puts the mixing message's credibility on τ (§5.3 B, B′).
        var committed = claimMixes ? send : silent;
        var (committedFollow, blockFollow) = claimMixes ? (committed.Follow1, block.Follow1) : (committed.Follow0, block.Follow0);
        var denominator = blockFollow - tau * block.Mass;
        if (Math.Abs(denominator) <= Tiny)
        {
            return false; // the exact search skips such a block too
        }
        var share = (tau * committed.Mass - committedFollow) / denominator;
        var s = claimMixes ? share : 1.0 - share;
        if (s < -Epsilon - Slack || s > 1.0 + Epsilon + Slack)
        {
            return false;
        }
        s = Math.Clamp(s, 0.0, 1.0);
        var p1 = send.Mass + s * block.Mass;
        var p0 = 1.0 - p1;
        var (rho0, rho1) = claimMixes ? (rhoOther, rhoMixing) : (rhoMixing, rhoOther);
        // Near the edges Finish decides on path or off path (D1) by its own sums; screen with both readings.
        var c1 = p1 > 1e-6 ? (send.Follow1 + s * block.Follow1) / p1 : double.NaN;
        var c0 = p0 > 1e-6 ? (silent.Follow0 + (1.0 - s) * block.Follow0) / p0 : double.NaN;
        var claimFits = p1 > 1e-6 ? Near(s1, c1, Slack) : Near(s1, OffPathCredibility(1, rho0), Slack) || p1 > Tiny;
        var silenceFits = p0 > 1e-6 ? Near(s0, c0, Slack) : Near(s0, OffPathCredibility(0, rho1), Slack) || p0 > Tiny;
        return claimFits && silenceFits;
    }

    // λ_t for every type into _length (§5.4): how much of ρ′ ∈ [0, 1] makes the off-path message pay the type at least
    // its equilibrium value, the other message's at its response; returns the widest.
    private double D1Lengths(int message, double otherRho)
    {
        var widest = double.NegativeInfinity;
        for (var t = 0; t < _n; t++)
        {
            var v = Value(t, 1 - message, otherRho);
            var a = message == 0 ? _u00[t] : _u10[t];
            var b = (message == 0 ? _u01[t] : _u11[t]) - a;
            _length[t] = Math.Abs(b) <= Tiny
                ? (a >= v - Tiny ? 1.0 : 0.0)
                : b > 0 ? 1.0 - Math.Clamp((v - a) / b, 0.0, 1.0) : Math.Clamp((v - a) / b, 0.0, 1.0);
            widest = Math.Max(widest, _length[t]);
        }
        return widest;
    }

    // The credibility of the D1 belief after an off-path message (see OffPath), without building the belief. It
    // depends on the message and the other message's response only, and the screen asks for the few responses the
    // states fix again and again: each is computed once.
    private readonly Dictionary<double, double> _offPathSilent = [], _offPathClaim = [];

    private double OffPathCredibility(int message, double otherRho)
    {
        var known = message == 0 ? _offPathSilent : _offPathClaim;
        if (!known.TryGetValue(otherRho, out var credibility))
        {
            credibility = ComputeOffPathCredibility(message, otherRho);
            known[otherRho] = credibility;
        }
        return credibility;
    }

    private double ComputeOffPathCredibility(int message, double otherRho)
    {
        var widest = D1Lengths(message, otherRho);
        double mass = 0, follow = 0;
        var phi = message == 0 ? _phi0 : _phi1;
        for (var t = 0; t < _n; t++)
        {
            if (_length[t] >= widest - Tiny)
            {
                mass += _mu[t];
                follow += _mu[t] * phi[t];
            }
        }
        return follow / mass;
    }

    // A cheap necessary condition before the exact check of Finish: when both messages are on path, the
    // credibilities follow from four sums without building posteriors. The slack only ever lets a candidate
    // through to Finish, which decides with the exact arithmetic; off-path messages (D1) always go through.
    private bool MayHold(double[] sigma, ResponseState s0, ResponseState s1)
    {
        const double Slack = 1e-7;
        double p1 = 0, f1 = 0, f0 = 0;
        for (var t = 0; t < _n; t++)
        {
            var w1 = _mu[t] * sigma[t];
            p1 += w1;
            f1 += w1 * _phi1[t];
            f0 += (_mu[t] - w1) * _phi0[t];
        }
        var p0 = 1.0 - p1;
        if (p1 <= 1e-6 || p0 <= 1e-6)
        {
            return true;
        }
        return Near(s1, f1 / p1, Slack) && Near(s0, f0 / p0, Slack);
    }

    private static bool Near(ResponseState state, double c, double slack) => state.AtThreshold
        ? Math.Abs(c - state.Low) <= 1e-9 + slack
        : (double.IsNegativeInfinity(state.Low) || c > state.Low + 1e-9 - slack) && (double.IsPositiveInfinity(state.High) || c < state.High - 1e-9 + slack);

    // §5.4: posteriors (Bayes on path, D1 off path), credibilities, and validity against the states.
    private Candidate? Finish(double[] sigma, double rho0, double rho1, ResponseState s0, ResponseState s1, bool pure, double? beta)
    {
        var p1 = 0.0;
        for (var t = 0; t < _n; t++)
        {
            p1 += _mu[t] * sigma[t];
        }
        var p0 = 1.0 - p1;
        // Posteriors go into scratch buffers: most candidates fail the check, and only a valid one is copied out.
        if (p1 > Tiny)
        {
            for (var t = 0; t < _n; t++)
            {
                _post1[t] = _mu[t] * sigma[t];
            }
            NormaliseInPlace(_post1);
        }
        else
        {
            OffPath(1, rho0, _post1);
        }
        if (p0 > Tiny)
        {
            for (var t = 0; t < _n; t++)
            {
                _post0[t] = _mu[t] * (1.0 - sigma[t]);
            }
            NormaliseInPlace(_post0);
        }
        else
        {
            OffPath(0, rho1, _post0);
        }
        var c1 = Credibility(_post1, 1);
        var c0 = Credibility(_post0, 0);
        if (!s1.Contains(c1) || !s0.Contains(c0))
        {
            return null;
        }
        return new Candidate([.. sigma], rho0, rho1, beta, c0, c1, [.. _post1], [.. _post0], p1, p1 * p0 * (c1 - c0) * (c1 - c0), pure);
    }

    private static void NormaliseInPlace(double[] w)
    {
        var z = 0.0;
        for (var t = 0; t < w.Length; t++)
        {
            z += w[t];
        }
        for (var t = 0; t < w.Length; t++)
        {
            w[t] /= z;
        }
    }

    // D1: the types for which the off-path message pays at least their equilibrium payoff under the widest
    // set of responses ρ′ ∈ [0, 1] are the ones the receiver attributes it to. The equilibrium payoff is the
    // other message's value at its response.
    private void OffPath(int message, double otherRho, double[] into)
    {
        var widest = D1Lengths(message, otherRho);
        for (var t = 0; t < _n; t++)
        {
            into[t] = _length[t] >= widest - Tiny ? _mu[t] : 0.0;
        }
        NormaliseInPlace(into);
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

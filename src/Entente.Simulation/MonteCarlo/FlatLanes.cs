using System.Numerics;
using System.Runtime.Intrinsics;
using Entente.Simulation.Execution;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// Eight trials of a <see cref="FlatSweep"/> side by side, one trial a lane of a 512-bit vector: every participant's
/// three normal draws, its position, salience and capability, and the compromise's weighted mean, for eight trial
/// keys at once. A lane does the scalar's operations in the scalar's order (the same draw function, the same finishing
/// formulas, the mean summed in actor order, multiplications and additions never fused), so each trial gets
/// <see cref="FlatTrials"/>' bits; what changes is that no vector is padded or overlapped (a row of participants fills
/// whole vectors however many there are), and the draws beyond the quantile's centre are gathered from all eight
/// trials into full vectors. Not thread-safe: one per range.
/// </summary>
internal sealed class FlatLanes
{
    /// <summary>Trials a batch: the lanes of a vector of doubles.</summary>
    public static readonly int Width = Vector512<double>.Count;

    private readonly FlatSweep _sweep;
    private readonly ulong _seedKey;
    private readonly double _salienceCeiling;
    private readonly double[] _uniforms, _gaussians, _position, _salience, _capability;
    private readonly int[] _tailAt;

    /// <summary>Buffers for batches of <paramref name="sweep"/>'s trials.</summary>
    public FlatLanes(FlatSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        _sweep = sweep;
        _seedKey = RandomStream.SeedKey(sweep.Plan.Seed);
        _salienceCeiling = sweep.Plan.Scenario.SalienceCeiling;
        var n = Math.Max(1, sweep.MostParticipants);
        _uniforms = new double[3 * n * Width];
        _gaussians = new double[3 * n * Width];
        _tailAt = new int[3 * n * Width];
        _position = new double[n * Width];
        _salience = new double[n * Width];
        _capability = new double[n * Width];
    }

    /// <summary>The keys of trials <paramref name="first"/> to <paramref name="first"/> + 7 (<see cref="RandomStream.TrialKey"/> lane by lane).</summary>
    public Vector512<ulong> TrialKeys(ulong first) =>
        DrawLanes.Mix64(Vector512.Create(_seedKey) ^ (Vector512.Create(first) + Vector512<ulong>.Indices));

    /// <summary>
    /// Draws the participants of <paramref name="issue"/> in the eight trials keyed <paramref name="keys"/> into the
    /// batch's rows (participant p's value in lane l at [p·Width + l]), read by <see cref="Means"/> and
    /// <see cref="Lane"/>; returns how many participants.
    /// </summary>
    public int Draw(int issue, Vector512<ulong> keys)
    {
        // Indices stay within the buffers, sized for the sweep: no overflow checks in the trial's inner loops.
        unchecked
        {
            var s = _sweep;
            var first = s.IssueStart[issue];
            var n = s.IssueStart[issue + 1] - first;
            Gaussians(s.Streams.AsSpan(3 * first, 3 * n), keys);
            var top = Vector512.Create(_salienceCeiling);
            for (var p = 0; p < n; p++)
            {
                var at = p * Width;
                var sigma = Vector512.Create(s.PositionSigma[first + p]);
                var moved = Vector512.Create(s.Position[first + p]) + Noise(sigma, Load(_gaussians, at)) * sigma * Vector512.Create(s.ScaleWidth[first + p]);
                Clamp(moved, Vector512.Create(s.ScaleMin[first + p]), Vector512.Create(s.ScaleMax[first + p])).CopyTo(_position.AsSpan(at, Width));

                sigma = Vector512.Create(s.SalienceSigma[first + p]);
                moved = Vector512.Create(s.Salience[first + p]) + Noise(sigma, Load(_gaussians, (n + p) * Width)) * sigma * top;
                (Clamp(moved, Vector512<double>.Zero, top) / top).CopyTo(_salience.AsSpan(at, Width));

                sigma = Vector512.Create(s.CapabilitySigma[first + p]);
                var factor = DrawLanes.Exp(Noise(sigma, Load(_gaussians, (2 * n + p) * Width)) * sigma);
                (Vector512.Create(s.Capability[first + p]) * factor).CopyTo(_capability.AsSpan(at, Width));
            }
            return n;
        }
    }

    /// <summary>
    /// The compromise of the <paramref name="n"/> participants drawn last, lane by lane, into <paramref name="forecasts"/>:
    /// Σ c·s·x / Σ c·s in actor order, and where no one has weight the plain mean summed from the first position
    /// (<see cref="Models.Common.WeightedArrays.Mean"/>'s two rules).
    /// </summary>
    public void Means(int n, Span<double> forecasts)
    {
        unchecked
        {
            var weighted = Vector512<double>.Zero;
            var total = Vector512<double>.Zero;
            for (var p = 0; p < n; p++)
            {
                var at = p * Width;
                var weight = Load(_capability, at) * Load(_salience, at);
                weighted += weight * Load(_position, at);
                total += weight;
            }
            (weighted / total).CopyTo(forecasts);
            var weightless = ~Vector512.GreaterThan(total, Vector512<double>.Zero).ExtractMostSignificantBits() & 0xFFUL;
            while (weightless != 0)
            {
                var lane = BitOperations.TrailingZeroCount(weightless);
                weightless &= weightless - 1;
                var plain = _position[lane];
                for (var p = 1; p < n; p++)
                {
                    plain += _position[p * Width + lane];
                }
                forecasts[lane] = plain / n;
            }
        }
    }

    /// <summary>Lane <paramref name="lane"/>'s first <paramref name="n"/> participants into plain rows, for the models that run a trial at a time.</summary>
    public void Lane(int lane, int n, Span<double> positions, Span<double> saliences, Span<double> capabilities)
    {
        unchecked
        {
            for (var p = 0; p < n; p++)
            {
                positions[p] = _position[p * Width + lane];
                saliences[p] = _salience[p * Width + lane];
                capabilities[p] = _capability[p * Width + lane];
            }
        }
    }

    /// <summary>
    /// Draw 0 of each of the issue's 3n streams in the eight trials, stream s's in [s·Width, s·Width + 8): the open
    /// uniform and the quantile's central formula for every draw; the draws beyond the centre listed as found (a mask
    /// a vector, by the scalar's own test) and their tail formula computed eight at a time.
    /// </summary>
    private void Gaussians(ReadOnlySpan<ulong> streams, Vector512<ulong> keys)
    {
        unchecked
        {
            var half = Vector512.Create(0.5);
            var split = Vector512.Create(0.425);
            var found = 0;
            for (var i = 0; i < streams.Length; i++)
            {
                var at = i * Width;
                var p = DrawLanes.Uniform(Vector512.Create(streams[i]), keys);
                p.CopyTo(_uniforms.AsSpan(at, Width));
                var q = p - half;
                DrawLanes.Central(q).CopyTo(_gaussians.AsSpan(at, Width));
                // Listed by writing every lane's index and keeping those beyond: no branch on the data, so the processor
                // keeps overlapping the vectors' long chains instead of flushing them at each mispredicted lane.
                var beyond = Vector512.GreaterThan(Vector512.Abs(q), split).ExtractMostSignificantBits();
                for (var lane = 0; lane < Width; lane++)
                {
                    _tailAt[found] = at + lane;
                    found += (int)((beyond >> lane) & 1);
                }
            }
            DrawLanes.Tails(_uniforms, _gaussians, _tailAt.AsSpan(0, found));
        }
    }

    private static Vector512<double> Load(double[] values, int at) => Vector512.Create(values.AsSpan(at, Width));

    /// <summary>The draw where σ &gt; 0, else +0 (<see cref="StanceDraws"/>' literal 0).</summary>
    private static Vector512<double> Noise(Vector512<double> sigma, Vector512<double> gaussian) =>
        Vector512.ConditionalSelect(Vector512.GreaterThan(sigma, Vector512<double>.Zero), gaussian, Vector512<double>.Zero);

    /// <summary>value &lt; min ? min : value &gt; max ? max : value, lane by lane (NaN passes through, as in the scalar).</summary>
    private static Vector512<double> Clamp(Vector512<double> value, Vector512<double> min, Vector512<double> max) =>
        Vector512.ConditionalSelect(Vector512.LessThan(value, min), min, Vector512.ConditionalSelect(Vector512.GreaterThan(value, max), max, value));
}

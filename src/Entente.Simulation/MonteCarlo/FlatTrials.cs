using Entente.Models.Common;
using Entente.Models.ExpectedUtility;
using Entente.Simulation.Execution;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// One thread's trials of a <see cref="FlatSweep"/>: each issue's participants drawn into reused buffers by the
/// perturber's own functions (<see cref="StanceDraws"/>), then the model's arithmetic on them (the compromise's
/// weighted mean, the median's, the expected utility model's rounds on a reused engine). No scenario, no lookup by
/// name, no allocation a trial: the same forecasts as the general path, bit for bit. Not thread-safe: one per range.
/// </summary>
internal sealed class FlatTrials
{
    private readonly FlatSweep _sweep;
    private readonly ulong _seed;
    private readonly double _salienceCeiling;
    private readonly double[] _position, _salience, _capability, _gaussians, _uniforms, _exponents, _factors;
    private readonly int[] _tailAt;
    private readonly int[] _order;
    private readonly EumTrialRun? _eum;
    private readonly FlatLanes? _lanes;
    private readonly Dictionary<int, EumTrialLanes> _eumLanes = [];
    private readonly double[] _chunkForecasts = new double[ChunkTrials];

    // Trials of one issue put through the expected utility lanes before the next issue's: the lanes drain at the end of a
    // chunk (a few trials' work), and each issue's forecasts reach its accumulator in trial order.
    private const int ChunkTrials = 1024;

    /// <summary>
    /// Buffers for trials of <paramref name="sweep"/>; ranges run eight trials at a time (<see cref="FlatLanes"/>)
    /// where the hardware has 512-bit vectors, or where <paramref name="lanes"/> asks for it (the same bits either way).
    /// </summary>
    public FlatTrials(FlatSweep sweep, bool? lanes = null)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        _sweep = sweep;
        _seed = sweep.Plan.Seed;
        _salienceCeiling = sweep.Plan.Scenario.SalienceCeiling;
        var n = Math.Max(1, sweep.MostParticipants);
        _position = new double[n];
        _salience = new double[n];
        _capability = new double[n];
        _order = new int[n];
        _gaussians = new double[3 * n];
        _uniforms = new double[3 * n];
        _tailAt = new int[3 * n];
        _exponents = new double[n];
        _factors = new double[n];
        _eum = sweep.Eum is { } options ? new EumTrialRun(options, sweep.Plan.Rounds) : null;
        _lanes = lanes ?? DrawLanes.Accelerated ? new FlatLanes(sweep) : null;
    }

    /// <summary>The accumulated forecasts of <paramref name="range"/>; checks <paramref name="cancellation"/> between trials.</summary>
    public TrialBlock Run(TrialJob job, TrialRange range, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        var block = job.EmptyBlock();
        if (_lanes is not null)
        {
            RunInLanes(_lanes, block, range, cancellation);
            return block;
        }
        var issues = _sweep.IssueCount;
        for (var trial = range.Start; trial < range.End; trial++)
        {
            cancellation.ThrowIfCancellationRequested();
            var key = RandomStream.TrialKey(_seed, (ulong)trial);
            for (var k = 0; k < issues; k++)
            {
                block.Issue(k).Add(trial, Forecast(k, key));
            }
        }
        return block;
    }

    /// <summary>
    /// The range eight trials at a time: the batch's draws in lanes, the compromise's mean in lanes too, the other
    /// models a lane at a time; each issue's accumulator gets the trials in order (the last batch computes lanes
    /// beyond the range and drops them).
    /// </summary>
    private void RunInLanes(FlatLanes lanes, TrialBlock block, TrialRange range, CancellationToken cancellation)
    {
        if (_sweep.Model == FlatModel.ExpectedUtility)
        {
            RunEumInLanes(lanes, block, range, cancellation);
            return;
        }
        var width = FlatLanes.Width;
        Span<double> forecasts = stackalloc double[FlatLanes.Width];
        for (var start = range.Start; start < range.End; start += width)
        {
            cancellation.ThrowIfCancellationRequested();
            var count = (int)Math.Min(width, range.End - start);
            var keys = lanes.TrialKeys((ulong)start);
            for (var k = 0; k < _sweep.IssueCount; k++)
            {
                var n = lanes.Draw(k, keys);
                if (_sweep.Model == FlatModel.Compromise)
                {
                    lanes.Means(n, forecasts);
                }
                else
                {
                    for (var lane = 0; lane < count; lane++)
                    {
                        lanes.Lane(lane, n, _position, _salience, _capability);
                        forecasts[lane] = Compute(n);
                    }
                }
                var accumulator = block.Issue(k);
                for (var lane = 0; lane < count; lane++)
                {
                    accumulator.Add(start + lane, forecasts[lane]);
                }
            }
        }
    }

    /// <summary>
    /// The range for the expected utility model, a chunk of trials at a time, issue by issue: where the issue's trials
    /// run in lanes (<see cref="EumTrialLanes"/>), each idle lane takes the next trial drawn while the others play on;
    /// otherwise a trial at a time. The same forecasts either way.
    /// </summary>
    private void RunEumInLanes(FlatLanes lanes, TrialBlock block, TrialRange range, CancellationToken cancellation)
    {
        for (var chunk = range.Start; chunk < range.End; chunk += ChunkTrials)
        {
            var end = Math.Min(range.End, chunk + ChunkTrials);
            for (var k = 0; k < _sweep.IssueCount; k++)
            {
                var n = _sweep.IssueStart[k + 1] - _sweep.IssueStart[k];
                if (EumTrialLanes.Applies(_sweep.Eum!, n))
                {
                    PlayInLanes(lanes, EumLanesFor(n), k, chunk, end, cancellation);
                }
                else
                {
                    for (var start = chunk; start < end; start += FlatLanes.Width)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        lanes.Draw(k, lanes.TrialKeys((ulong)start));
                        var count = (int)Math.Min(FlatLanes.Width, end - start);
                        for (var lane = 0; lane < count; lane++)
                        {
                            lanes.Lane(lane, n, _position, _salience, _capability);
                            _chunkForecasts[start - chunk + lane] = Compute(n);
                        }
                    }
                }
                var accumulator = block.Issue(k);
                for (var trial = chunk; trial < end; trial++)
                {
                    accumulator.Add(trial, _chunkForecasts[trial - chunk]);
                }
            }
        }
    }

    /// <summary>Issue <paramref name="issue"/>'s trials <paramref name="first"/> to <paramref name="end"/> through the lanes.</summary>
    private void PlayInLanes(FlatLanes lanes, EumTrialLanes eum, int issue, long first, long end, CancellationToken cancellation)
    {
        var n = eum.Count;
        var run = _eum!;
        Span<long> ended = stackalloc long[EumTrialLanes.Width];
        Span<double> endedForecasts = stackalloc double[EumTrialLanes.Width];
        var position = _position.AsSpan(0, n);
        var salience = _salience.AsSpan(0, n);
        var capability = _capability.AsSpan(0, n);
        long drawn = first, next = first;
        eum.Clear();
        while (true)
        {
            for (var lane = eum.IdleLane(); lane >= 0 && next < end; lane = eum.IdleLane())
            {
                if (next == drawn)
                {
                    cancellation.ThrowIfCancellationRequested();
                    lanes.Draw(issue, lanes.TrialKeys((ulong)next));
                    drawn = next + FlatLanes.Width;
                }
                lanes.Lane((int)(next - (drawn - FlatLanes.Width)), n, position, salience, capability);
                if (run.Plays(position))
                {
                    eum.Start(lane, next, position, salience, capability);
                }
                else
                {
                    _chunkForecasts[next - first] = run.Forecast(position, salience, capability);
                }
                next++;
            }
            if (eum.Active == 0)
            {
                return;
            }
            var count = eum.Play(ended, endedForecasts);
            for (var k = 0; k < count; k++)
            {
                _chunkForecasts[ended[k] - first] = endedForecasts[k];
            }
        }
    }

    private EumTrialLanes EumLanesFor(int n)
    {
        if (!_eumLanes.TryGetValue(n, out var eum))
        {
            eum = new EumTrialLanes(n, _sweep.Eum!, _eum!);
            _eumLanes.Add(n, eum);
        }
        return eum;
    }

    /// <summary>Trial <paramref name="trial"/>'s forecast of each issue into <paramref name="forecasts"/> (issues in scenario order).</summary>
    public void Forecasts(ulong trial, Span<double> forecasts)
    {
        var key = RandomStream.TrialKey(_seed, trial);
        for (var k = 0; k < _sweep.IssueCount; k++)
        {
            forecasts[k] = Forecast(k, key);
        }
    }

    /// <summary>Issue <paramref name="issue"/>'s forecast in the trial keyed <paramref name="trialKey"/>.</summary>
    private double Forecast(int issue, ulong trialKey)
    {
        return Compute(Draw(issue, trialKey));
    }

    /// <summary>The model's forecast of the <paramref name="n"/> participants in the buffers.</summary>
    private double Compute(int n)
    {
        var position = _position.AsSpan(0, n);
        var salience = _salience.AsSpan(0, n);
        var capability = _capability.AsSpan(0, n);
        return _sweep.Model switch
        {
            FlatModel.Compromise => WeightedArrays.Mean(position, salience, capability),
            FlatModel.Median => WeightedArrays.Median(position, salience, capability, _order.AsSpan(0, n)),
            _ => _eum!.Forecast(position, salience, capability),
        };
    }

    /// <summary>
    /// Draws the trial's participants of <paramref name="issue"/> into the buffers, saliences on 0-1 as models see them
    /// (the perturbed salience over the scale's ceiling, as <see cref="Domain.Scenario.ParticipantsIn(string)"/> divides it);
    /// returns how many. The 3n normal draws and the n capability factors are taken in lanes (<see cref="DrawLanes"/>),
    /// then finished by the perturber's own formulas, in lanes too (<see cref="StanceDrawLanes"/>).
    /// </summary>
    private int Draw(int issue, ulong trialKey)
    {
        var s = _sweep;
        var first = s.IssueStart[issue];
        var n = s.IssueStart[issue + 1] - first;
        var ceiling = _salienceCeiling;
        var gaussians = _gaussians.AsSpan(0, 3 * n);
        DrawLanes.Gaussians(s.Streams.AsSpan(3 * first, 3 * n), trialKey, gaussians, _uniforms, _tailAt);
        var exponents = _exponents.AsSpan(0, n);
        StanceDrawLanes.CapabilityExponents(s.CapabilitySigma.AsSpan(first, n), gaussians.Slice(2 * n, n), exponents);
        var factors = _factors.AsSpan(0, n);
        DrawLanes.Exp(exponents, factors);
        StanceDrawLanes.Positions(s.Position.AsSpan(first, n), s.PositionSigma.AsSpan(first, n), s.ScaleWidth.AsSpan(first, n),
            s.ScaleMin.AsSpan(first, n), s.ScaleMax.AsSpan(first, n), gaussians[..n], _position.AsSpan(0, n));
        StanceDrawLanes.Saliences(s.Salience.AsSpan(first, n), s.SalienceSigma.AsSpan(first, n), ceiling, gaussians.Slice(n, n), _salience.AsSpan(0, n));
        var capability = s.Capability.AsSpan(first, n);
        for (var p = 0; p < n; p++)
        {
            _capability[p] = capability[p] * factors[p];
        }
        return n;
    }
}

using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The expected utility model's forecast of one issue in a sweep's trial, from plain arrays: what
/// <see cref="ExpectedUtilityModel"/> computes for a trial (the same engine, rounds, stopping rule and end median),
/// without the result it would build around it (a round record a round, with its dictionary and sorts). One engine
/// is kept for each number of participants and reset each trial, so a trial allocates nothing. Not thread-safe:
/// one per thread.
/// </summary>
internal sealed class EumTrialRun
{
    private readonly ExpectedUtilityOptions _options;
    private readonly int _limit;
    private readonly Dictionary<int, EumEngine> _engines = [];
    private int[] _order = [];
    private double[] _sortedPositions = [], _sortedWeights = [], _weights = [];

    /// <summary>A run of <paramref name="options"/> with <paramref name="rounds"/> (a sweep's override) or the options' own limit.</summary>
    public EumTrialRun(ExpectedUtilityOptions options, int? rounds)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _limit = rounds ?? (options.Variant == EumVariant.Scholz ? options.Rounds : options.MaxRounds);
    }

    /// <summary>
    /// The forecast of an issue whose participants (in actor order) have these positions, saliences (0-1) and
    /// capabilities: the weighted median of the final positions, or of the inputs when there is nothing to bargain.
    /// </summary>
    public double Forecast(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        var n = positions.Length;
        Reserve(n);
        if (!Plays(positions))
        {
            return WeightedArrays.Median(positions, saliences, capabilities, _order.AsSpan(0, n));
        }
        var engine = EngineFor(n, positions, saliences, capabilities);
        for (var round = 1; round <= _limit; round++)
        {
            var largestMove = engine.Step();
            if (_options.Variant == EumVariant.Bdm && largestMove < _options.Tolerance * engine.Delta)
            {
                break;
            }
        }
        return EndMedian(engine);
    }

    /// <summary>
    /// Whether a trial of these positions plays rounds: two participants or more, not all at one position, and a limit of
    /// at least one round; otherwise its forecast is the weighted median of the inputs.
    /// </summary>
    public bool Plays(ReadOnlySpan<double> positions) => positions.Length >= 2 && !AllEqual(positions) && _limit >= 1;

    /// <summary>The most rounds a trial plays.</summary>
    public int Limit => _limit;

    private static bool AllEqual(ReadOnlySpan<double> positions)
    {
        foreach (var x in positions)
        {
            if (x != positions[0])
            {
                return false;
            }
        }
        return true;
    }

    private EumEngine EngineFor(int n, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        if (_engines.TryGetValue(n, out var engine))
        {
            engine.Reset(positions, saliences, capabilities);
            return engine;
        }
        engine = new EumEngine(positions, saliences, capabilities, _options,
            _options.Variant == EumVariant.Scholz ? new ScholzProbability() : new SortedBdmProbability());
        _engines.Add(n, engine);
        return engine;
    }

    /// <summary>
    /// The last round's weighted median as <see cref="ExpectedUtilityModel.Record"/> takes it: the final positions in a
    /// stable sort, the run's c·s weights, summed in actor order.
    /// </summary>
    private double EndMedian(EumEngine engine)
    {
        var n = engine.Count;
        var start = engine.StartOfRound;
        var weights = _weights.AsSpan(0, n);
        for (var t = 0; t < n; t++)
        {
            weights[t] = start.Weight[start.SlotOf[t]];
        }
        return EndMedian(weights, engine.Positions);
    }

    /// <summary>
    /// The weighted median of <paramref name="positions"/> (the final positions, by input index) with the run's c·s
    /// <paramref name="weights"/> (by input index): what <see cref="Forecast"/> returns after its rounds.
    /// </summary>
    public double EndMedian(ReadOnlySpan<double> weights, ReadOnlySpan<double> positions)
    {
        var n = positions.Length;
        Reserve(n);
        var order = _order.AsSpan(0, n);
        var sortedPositions = _sortedPositions.AsSpan(0, n);
        var sortedWeights = _sortedWeights.AsSpan(0, n);
        WeightedArrays.SortByPosition(positions, order);
        for (var t = 0; t < n; t++)
        {
            sortedPositions[t] = positions[order[t]];
            sortedWeights[t] = weights[order[t]];
        }
        return ForecastStatistics.MedianOfSorted(sortedPositions, sortedWeights, weights);
    }

    private void Reserve(int n)
    {
        if (_order.Length < n)
        {
            _order = new int[n];
            _sortedPositions = new double[n];
            _sortedWeights = new double[n];
            _weights = new double[n];
        }
    }
}

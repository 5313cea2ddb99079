namespace Entente.Simulation.Backtest;

/// <summary>
/// A backtest as pieces: one per forecaster that runs a model (see <see cref="BacktestRunner.Pieces"/>), its numbers
/// the forecast of every case as two numbers each (1 and the forecast, or 0 and 0 where the model abstains).
/// </summary>
public sealed class BacktestWork : Execution.IPieceWork
{
    private readonly IReadOnlyList<BacktestCase> _cases;
    private readonly IReadOnlyList<BacktestCase> _baselineCases;
    private readonly BacktestOptions _options;
    private readonly IReadOnlyList<BacktestRunner.Forecaster> _forecasters;

    internal BacktestWork(IReadOnlyList<BacktestCase> cases, BacktestOptions options, IReadOnlyList<BacktestCase> baselineCases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        _cases = cases;
        _baselineCases = baselineCases;
        _options = options;
        _forecasters = BacktestRunner.Forecasters(options);
    }

    /// <inheritdoc />
    public int Count => _forecasters.Count;

    /// <inheritdoc />
    public double[] Run(int piece, CancellationToken cancellation)
    {
        var forecasts = _forecasters[piece].Forecasts(_cases, _baselineCases, _options.Seed);
        var numbers = new double[2 * forecasts.Length];
        for (var i = 0; i < forecasts.Length; i++)
        {
            if (forecasts[i] is { } f)
            {
                numbers[2 * i] = 1;
                numbers[2 * i + 1] = f;
            }
        }
        return numbers;
    }

    /// <summary>The backtest's rows from every piece's numbers, in index order: the scoring runs here.</summary>
    public IReadOnlyList<ErrorSummary> Assemble(IReadOnlyList<double[]> pieces, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count != _forecasters.Count)
        {
            throw new ArgumentException($"one piece per forecaster: {_forecasters.Count} forecasters, {pieces.Count} pieces", nameof(pieces));
        }
        var known = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        for (var k = 0; k < pieces.Count; k++)
        {
            var numbers = pieces[k];
            known[_forecasters[k].Key] = [.. Enumerable.Range(0, numbers.Length / 2).Select(i => numbers[2 * i] == 1 ? numbers[2 * i + 1] : (double?)null)];
        }
        return BacktestRunner.Run(_cases, _options, progress, _baselineCases, known);
    }
}

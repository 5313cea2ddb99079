using Entente.Domain;
using Entente.Domain.Strategic;
using Entente.Models;
using Entente.Simulation.Diplomacy;

namespace Entente.Simulation.Comparison;

/// <summary>
/// A comparison's attribution as pieces (see <see cref="VariantComparison.AttributionPieces(Forecasting.ForecastRequest, int)"/>): piece 0 is the base's
/// Monte Carlo over types, piece 1 + k the base without the k-th signal, then without each negotiation. A piece's
/// numbers are, per trial, whether a focal dyad escalated, each issue's forecast (scenario order) and, per negotiation
/// of the layer (its order), where it stands in the trial's record (−1: not there) and whether it closed with a deal:
/// all that the paired comparison reads, so <see cref="Assemble"/> gives what pairing the runs themselves gives.
/// </summary>
public sealed class AttributionWork : Execution.IPieceWork
{
    private readonly Scenario _scenario;
    private readonly StrategicLayer? _layer;
    private readonly string _model;
    private readonly IReadOnlyList<ModelOption> _options;
    private readonly ulong _seed;
    private readonly int _trials;
    private readonly int? _rounds;

    internal AttributionWork(Scenario scenario, StrategicLayer? layer, string model, IReadOnlyList<ModelOption> options, ulong seed, int trials, int? rounds)
    {
        _scenario = layer is null ? scenario : scenario with { Strategic = layer };
        _layer = layer;
        _model = model;
        _options = options;
        _seed = seed;
        _trials = trials;
        _rounds = rounds;
    }

    /// <inheritdoc />
    public int Count => _layer is null || _trials <= 0 ? 0 : 1 + _layer.Signals.Count + _layer.Negotiations.Count;

    private int Width => 1 + _scenario.Issues.Count + 2 * _layer!.Negotiations.Count;

    /// <inheritdoc />
    public double[] Run(int piece, CancellationToken cancellation)
    {
        var layer = _layer!;
        var scenario = piece switch
        {
            0 => _scenario,
            _ when piece <= layer.Signals.Count => Without(layer.Signals[piece - 1]),
            _ => Without(layer.Negotiations[piece - 1 - layer.Signals.Count]),
        };
        var runs = TypeMonteCarlo.Results(scenario, _model, _options, _seed, _trials, _rounds, null, cancellation);
        var numbers = new double[runs.Length * Width];
        for (var t = 0; t < runs.Length; t++)
        {
            var at = t * Width;
            var run = runs[t];
            numbers[at++] = PairedRuns.Escalated(run) ? 1 : 0;
            foreach (var issue in _scenario.Issues)
            {
                numbers[at++] = PairedRuns.Forecast(issue.Id)(run);
            }
            foreach (var negotiation in layer.Negotiations)
            {
                var recorded = run.Strategic?.Negotiations.ToList() ?? [];
                numbers[at++] = recorded.FindIndex(n => n.Id == negotiation.Id);
                numbers[at++] = PairedRuns.Deal(negotiation.Id)(run) ? 1 : 0;
            }
        }
        return numbers;
    }

    /// <summary>The attributions from every piece's numbers, in index order: each element's runs paired with the base's.</summary>
    public IReadOnlyList<Attribution> Assemble(IReadOnlyList<double[]> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count != Count)
        {
            throw new ArgumentException($"one piece per run: {Count} runs, {pieces.Count} pieces", nameof(pieces));
        }
        if (Count == 0)
        {
            return [];
        }
        var layer = _layer!;
        var baseline = pieces[0];
        var result = new List<Attribution>(Count - 1);
        foreach (var (claim, k) in layer.Signals.Select((c, k) => (c, k)))
        {
            result.Add(new Attribution(claim.Id, Mechanisms.Of(claim), Paired(pieces[1 + k], baseline)));
        }
        foreach (var (negotiation, k) in layer.Negotiations.Select((n, k) => (n, k)))
        {
            result.Add(new Attribution(negotiation.Id, Mechanisms.Of(negotiation), Paired(pieces[1 + layer.Signals.Count + k], baseline)));
        }
        return result;
    }

    // PairedComparison.Of(without, base), read from the numbers.
    private PairedComparison Paired(double[] without, double[] baseline)
    {
        var negotiations = _layer!.Negotiations;
        double Value(double[] numbers, int trial, int column) => numbers[trial * Width + column];
        double[] Column(double[] numbers, int column) => [.. Enumerable.Range(0, _trials).Select(t => Value(numbers, t, column))];
        bool[] Flags(double[] numbers, int column) => [.. Column(numbers, column).Select(v => v == 1)];
        var dealColumn = 1 + _scenario.Issues.Count;
        // The negotiations of the first trial without the element, in its record's order, that the base's first trial has too.
        var kept = Enumerable.Range(0, negotiations.Count)
            .Where(n => Value(without, 0, dealColumn + 2 * n) >= 0 && Value(baseline, 0, dealColumn + 2 * n) >= 0)
            .OrderBy(n => Value(without, 0, dealColumn + 2 * n)).ToArray();
        return new PairedComparison(
            _trials,
            PairedEvent.Of(Flags(without, 0), Flags(baseline, 0)),
            [.. _scenario.Issues.Select((issue, i) => (issue.Id, PairedDifference.Of(Column(without, 1 + i), Column(baseline, 1 + i))))],
            [.. kept.Select(n => (negotiations[n].Id, PairedEvent.Of(Flags(without, dealColumn + 2 * n + 1), Flags(baseline, dealColumn + 2 * n + 1))))]);
    }

    private Scenario Without(Claim claim) => _scenario with
    {
        Strategic = _layer! with { Signals = new(_layer.Signals.Where(c => c.Id != claim.Id)), Events = new(_layer.Events.Where(e => e.Disown != claim.Id)) },
    };

    private Scenario Without(Negotiation negotiation) => _scenario with
    {
        Strategic = _layer! with { Negotiations = new(_layer.Negotiations.Where(n => n.Id != negotiation.Id)) },
    };
}

using Entente.Domain;
using Entente.Models;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Comparison;

/// <summary>
/// A comparison as pieces (see <see cref="VariantComparison.Pieces(ForecastRequest, IReadOnlyList{string}, int)"/>): piece k &lt; 1 + variants is the Monte Carlo
/// over types of the base (k = 0) or of variant k − 1, each trial written as a <see cref="TrialDigest"/>; the
/// attribution's pieces (<see cref="AttributionWork"/>) follow. <see cref="Assemble"/> runs each scenario once without
/// trials, here, and joins the trials to it, so the comparison is the one <see cref="VariantComparison.Run"/> gives.
/// </summary>
public sealed class ComparisonWork : Execution.IPieceWork
{
    private readonly Scenario _scenario;
    private readonly (string Name, Scenario Scenario)[] _variants;
    private readonly string _model;
    private readonly IReadOnlyList<ModelOption> _options;
    private readonly ulong _seed;
    private readonly int _trials;
    private readonly int? _rounds;

    internal ComparisonWork(Scenario scenario, (string Name, Scenario Scenario)[] variants, string model, IReadOnlyList<ModelOption> options,
        ulong seed, int trials, int? rounds, int attributionTrials)
    {
        _scenario = scenario;
        _variants = variants;
        _model = model;
        _options = options;
        _seed = seed;
        _trials = trials;
        _rounds = rounds;
        AttributionTrials = attributionTrials;
        Attribution = VariantComparison.AttributionPieces(scenario, model, options, seed, attributionTrials, rounds);
    }

    /// <summary>Trials of each run's Monte Carlo over types; 0 when the model does not run the diplomacy layer.</summary>
    public int Trials => _trials;

    /// <summary>Trials of each of the attribution's runs; 0 for no attribution.</summary>
    public int AttributionTrials { get; }

    // The base's run without trials, made where the work was (to see whether the model runs the diplomacy layer), kept
    // for Assemble on the same machine and request rather than run twice.
    internal (ForecastRequest Request, ForecastRun Run)? NominalBase { get; init; }

    /// <summary>The attribution's part of the work.</summary>
    public AttributionWork Attribution { get; }

    private int Runs => _trials > 0 ? 1 + _variants.Length : 0;

    /// <inheritdoc />
    public int Count => Runs + Attribution.Count;

    /// <inheritdoc />
    public double[] Run(int piece, CancellationToken cancellation)
    {
        if (piece >= Runs)
        {
            return Attribution.Run(piece - Runs, cancellation);
        }
        var scenario = ScenarioOf(piece);
        var digest = new TrialDigest(scenario);
        var numbers = new List<double>();
        foreach (var trial in TypeMonteCarlo.Results(scenario, _model, _options, _seed, _trials, _rounds, null, cancellation))
        {
            digest.Write(trial, numbers);
        }
        return [.. numbers];
    }

    /// <summary>
    /// The base run, each variant's difference and the attributions, from every piece's numbers in index order and the
    /// request the work was made from (its runs without trials are made here).
    /// </summary>
    public (ForecastRun Base, IReadOnlyList<VariantDifference> Variants, IReadOnlyList<Attribution> Attributions) Assemble(
        ForecastRequest request, IReadOnlyList<double[]> pieces, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count != Count)
        {
            throw new ArgumentException($"one piece per run: {Count} runs, {pieces.Count} pieces", nameof(pieces));
        }
        var runs = new ForecastRun[1 + _variants.Length];
        for (var k = 0; k < runs.Length; k++)
        {
            cancellation.ThrowIfCancellationRequested();
            var single = k == 0 ? request : VariantComparison.VariantRequest(request, _variants[k - 1].Scenario);
            var run = k == 0 && NominalBase is { } known && ReferenceEquals(known.Request, request)
                ? known.Run
                : ForecastRunner.Run(single with { Trials = 0 }, cancellation: cancellation);
            runs[k] = Runs == 0 ? run : WithTrials(run, ScenarioOf(k), pieces[k]);
        }
        var attributions = Attribution.Count > 0 ? Attribution.Assemble([.. pieces.Skip(Runs)]) : [];
        return (runs[0], VariantComparison.Differences(_scenario, runs[0], _variants, runs[1..]), attributions);
    }

    private Scenario ScenarioOf(int run) => run == 0 ? _scenario : _variants[run - 1].Scenario;

    // The run's trials read back, and the summary over types made from them as the run itself makes it.
    private ForecastRun WithTrials(ForecastRun run, Scenario scenario, double[] numbers)
    {
        var digest = new TrialDigest(scenario);
        var trials = new ForecastResult[_trials];
        var at = 0;
        for (var t = 0; t < trials.Length; t++)
        {
            trials[t] = digest.Read(numbers, ref at, run.Model);
        }
        return run with { MonteCarlo = TypeMonteCarlo.Summary(scenario, run.Result, trials, _seed), Trials = trials };
    }
}

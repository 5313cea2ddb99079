using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models;
using Entente.Models.Diplomacy.Engine;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Comparison;

/// <summary>One issue's forecast under the base scenario and under a variant.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Base">The base forecast.</param>
/// <param name="Variant">The variant's forecast.</param>
/// <param name="BaseMean">The base weighted mean.</param>
/// <param name="VariantMean">The variant's weighted mean.</param>
public sealed record IssueDifference(string Issue, double Base, double Variant, double BaseMean, double VariantMean)
{
    /// <summary>Variant minus base.</summary>
    public double Difference => Variant - Base;
}

/// <summary>A variant against the base: per-issue differences and what accounts for them.</summary>
public sealed record VariantDifference
{
    /// <summary>The variant's name.</summary>
    public required string Name { get; init; }

    /// <summary>What the variant asks.</summary>
    public string? Description { get; init; }

    /// <summary>The variant's patches in words.</summary>
    public required IReadOnlyList<string> Patches { get; init; }

    /// <summary>Per issue, in scenario order.</summary>
    public required IReadOnlyList<IssueDifference> Issues { get; init; }

    /// <summary>
    /// What the diplomacy layer did differently: signals read with other credibilities or by other observers
    /// (largest change first), then decisions taken in one run only.
    /// </summary>
    public required IReadOnlyList<string> AccountedFor { get; init; }

    /// <summary>The variant against the base trial by trial (diplomacy runs with Monte Carlo trials); null otherwise.</summary>
    public PairedComparison? Paired { get; init; }

    /// <summary>The variant run itself.</summary>
    public required ForecastRun Run { get; init; }
}

/// <summary>Runs a scenario and its variants with the same model, options and seed, and lines up the results.</summary>
public static class VariantComparison
{
    /// <summary>
    /// The base run and one difference per variant named (all the scenario's variants when none is named).
    /// Throws <see cref="ArgumentException"/> for an unknown variant and <see cref="ModelOptionsException"/> for bad options.
    /// </summary>
    public static (ForecastRun Base, IReadOnlyList<VariantDifference> Variants) Run(ForecastRequest request, IReadOnlyList<string> names)
    {
        var patched = Patched(request.Scenario, names);
        var baseRun = ForecastRunner.Run(request);
        var runs = patched.Select(p => ForecastRunner.Run(VariantRequest(request, p.Scenario))).ToArray();
        return (baseRun, Differences(request.Scenario, baseRun, patched, runs));
    }

    /// <summary>
    /// The comparison of <see cref="Run"/> and, when the base is a diplomacy run and <paramref name="attributionTrials"/> is above 0, the
    /// attribution of <see cref="Attribute"/>, as pieces for an executor to run anywhere: each run's Monte Carlo over
    /// types, then the attribution's runs. The runs without trials stay with <see cref="ComparisonWork.Assemble"/>.
    /// Throws <see cref="ArgumentException"/> for an unknown variant and <see cref="ModelOptionsException"/> for bad options.
    /// </summary>
    public static ComparisonWork Pieces(ForecastRequest request, IReadOnlyList<string> names, int attributionTrials)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = ForecastRunner.ResolveModel(request);
        var options = ForecastRunner.ResolveOptions(request, model);
        var patched = Patched(request.Scenario, names);
        // Whether the model runs the diplomacy layer at all: the base's run without trials says, as it does locally.
        var nominal = ForecastRunner.Run(request with { Trials = 0 });
        var diplomacy = nominal.Result.Strategic is not null;
        return new ComparisonWork(request.Scenario, patched, model, options, ForecastRunner.SeedFor(request),
            diplomacy ? ForecastRunner.TrialsFor(request) : 0, request.Rounds, diplomacy ? attributionTrials : 0) { NominalBase = (request, nominal) };
    }

    /// <summary>
    /// The work of <see cref="Pieces(ForecastRequest, IReadOnlyList{string}, int)"/> from its resolved parts, as another
    /// machine rebuilds it: <paramref name="trials"/> and <paramref name="attributionTrials"/> are the work's own
    /// (<see cref="ComparisonWork.Trials"/>, <see cref="ComparisonWork.AttributionTrials"/>).
    /// </summary>
    public static ComparisonWork Pieces(Scenario scenario, IReadOnlyList<string> names, string model, IReadOnlyList<ModelOption> options, ulong seed,
        int trials, int? rounds, int attributionTrials)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ComparisonWork(scenario, Patched(scenario, names), model, options, seed, trials, rounds, attributionTrials);
    }

    /// <summary>The variants named (all the scenario's when none is), each applied to <paramref name="scenario"/>.</summary>
    internal static (string Name, Scenario Scenario)[] Patched(Scenario scenario, IReadOnlyList<string> names)
    {
        var chosen = names.Count > 0 ? names : scenario.Variants.Select(v => v.Name).ToArray();
        return [.. chosen.Select(name => (name, VariantPatcher.Apply(scenario, name)))];
    }

    // The same seed and trial count: each trial draws the same types in both (streams are keyed by names).
    internal static ForecastRequest VariantRequest(ForecastRequest request, Scenario variant) =>
        request with { Scenario = variant, Model = ForecastRunner.ResolveModel(request), Seed = ForecastRunner.SeedFor(request) };

    /// <summary>Each variant's run against the base's, in the order of <paramref name="patched"/>.</summary>
    internal static VariantDifference[] Differences(Scenario scenario, ForecastRun baseRun, IReadOnlyList<(string Name, Scenario Scenario)> patched,
        IReadOnlyList<ForecastRun> runs) =>
        [.. patched.Select((p, k) =>
        {
            var run = runs[k];
            var variant = scenario.Variants.First(v => v.Name == p.Name);
            return new VariantDifference
            {
                Paired = baseRun.Trials is { Count: > 0 } b && run.Trials is { Count: > 0 } v && b.Count == v.Count ? PairedComparison.Of(b, v) : null,
                Name = p.Name,
                Description = variant.Description,
                Patches = variant.Patches.Select(Describe).ToArray(),
                Issues = baseRun.Result.Issues.Zip(run.Result.Issues,
                    (b, v) => new IssueDifference(b.IssueId, b.Forecast, v.Forecast, b.WeightedMean, v.WeightedMean)).ToArray(),
                AccountedFor = VariantAccount.Of(baseRun.Result.Strategic, run.Result.Strategic),
                Run = run,
            };
        })];

    /// <summary>
    /// Attribution (specification §12): the base against the base with one signal or negotiation removed at a time,
    /// paired over <paramref name="trials"/> trials, so each element's contribution is measured.
    /// </summary>
    public static IReadOnlyList<Attribution> Attribute(ForecastRequest request, int trials, CancellationToken cancellation = default)
    {
        var work = AttributionPieces(request, trials);
        var pieces = new double[work.Count][];
        for (var k = 0; k < pieces.Length; k++)
        {
            // Each run's trials are spread over the cores by the engine's scheduler.
            pieces[k] = work.Run(k, cancellation);
        }
        return work.Assemble(pieces);
    }

    /// <summary>
    /// The attribution of <see cref="Attribute"/> as pieces, one per Monte Carlo run (the base, then the base without
    /// each signal and each negotiation), for an executor to run anywhere.
    /// </summary>
    public static AttributionWork AttributionPieces(ForecastRequest request, int trials)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = ForecastRunner.ResolveModel(request);
        return AttributionPieces(request.Scenario, model, ForecastRunner.ResolveOptions(request, model), ForecastRunner.SeedFor(request), trials, request.Rounds);
    }

    /// <summary>The attribution of <paramref name="scenario"/> under a resolved model, options and seed, as pieces.</summary>
    public static AttributionWork AttributionPieces(Scenario scenario, string model, IReadOnlyList<ModelOption> options, ulong seed, int trials, int? rounds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var layer = scenario.Strategic ?? (scenario.HasDiplomacy ? Version1Mapping.Map(scenario).Layer : null);
        return new AttributionWork(scenario, layer, model, options, seed, trials, rounds);
    }

    /// <summary>A patch in words.</summary>
    public static string Describe(VariantPatch patch) => patch.Kind switch
    {
        PatchKind.DropSignal => $"drop signal '{patch.Target}'",
        PatchKind.SetChannel => $"send signal '{patch.Target}' through channel '{(patch.Channel is { } c ? Channels.NameOf(c) : "?")}'"
            + (patch.Recipients.Count > 0 ? $" to {string.Join(", ", patch.Recipients)}" : ""),
        PatchKind.AddSignal => $"add signal '{patch.Signal?.Id}'",
        PatchKind.DropCommitment => $"drop commitment '{patch.Target}'",
        PatchKind.AddCommitment => $"add commitment '{patch.Commitment?.Id}'",
        PatchKind.DropEvent => $"drop event '{patch.Target}'",
        PatchKind.AddEvent => $"add event '{patch.Event?.Id}'",
        PatchKind.UnifyFactions => $"unify the factions of '{patch.Target}'",
        PatchKind.DropNegotiation => $"drop negotiation '{patch.Target}'",
        _ => $"drop the perceptions of '{patch.Target}'",
    };
}

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
        var scenario = request.Scenario;
        var chosen = names.Count > 0 ? names : scenario.Variants.Select(v => v.Name).ToArray();
        var patched = chosen.Select(name => (Name: name, Scenario: VariantPatcher.Apply(scenario, name))).ToArray();
        var baseRun = ForecastRunner.Run(request);
        var differences = new List<VariantDifference>();
        foreach (var (name, variantScenario) in patched)
        {
            // The same seed and trial count: each trial draws the same types in both (streams are keyed by names).
            var run = ForecastRunner.Run(request with { Scenario = variantScenario, Model = ForecastRunner.ResolveModel(request), Seed = ForecastRunner.SeedFor(request) });
            var variant = scenario.Variants.First(v => v.Name == name);
            differences.Add(new VariantDifference
            {
                Paired = baseRun.Trials is { Count: > 0 } b && run.Trials is { Count: > 0 } v && b.Count == v.Count ? PairedComparison.Of(b, v) : null,
                Name = name,
                Description = variant.Description,
                Patches = variant.Patches.Select(Describe).ToArray(),
                Issues = baseRun.Result.Issues.Zip(run.Result.Issues,
                    (b, v) => new IssueDifference(b.IssueId, b.Forecast, v.Forecast, b.WeightedMean, v.WeightedMean)).ToArray(),
                AccountedFor = VariantAccount.Of(baseRun.Result.Strategic, run.Result.Strategic),
                Run = run,
            });
        }
        return (baseRun, differences);
    }

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

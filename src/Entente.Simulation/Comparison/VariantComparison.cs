using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Models;
using Entente.Models.Diplomacy;
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

    /// <summary>Escalation index of the base and the variant, for diplomacy models.</summary>
    public (double Base, double Variant)? Escalation { get; init; }

    /// <summary>Agreement probability of the base and the variant, for diplomacy models.</summary>
    public (double Base, double Variant)? Agreement { get; init; }

    /// <summary>
    /// The elements that account for the differences: the drivers of either run that the other lacks or
    /// that weigh differently, largest first.
    /// </summary>
    public required IReadOnlyList<string> AccountedFor { get; init; }

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
            var run = ForecastRunner.Run(request with { Scenario = variantScenario, Model = ForecastRunner.ResolveModel(request) });
            var variant = scenario.Variants.First(v => v.Name == name);
            differences.Add(new VariantDifference
            {
                Name = name,
                Description = variant.Description,
                Patches = variant.Patches.Select(Describe).ToArray(),
                Issues = baseRun.Result.Issues.Zip(run.Result.Issues,
                    (b, v) => new IssueDifference(b.IssueId, b.Forecast, v.Forecast, b.WeightedMean, v.WeightedMean)).ToArray(),
                Escalation = baseRun.Result.Diplomacy is { } bd && run.Result.Diplomacy is { } vd ? (bd.EscalationIndex, vd.EscalationIndex) : null,
                Agreement = baseRun.Result.Diplomacy is { } ba && run.Result.Diplomacy is { } va ? (ba.AgreementProbability, va.AgreementProbability) : null,
                AccountedFor = Account(baseRun.Result.Diplomacy, run.Result.Diplomacy),
                Run = run,
            });
        }
        return (baseRun, differences);
    }

    private static IReadOnlyList<string> Account(DiplomacyOutcome? baseline, DiplomacyOutcome? variant)
    {
        if (baseline is null || variant is null)
        {
            return [];
        }
        var before = baseline.Explanation.ToDictionary(d => (d.Kind, d.Id), d => d);
        var after = variant.Explanation.ToDictionary(d => (d.Kind, d.Id), d => d);
        var lines = new List<(double Weight, string Text)>();
        foreach (var (key, d) in before.Where(p => !after.ContainsKey(p.Key)))
        {
            lines.Add((d.Impact, $"in the base only: {d.Text} (round {d.Round}, impact {d.Impact:0.###})"));
        }
        foreach (var (key, d) in after)
        {
            if (!before.TryGetValue(key, out var b))
            {
                lines.Add((d.Impact, $"in the variant only: {d.Text} (round {d.Round}, impact {d.Impact:0.###})"));
            }
            else if (Math.Abs(b.Impact - d.Impact) > 1e-6)
            {
                lines.Add((Math.Abs(b.Impact - d.Impact), $"weighs {(d.Impact > b.Impact ? "more" : "less")} in the variant: {d.Text} (impact {b.Impact:0.###} → {d.Impact:0.###})"));
            }
        }
        return lines.OrderByDescending(l => l.Weight).Select(l => FormattableString.Invariant($"{l.Text}")).ToArray();
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
        _ => $"drop the perceptions of '{patch.Target}'",
    };
}

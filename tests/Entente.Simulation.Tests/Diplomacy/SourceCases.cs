using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Formats;
using Entente.Models;
using Entente.Models.Diplomacy;
using Entente.Simulation.Diplomacy;

namespace Entente.Simulation.Tests.Diplomacy;

/// <summary>The shipped diplomacy case files, loaded from the repository, and paired runs over them.</summary>
internal static class SourceCases
{
    /// <summary>Trials per paired run: enough for the intervals below, few enough to keep the suite fast.</summary>
    public const int Trials = 400;

    /// <summary>The seed of every paired run.</summary>
    public const ulong Seed = 1;

    // The file's own model options (the horizon, maxRounds), without the explanation's re-runs.
    private static ModelOption[] Options(Scenario scenario) =>
        [.. (scenario.Model?.Options ?? []).Where(o => o.Name != "explain"), new("explain", "0")];

    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("repository root not found");
        }
    }

    public static ScenarioDocument Document(string file) => ScenarioFiles.Load(Path.Combine(Root, "examples", file));

    public static Scenario Load(string file) => Document(file).Scenario;

    public static Scenario Variant(Scenario scenario, string name) => VariantPatcher.Apply(scenario, name);

    /// <summary>The scenario with one signal changed (for counterfactuals a variant cannot express).</summary>
    public static Scenario WithSignal(Scenario scenario, string id, Func<Domain.Strategic.Claim, Domain.Strategic.Claim> change)
    {
        var layer = scenario.Strategic!;
        return scenario with { Strategic = layer with { Signals = new(layer.Signals.Select(s => s.Id == id ? change(s) : s)) } };
    }

    public static ForecastResult Nominal(Scenario scenario) =>
        ModelCatalog.Create(DiplomacyOptions.ModelName, Options(scenario)).Run(scenario, ModelRunContext.Default);

    public static PairedRuns Paired(Scenario baseline, Scenario variant) =>
        PairedRuns.Run(baseline, variant, DiplomacyOptions.ModelName, Options(baseline), Seed, Trials);

    public static Models.Diplomacy.Engine.ObserverReading Reading(ForecastResult run, string signal, string observer) =>
        run.Strategic!.Rounds.SelectMany(r => r.Signals).Single(s => s.Id == signal).Observers.Single(o => o.Observer == observer);

    /// <summary>An actor's position on an issue at the end of a round (the last recorded round at or before it).</summary>
    public static double Position(ForecastResult run, string issue, string actor, int round) =>
        run.Issues.Single(i => i.IssueId == issue).Rounds.Where(r => r.Round <= round).OrderBy(r => r.Round).Last().Positions[actor];

    /// <summary>The paired difference (variant − base) of the 90% interval's sign: it excludes zero and lies below it.</summary>
    public static void Lower(PairedDifference d)
    {
        Assert.True(d.ExcludesZero && d.Mean < 0, $"expected a drop: mean {d.Mean}, interval ({d.Low}, {d.High})");
    }

    public static void Higher(PairedDifference d)
    {
        Assert.True(d.ExcludesZero && d.Mean > 0, $"expected a rise: mean {d.Mean}, interval ({d.Low}, {d.High})");
    }
}

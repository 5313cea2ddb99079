using Entente.Domain;
using Entente.Formats;
using Entente.Models;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Tests.Diplomacy;

namespace Entente.Simulation.Tests.MonteCarlo;

/// <summary>
/// The sweeps the flat path is held to the general path on: the shipped examples under the models that have a flat
/// path, with the default noise, with wide noise (clamps at the scale's ends) and with none.
/// </summary>
internal static class FlatCases
{
    /// <summary>The models with a flat path, as a sweep names them.</summary>
    public static readonly string[] Models = ["compromise", "median", "eum", "eum-scholz"];

    /// <summary>The example files (the top-level scenarios of examples/).</summary>
    public static IEnumerable<string> Examples() =>
        Directory.GetFiles(Path.Combine(SourceCases.Root, "examples"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static Scenario Load(string file) => ScenarioFiles.Load(Path.Combine(SourceCases.Root, "examples", file)).Scenario;

    public static readonly NoiseSettings Wide = new() { Position = 0.3, Salience = 0.4, Capability = 0.5 };

    public static SweepPlan Plan(Scenario scenario, string model, long trials, ulong seed, NoiseSettings noise, int? rounds = null) => new()
    {
        Scenario = scenario,
        Model = model,
        Trials = trials,
        Seed = seed,
        Noise = noise,
        Rounds = rounds,
    };

    /// <summary>Trial <paramref name="trial"/>'s forecasts by the general path: the perturbed scenario, the model's own run.</summary>
    public static double[] GeneralForecasts(SweepPlan plan, ulong trial)
    {
        var model = ModelCatalog.Create(plan.Model, plan.Options);
        var scenario = new ScenarioPerturber(plan.Scenario, plan.Noise, plan.Seed).Trial(trial);
        var result = model.Run(scenario, new ModelRunContext { Seed = plan.Seed, Rounds = plan.Rounds, Trial = trial });
        return result.Issues.Select(i => i.Forecast).ToArray();
    }

    /// <summary>The merged block of <paramref name="plan"/> on <paramref name="executor"/>, in ranges of <paramref name="rangeSize"/>.</summary>
    public static byte[] MergedBytes(SweepPlan plan, ITrialRangeExecutor executor, long rangeSize)
    {
        var (job, _, _) = TrialRunner.Prepare(plan, null, CancellationToken.None);
        return new TrialRunner(executor, new ExecutionSettings { RangeSize = rangeSize }).RunRangesAsync(job).GetAwaiter().GetResult().ToBytes();
    }

    /// <summary>An executor that runs every range by the general path, <c>workers</c> at a time: the reference.</summary>
    public sealed class GeneralPathExecutor(int workers) : ITrialRangeExecutor
    {
        public int Concurrency => workers;

        public Task<TrialBlock> RunAsync(TrialJob job, TrialRange range, CancellationToken cancellation) =>
            Task.Run(() => TrialRangeWork.RunGeneral(job, range, cancellation), cancellation);
    }
}

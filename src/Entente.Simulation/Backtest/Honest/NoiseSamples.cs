using Entente.Domain;
using Entente.Models;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// A model's predictive distribution from input noise, as a sweep draws it: each case's scenario is perturbed
/// <c>trials</c> times by the sweep's <see cref="ScenarioPerturber"/> (trial t of an input draws from (seed, t, the
/// input's stream name) only, so an issue's draws are the same whether it runs alone or in its proposal's scenario)
/// and the model forecasts each version; the sorted forecasts are the case's sample. A model that links issues runs
/// once per trial on the proposal's scenario. Nothing is fitted to outcomes: the distribution says how far the
/// forecast moves when the coding moves, which is not how far the outcome falls from it.
/// </summary>
internal static class NoiseSamples
{
    /// <summary>Per case, the sorted forecasts of <paramref name="trials"/> noisy versions of its scenario.</summary>
    public static double[][] Of(string model, IReadOnlyList<ModelOption> options, bool linksIssues, IReadOnlyList<BacktestCase> cases,
        NoiseSettings noise, int trials, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var samples = new double[cases.Count][];
        if (!linksIssues)
        {
            WorkScheduler.ForEach(cases.Count, i =>
            {
                var run = ModelCatalog.Create(model, options);
                var perturber = new ScenarioPerturber(cases[i].Scenario, noise, seed);
                var sample = new double[trials];
                for (var t = 0; t < trials; t++)
                {
                    sample[t] = run.Run(perturber.Trial((ulong)t), new ModelRunContext { Seed = seed, Trial = (ulong)t }).Issues[0].Forecast;
                }
                Array.Sort(sample);
                samples[i] = sample;
            });
            return samples;
        }
        var proposals = cases.Select((c, i) => (Case: c, Index: i)).GroupBy(x => x.Case.Group + "\n" + (x.Case.Proposal ?? x.Case.Scenario).Name, StringComparer.Ordinal).ToArray();
        WorkScheduler.ForEach(proposals.Length, p =>
        {
            var members = proposals[p].ToArray();
            var scenario = members[0].Case.Proposal ?? members[0].Case.Scenario;
            var run = ModelCatalog.Create(model, options);
            var perturber = new ScenarioPerturber(scenario, noise, seed);
            var of = members.Select(_ => new double[trials]).ToArray();
            for (var t = 0; t < trials; t++)
            {
                var result = run.Run(perturber.Trial((ulong)t), new ModelRunContext { Seed = seed, Trial = (ulong)t });
                for (var k = 0; k < members.Length; k++)
                {
                    of[k][t] = result.Issues.Single(issue => issue.IssueId == members[k].Case.Id).Forecast;
                }
            }
            for (var k = 0; k < members.Length; k++)
            {
                Array.Sort(of[k]);
                samples[members[k].Index] = of[k];
            }
        });
        return samples;
    }
}

using System.Text.Json;
using Entente.Domain;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>
/// A sweep as JSON: <c>{ scenario, model, trials, seed, noise, elapsedSeconds, issues: [ { id, baseline, mean,
/// standardDeviation, min, p5, p25, median, p75, p95, max, quantiles, binWidth } ] }</c>; names never change.
/// </summary>
internal static class SweepDocument
{
    /// <summary>The document of <paramref name="sweep"/> over <paramref name="scenario"/>.</summary>
    public static string Json(Scenario scenario, SweepResult sweep) => JsonSerializer.Serialize(new
    {
        scenario = scenario.Name,
        model = sweep.Model,
        trials = sweep.Plan.Trials,
        seed = sweep.Plan.Seed,
        noise = sweep.Plan.Noise,
        elapsedSeconds = sweep.Elapsed.TotalSeconds,
        issues = sweep.Issues.Select(i => new
        {
            id = i.IssueId,
            baseline = i.Baseline,
            mean = i.Forecast.Mean,
            standardDeviation = i.Forecast.StandardDeviation,
            min = i.Forecast.Min,
            p5 = i.Forecast.P5,
            p25 = i.Forecast.P25,
            median = i.Forecast.Median,
            p75 = i.Forecast.P75,
            p95 = i.Forecast.P95,
            max = i.Forecast.Max,
            quantiles = i.Forecast.Method,
            binWidth = i.BinWidth,
        }),
    }, DocumentJson.Options);
}

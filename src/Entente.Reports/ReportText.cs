using System.Globalization;
using Entente.Simulation.Sensitivity;

namespace Entente.Reports;

/// <summary>The words and figures both report forms share: summary rows, pivotal actors, provenance lines.</summary>
internal static class ReportText
{
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : "n/a";

    public static IEnumerable<string> Header(ReportData data)
    {
        var run = data.Forecast;
        var options = run.Options.Count == 0 ? "defaults" : string.Join(", ", run.Options.Select(o => $"{o.Name}={o.Value}"));
        yield return $"Model: {run.Model} ({options}); seed {run.Seed}.";
        if (data.Sweep is { } sweep)
        {
            yield return $"Uncertainty: {sweep.Plan.Trials} Monte Carlo trials, noise on positions {Number(sweep.Plan.Noise.Position)} of the scale, saliences {Number(sweep.Plan.Noise.Salience)}, log capabilities {Number(sweep.Plan.Noise.Capability)}"
                + (sweep.Plan.Noise.Belief > 0 || sweep.Plan.Noise.Credibility > 0
                    ? $", declared beliefs {Number(sweep.Plan.Noise.Belief)}, channel credibilities {Number(sweep.Plan.Noise.Credibility)}."
                    : ".");
        }
        if (data.RunId is { } id)
        {
            yield return $"Stored run: {id}.";
        }
    }

    public static string Pivotal(IssueSensitivity sensitivity)
    {
        var pivotal = sensitivity.Influence.Where(x => x.Pivotal).ToList();
        return pivotal.Count == 0
            ? "No single actor is pivotal: leaving any one out moves the forecast by less than the threshold."
            : "Pivotal actors (forecast without them): " + string.Join(", ", pivotal.Select(x => $"{x.ActorId} ({Number(x.Without)})")) + ".";
    }

    public static string Band(ReportData data, string issueId) =>
        data.Sweep?.Issues.FirstOrDefault(d => d.IssueId == issueId) is { } d
            ? $"{Number(d.Forecast.P5)}–{Number(d.Forecast.P95)}"
            : "";
}

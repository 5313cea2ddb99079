using System.Text.Json;

// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Reading;

/// <summary>The sweep document, read back: per issue the distribution of the forecast over the noisy trials.</summary>
public sealed record SweepReading(string Scenario, string Model, long Trials, IReadOnlyList<SweepIssueReading> Issues)
{
    public static SweepReading Parse(string json) =>
        JsonSerializer.Deserialize<SweepReading>(json, ForecastReading.Json) ?? throw new JsonException("the sweep document is empty");
}

public sealed record SweepIssueReading(
    string Id, double Baseline, double Mean, double StandardDeviation,
    double Min, double P5, double P25, double Median, double P75, double P95, double Max);

using System.Text.Json;

// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Reading;

/// <summary>The sensitivity document, read back: per issue the tornado (each input moved down and up) and the pivotal actors.</summary>
public sealed record SensitivityReading(string Scenario, string Model, IReadOnlyList<SensitivityIssueReading> Issues)
{
    public static SensitivityReading Parse(string json) =>
        JsonSerializer.Deserialize<SensitivityReading>(json, ForecastReading.Json) ?? throw new JsonException("the sensitivity document is empty");
}

public sealed record SensitivityIssueReading(string Id, double Baseline, IReadOnlyList<TornadoBarReading> Tornado, IReadOnlyList<string> Pivotal);

public sealed record TornadoBarReading(string Actor, string Field, double Low, double High, double Swing);

using System.Text.Json;

// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Reading;

/// <summary>The comparison document, read back: each variant's forecasts beside the base's, and the paired differences over trials.</summary>
public sealed record ComparisonReading(string Scenario, string Model, IReadOnlyList<VariantReading> Variants)
{
    public static ComparisonReading Parse(string json) =>
        JsonSerializer.Deserialize<ComparisonReading>(json, ForecastReading.Json) ?? throw new JsonException("the comparison document is empty");
}

public sealed record VariantReading(string Name, string? Description, IReadOnlyList<string>? Patches, IReadOnlyList<VariantIssueReading> Issues, PairedReading? Paired);

public sealed record VariantIssueReading(string Id, double Base, double Variant, double Difference);

public sealed record PairedReading(int Trials, PairedEventReading Escalation, IReadOnlyList<PairedIssueReading> Issues, IReadOnlyList<PairedDealReading> Deals);

public sealed record PairedEventReading(DifferenceReading Difference);

public sealed record PairedIssueReading(string Id, DifferenceReading Forecast);

public sealed record PairedDealReading(string Id, PairedEventReading Deal);

/// <summary>A paired difference (variant − base) over the same trials: its mean and 90% interval.</summary>
public sealed record DifferenceReading(double Mean, double Low, double High);

using System.Text.Json;

namespace Entente.Storage;

/// <summary>
/// How many issues a run that keeps only a summary covered, read from that summary: a sweep's <c>issues</c>, a
/// comparison's first variant's <c>issues</c>, a backtest's scored <c>cases</c>.
/// </summary>
internal static class SummaryIssues
{
    public static int Count(string? summaryJson)
    {
        if (string.IsNullOrEmpty(summaryJson))
        {
            return 0;
        }
        try
        {
            using var document = JsonDocument.Parse(summaryJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return 0;
            }
            if (root.TryGetProperty("issues", out var issues) && issues.ValueKind == JsonValueKind.Array)
            {
                return issues.GetArrayLength();
            }
            if (root.TryGetProperty("variants", out var variants) && variants.ValueKind == JsonValueKind.Array && variants.GetArrayLength() > 0
                && variants[0].TryGetProperty("issues", out var compared) && compared.ValueKind == JsonValueKind.Array)
            {
                return compared.GetArrayLength();
            }
            if (root.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Number && cases.TryGetInt32(out var n))
            {
                return n;
            }
            return 0;
        }
        catch (JsonException)
        {
            // A summary no release wrote: count nothing rather than fail the whole list.
            return 0;
        }
    }
}

using System.Globalization;

namespace Entente.Models.PowerCompromise;

/// <summary>The <c>influence</c> option's text: actor multipliers as <c>id:factor</c> pairs separated by commas.</summary>
internal static class InfluenceText
{
    /// <summary>The multipliers in <paramref name="text"/>; a malformed pair or a factor that is not a positive number is a problem for <paramref name="reader"/>.</summary>
    public static IReadOnlyDictionary<string, double> Parse(string text, ModelOptionReader reader)
    {
        var influence = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                reader.Problem($"option 'influence' takes id:factor pairs separated by commas (got '{pair}')");
                continue;
            }
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || !double.IsFinite(factor) || factor <= 0)
            {
                reader.Problem($"option 'influence': the factor of '{parts[0]}' must be a positive number (got '{parts[1]}')");
                continue;
            }
            influence[parts[0]] = factor;
        }
        return influence;
    }

    /// <summary>The text <see cref="Parse"/> reads back as <paramref name="influence"/>, in actor order (how a backtest reports a fit).</summary>
    public static string Format(IReadOnlyDictionary<string, double> influence) =>
        string.Join(",", influence.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}:{p.Value:R}")));
}

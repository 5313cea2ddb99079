using System.Globalization;

namespace Entente.Formats.Text;

/// <summary>Reads numbers the same way on every machine: invariant culture, finite values only.</summary>
internal static class Numbers
{
    public static bool TryParse(string text, out double value)
    {
        // "NaN" and "Infinity" parse as doubles but are never meaningful data; refuse them here so the
        // user hears about the cell, not about a model failing later.
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

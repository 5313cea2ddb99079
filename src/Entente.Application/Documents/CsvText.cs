using System.Globalization;

namespace Entente.Application;

/// <summary>The CSV documents' cells: numbers exact and invariant, text quoted per RFC 4180.</summary>
internal static class CsvText
{
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting: ids may hold commas and quotes.</summary>
    public static string Cell(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

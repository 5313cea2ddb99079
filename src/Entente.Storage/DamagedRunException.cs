using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Entente.Storage;

/// <summary>A stored run's row or document cannot be read as what the schema says it is; the message names the column.</summary>
internal sealed class DamagedRunException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// Reads column <paramref name="column"/> with <paramref name="read"/>, turning a value of the wrong type, a NULL
    /// where one is not allowed or text that does not parse into a <see cref="DamagedRunException"/> naming the column.
    /// </summary>
    public static T Column<T>(string column, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or JsonException
                                      or IndexOutOfRangeException or NullReferenceException)
        {
            throw new DamagedRunException($"column {column}: {OneLine(e.Message)}", e);
        }
    }

    /// <summary>
    /// Refuses a stored document (<paramref name="column"/>) that is not one JSON object, naming where it breaks: an
    /// invalid document is an error, never exported as if it were one.
    /// </summary>
    public static void CheckDocument(string column, string? json)
    {
        if (json is null)
        {
            return;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DamagedRunException($"column {column}: the document is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            throw new DamagedRunException($"column {column}: the document is not valid JSON{at}", e);
        }
    }

    /// <summary>The value of column <paramref name="ordinal"/> as text, for a message.</summary>
    public static string Shown(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? "NULL" : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture) ?? "";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

using System.Text;
using System.Text.Json;

namespace Entente.Web;

/// <summary>Responses that carry a document exactly as the application layer wrote it.</summary>
internal static class Documents
{
    public const string Json = "application/json; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8";

    /// <summary>The document's bytes, unchanged: what <c>entente … --format json</c> prints, without the final newline.</summary>
    public static IResult Of(string document, string contentType = Json) => Results.Bytes(Encoding.UTF8.GetBytes(document), contentType);

    /// <summary>One of the API's own small documents, written like the application layer's.</summary>
    public static IResult Own<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Text(JsonSerializer.Serialize(value, WebJson.Write), Json, Encoding.UTF8, status);

    /// <summary>
    /// Warnings ride in <c>Entente-Warning</c> headers, one each, so the body stays the document itself. Header
    /// values are ASCII: other characters are percent-encoded.
    /// </summary>
    public static void Warn(HttpResponse response, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            response.Headers.Append("Entente-Warning", Ascii(warning));
        }
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.IsAscii && !Rune.IsControl(rune) ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }
        return builder.ToString();
    }
}

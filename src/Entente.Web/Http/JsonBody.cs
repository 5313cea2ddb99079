using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Web;

/// <summary>Reads a request's JSON body into its record, turning every way it can be wrong into a 4xx naming the field.</summary>
internal static partial class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "The request body must be JSON",
                [ProblemEntry.About("body", "send the request as application/json")]);
        }
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, WebJson.Read, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw ApiProblemException.BadField(Field(e), Message(e));
        }
        return body ?? throw ApiProblemException.BadField("body", "a JSON object is required");
    }

    /// <summary>The field at fault: the unknown property's name, else the path the reader had reached.</summary>
    private static string Field(JsonException e)
    {
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal) && Quoted().Match(e.Message) is { Success: true } m)
        {
            return m.Groups[1].Value;
        }
        return e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body";
    }

    /// <summary>A sentence without the serializer's .NET type names.</summary>
    private static string Message(JsonException e)
    {
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "no such field in this request";
        }
        if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return $"the JSON is nested deeper than {WebJson.Read.MaxDepth} levels";
        }
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        return e.Path is { Length: > 1 } ? $"not a valid value for this field{where}" : $"the body is not valid JSON{where}";
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}

using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Web;

/// <summary>
/// Reads a request's JSON body into its record, turning every way it can be wrong into a 4xx naming the field:
/// every unknown field at once (a misspelt <c>round</c> must not silently run the default), then the first value
/// of the wrong type.
/// </summary>
internal static partial class JsonBody
{
    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = WebJson.Read.MaxDepth };

    public static async Task<T> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "The request body must be JSON",
                [ProblemEntry.About("body", "body: send the request as application/json")]);
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Parsing, request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ApiProblemException.BadField("body", "body: a JSON object is required");
            }
            var unknown = Unknown(document.RootElement, typeof(T), "").ToList();
            if (unknown.Count > 0)
            {
                throw new ApiProblemException(StatusCodes.Status400BadRequest, "The request is invalid",
                    [.. unknown.Select(field => ProblemEntry.About(field, $"{field}: no such field in this request"))]);
            }
            return document.RootElement.Deserialize<T>(WebJson.Read)!;
        }
        catch (JsonException e)
        {
            var field = Field(e);
            throw ApiProblemException.BadField(field, $"{field}: {Message(e)}");
        }
    }

    /// <summary>The properties of <paramref name="element"/> that <paramref name="type"/> has no field for, nested objects included.</summary>
    private static IEnumerable<string> Unknown(JsonElement element, Type type, string prefix)
    {
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => p.PropertyType, StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            if (!fields.TryGetValue(property.Name, out var fieldType))
            {
                yield return prefix + property.Name;
            }
            else if (property.Value.ValueKind == JsonValueKind.Object && fieldType.IsClass && fieldType != typeof(string) && !fieldType.IsGenericType)
            {
                foreach (var nested in Unknown(property.Value, fieldType, $"{prefix}{property.Name}."))
                {
                    yield return nested;
                }
            }
        }
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

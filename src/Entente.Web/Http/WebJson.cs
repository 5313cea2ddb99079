using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Web;

/// <summary>
/// JSON of the API's own small documents (job status, validation summaries, the model list) and of request bodies.
/// The run documents themselves are the application layer's, written byte for byte as they come.
/// </summary>
internal static class WebJson
{
    /// <summary>Written like the application layer's documents: camelCase, indented, nulls left out.</summary>
    public static readonly JsonSerializerOptions Write = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>As <see cref="Write"/>, on one line: server-sent events.</summary>
    public static readonly JsonSerializerOptions Line = new(Write) { WriteIndented = false };

    /// <summary>
    /// Request bodies: camelCase, and a field the request does not have is an error (a misspelt <c>round</c> must
    /// not silently run the default). Nesting is capped far below the reader's default.
    /// </summary>
    public static readonly JsonSerializerOptions Read = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
        NumberHandling = JsonNumberHandling.Strict,
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Application;

/// <summary>
/// The serializer settings of every JSON document Entente writes: camelCase names, indented, nulls left out,
/// NaN and infinities as named literals, enums in kebab case. Documents add fields; names never change.
/// </summary>
internal static class DocumentJson
{
    /// <summary>The settings; shared, never to be modified.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}

using Entente.Domain;
using Entente.Formats.Text;

namespace Entente.Formats.Yaml;

/// <summary>
/// The entries of one YAML mapping checked against the keys its place in the scenario allows: unknown
/// keys (with a spelling hint), duplicate keys and non-text keys are reported, and every value's
/// position is recorded in the source map.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalar Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly YamlMapping _mapping;
    private readonly string _path;
    private readonly DiagnosticBag _bag;

    private YamlFields(YamlMapping mapping, string path, DiagnosticBag bag)
    {
        _mapping = mapping;
        _path = path;
        _bag = bag;
    }

    /// <summary>Reads <paramref name="node"/> as a mapping, or reports that it is not one and returns null.</summary>
    public static YamlFields? Read(YamlNode node, string path, string what, IReadOnlyList<string> known, DiagnosticBag bag, SourceMap map)
    {
        map.Add(path.Length == 0 ? "$" : path, node.Line, node.Column);
        if (node is not YamlMapping mapping)
        {
            bag.Error(node.Line, node.Column, path, $"expected {what} (a mapping of keys to values), found {node.Kind}");
            return null;
        }
        var fields = new YamlFields(mapping, path, bag);
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (keyNode is not YamlScalar key || key.IsNull)
            {
                bag.Error(keyNode.Line, keyNode.Column, path, $"keys must be plain text, found {keyNode.Kind}");
                continue;
            }
            var field = Join(path, key.Value);
            if (!known.Contains(key.Value))
            {
                var nearest = Spelling.Nearest(key.Value, known);
                var hint = nearest is null ? $"; expected one of {string.Join(", ", known)}" : $" (did you mean '{nearest}'?)";
                bag.Error(key.Line, key.Column, field, $"unknown key '{key.Value}'{hint}{CommaHint(key, value)}");
            }
            else if (fields._entries.TryGetValue(key.Value, out var first))
            {
                bag.Error(key.Line, key.Column, field, $"duplicate key '{key.Value}' (first given on line {first.Key.Line})");
            }
            else
            {
                fields._entries.Add(key.Value, (key, value));
                map.Add(field, value.Line, value.Column);
            }
        }
        return fields;
    }

    /// <summary>The value given for <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? this[string key] => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key node of <paramref name="key"/>, or null when absent: where a message about the key itself points.</summary>
    public YamlScalar? KeyOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>Whether <paramref name="key"/> was given.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Reports each of <paramref name="keys"/> that the mapping lacks.</summary>
    public void Require(params string[] keys) => RequireIn(_path.Length == 0 ? "the scenario" : _path, keys);

    /// <summary>Reports each of <paramref name="keys"/> that the mapping lacks, naming the mapping as a reader knows it.</summary>
    public void RequireIn(string where, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!Has(key))
            {
                _bag.Error(_mapping.Line, _mapping.Column, Join(_path, key), $"missing required key '{key}' in {where}");
            }
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    // A bare word with no value after a comma is usually a value the comma cut in two: a decimal comma (0,8) or an
    // unquoted text that holds a comma. Say so, since "unknown key" alone points the reader the wrong way.
    private static string CommaHint(YamlScalar key, YamlNode? value)
    {
        if (value is not (null or YamlScalar { IsNull: true }))
        {
            return "";
        }
        return key.Value.All(char.IsAsciiDigit)
            ? $"; a decimal comma? In YAML a comma separates entries: write the number with a point (0.{key.Value}, not 0,{key.Value})"
            : "; a comma inside an unquoted value? Quote the value that holds it (name: \"Germany, France\")";
    }
}

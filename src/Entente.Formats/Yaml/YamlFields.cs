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
    // A mapping has a handful of keys: a list searched in order costs less than a dictionary per mapping, and a file of
    // 100,000 actors has 200,000 mappings.
    private readonly List<(string Name, YamlScalar Key, YamlNode Value)> _entries;
    private readonly YamlMapping _mapping;
    private readonly DiagnosticBag _bag;

    // The path of the mapping: given as text, or as an element of a top-level list and made into text only for a message.
    private readonly string? _list;
    private readonly int _index;
    private string? _path;

    private YamlFields(YamlMapping mapping, string? path, string? list, int index, DiagnosticBag bag)
    {
        _mapping = mapping;
        _path = path;
        _list = list;
        _index = index;
        _bag = bag;
        _entries = new(mapping.Entries.Count);
    }

    /// <summary>The mapping's path, such as <c>issues[1].decisionRule</c> (empty for the scenario itself).</summary>
    public string Path => _path ??= SourceMap.ElementPath(_list!, _index, "");

    /// <summary>Reads <paramref name="node"/> as a mapping, or reports that it is not one and returns null.</summary>
    public static YamlFields? Read(YamlNode node, string path, string what, IReadOnlyList<string> known, DiagnosticBag bag, SourceMap map)
    {
        map.Add(path.Length == 0 ? "$" : path, node.Line, node.Column);
        if (node is not YamlMapping mapping)
        {
            bag.Error(node.Line, node.Column, path, $"expected {what} (a mapping of keys to values), found {node.Kind}");
            return null;
        }
        return new YamlFields(mapping, path, null, 0, bag).Check(known, map);
    }

    /// <summary>
    /// Reads element <paramref name="index"/> of the top-level list <paramref name="list"/> (<c>actors[3]</c>) as a
    /// mapping, as <see cref="Read"/> does, making its path's text only where a message needs it; <paramref name="what"/>
    /// is asked for only then too.
    /// </summary>
    public static YamlFields? ReadElement(YamlNode node, string list, int index, Func<string> what, IReadOnlyList<string> known, DiagnosticBag bag, SourceMap map)
    {
        map.Add(list, index, "", node.Line, node.Column);
        if (node is not YamlMapping mapping)
        {
            bag.Error(node.Line, node.Column, SourceMap.ElementPath(list, index, ""), $"expected {what()} (a mapping of keys to values), found {node.Kind}");
            return null;
        }
        return new YamlFields(mapping, null, list, index, bag).Check(known, map);
    }

    private YamlFields Check(IReadOnlyList<string> known, SourceMap map)
    {
        foreach (var (keyNode, value) in _mapping.Entries)
        {
            if (keyNode is not YamlScalar key || key.IsNull)
            {
                _bag.Error(keyNode.Line, keyNode.Column, Path, $"keys must be plain text, found {keyNode.Kind}");
                continue;
            }
            if (!known.Contains(key.Value))
            {
                var nearest = Spelling.Nearest(key.Value, known);
                var hint = nearest is null ? $"; expected one of {string.Join(", ", known)}" : $" (did you mean '{nearest}'?)";
                _bag.Error(key.Line, key.Column, PathOf(key.Value), $"unknown key '{key.Value}'{hint}{CommaHint(key, value)}");
            }
            else if (Find(key.Value) is { } first)
            {
                _bag.Error(key.Line, key.Column, PathOf(key.Value), $"duplicate key '{key.Value}' (first given on line {first.Key.Line})");
            }
            else
            {
                _entries.Add((key.Value, key, value));
                if (_list is null)
                {
                    map.Add(PathOf(key.Value), value.Line, value.Column);
                }
                else
                {
                    map.Add(_list, _index, key.Value, value.Line, value.Column);
                }
            }
        }
        return this;
    }

    private (string Name, YamlScalar Key, YamlNode Value)? Find(string key)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Name, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }
        return null;
    }

    /// <summary>The path of <paramref name="key"/> in this mapping, such as <c>actors[3].capability</c>.</summary>
    public string PathOf(string key) => Join(Path, key);

    /// <summary>The value given for <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? this[string key] => Find(key)?.Value;

    /// <summary>The key node of <paramref name="key"/>, or null when absent: where a message about the key itself points.</summary>
    public YamlScalar? KeyOf(string key) => Find(key)?.Key;

    /// <summary>Whether <paramref name="key"/> was given.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>Whether the mapping has all of <paramref name="keys"/>.</summary>
    public bool HasAll(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (!Has(key))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reports each of <paramref name="keys"/> that the mapping lacks.</summary>
    public void Require(params string[] keys) => RequireIn(Path.Length == 0 ? "the scenario" : Path, keys);

    /// <summary>Reports each of <paramref name="keys"/> that the mapping lacks, naming the mapping as a reader knows it.</summary>
    public void RequireIn(string where, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!Has(key))
            {
                _bag.Error(_mapping.Line, _mapping.Column, PathOf(key), $"missing required key '{key}' in {where}");
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

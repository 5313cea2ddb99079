using Entente.Formats.Text;

namespace Entente.Formats.Yaml;

/// <summary>Reads typed values out of YAML nodes, reporting wrong types and bad numbers at their position.</summary>
internal sealed class YamlValues(DiagnosticBag bag, SourceMap map)
{
    /// <summary>Text, or null when absent or null; reports a list or mapping where text belongs.</summary>
    public string? Text(YamlNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return scalar.IsNull ? null : scalar.Value;
            default:
                bag.Error(node.Line, node.Column, path, $"expected text, found {node.Kind}");
                return null;
        }
    }

    /// <summary>Text that must be there: reports an empty value (the missing key itself is reported by <see cref="YamlFields.Require"/>).</summary>
    public string RequiredText(YamlNode? node, string path)
    {
        var text = Text(node, path);
        if (text is null && node is YamlScalar { IsNull: true })
        {
            bag.Error(node.Line, node.Column, path, "needs a value");
        }
        return text ?? "";
    }

    /// <summary>A finite number, or null when absent, null or wrong (the latter reported).</summary>
    public double? Number(YamlNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar when Numbers.TryParse(scalar.Value, out var value):
                return value;
            case YamlScalar scalar:
                bag.Error(scalar.Line, scalar.Column, path, $"'{Clip(scalar.Value)}' is not a finite number");
                return null;
            default:
                bag.Error(node.Line, node.Column, path, $"expected a number, found {node.Kind}");
                return null;
        }
    }

    /// <summary>
    /// The number under <paramref name="key"/> of <paramref name="fields"/>, as <see cref="Number(YamlNode?, string)"/>
    /// reads it; the field's path is made only for a message.
    /// </summary>
    public double? Number(YamlFields? fields, string key) => fields?[key] switch
    {
        null or YamlScalar { IsNull: true } => null,
        YamlScalar scalar when Numbers.TryParse(scalar.Value, out var value) => value,
        var node => Number(node, fields!.PathOf(key)),
    };

    /// <summary>A number that must be there, as <see cref="RequiredNumber(YamlNode?, string)"/>; the path is made only for a message.</summary>
    public double RequiredNumber(YamlFields? fields, string key) => fields?[key] switch
    {
        YamlScalar { IsNull: false } scalar when Numbers.TryParse(scalar.Value, out var value) => value,
        var node => RequiredNumber(node, fields is null ? key : fields.PathOf(key)),
    };

    /// <summary>Text under <paramref name="key"/>, as <see cref="Text(YamlNode?, string)"/>; the path is made only for a message.</summary>
    public string? Text(YamlFields? fields, string key) => fields?[key] switch
    {
        null or YamlScalar { IsNull: true } => null,
        YamlScalar scalar => scalar.Value,
        var node => Text(node, fields!.PathOf(key)),
    };

    /// <summary>Text that must be there, as <see cref="RequiredText(YamlNode?, string)"/>; the path is made only for a message.</summary>
    public string RequiredText(YamlFields? fields, string key) => fields?[key] switch
    {
        YamlScalar { IsNull: false } scalar => scalar.Value,
        var node => RequiredText(node, fields is null ? key : fields.PathOf(key)),
    };

    /// <summary>true/yes or false/no, or null when absent or null; reports anything else.</summary>
    public bool? Flag(YamlNode? node, string path)
    {
        switch (Text(node, path)?.ToLowerInvariant())
        {
            case null:
                return null;
            case "false" or "no":
                return false;
            case "true" or "yes":
                return true;
            default:
                bag.Error(node!.Line, node.Column, path, $"expected true or false, found '{Clip(((YamlScalar)node).Value)}'");
                return null;
        }
    }

    /// <summary>A whole number, or null when absent, null or wrong (the latter reported).</summary>
    public int? Integer(YamlNode? node, string path)
    {
        if (Number(node, path) is not { } value)
        {
            return null;
        }
        if (value != Math.Floor(value) || Math.Abs(value) > int.MaxValue)
        {
            bag.Error(node!.Line, node.Column, path, $"'{Clip(((YamlScalar)node).Value)}' is not a whole number");
            return null;
        }
        return (int)value;
    }

    /// <summary>A number that must be there; reports a null value.</summary>
    public double RequiredNumber(YamlNode? node, string path)
    {
        if (node is YamlScalar { IsNull: true })
        {
            bag.Error(node.Line, node.Column, path, "needs a number");
        }
        return Number(node, path) ?? 0;
    }

    /// <summary>A list of texts (a single text is not accepted as a list), each item's position recorded.</summary>
    public IReadOnlyList<string> TextList(YamlNode? node, string path)
    {
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return [];
            case YamlSequence sequence:
                var items = new List<string>(sequence.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var at = $"{path}[{i}]";
                    map.Add(at, sequence.Items[i].Line, sequence.Items[i].Column);
                    items.Add(Text(sequence.Items[i], at) ?? "");
                }
                return items;
            default:
                bag.Error(node.Line, node.Column, path, $"expected a list (such as [a, b]), found {node.Kind}");
                return [];
        }
    }

    /// <summary>The items of a list, or none when absent; reports a value that is not a list.</summary>
    public IReadOnlyList<YamlNode> Items(YamlNode? node, string path)
    {
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return [];
            case YamlSequence sequence:
                return sequence.Items;
            default:
                bag.Error(node.Line, node.Column, path, $"expected a list, found {node.Kind}");
                return [];
        }
    }

    /// <summary>Long values are cut in messages so that a junk file does not flood the terminal.</summary>
    public static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Web.Ui.Editing;

/// <summary>
/// Writes one table edit into the scenario's YAML text by replacing the number where the file spells it, so that
/// everything else (comments, layout, flow or block style, the diplomacy sections) stays exactly as the user wrote it.
/// </summary>
internal static class YamlStancePatch
{
    /// <summary>The text with <paramref name="cell"/> set to <paramref name="value"/>; null when the file does not spell that number out.</summary>
    public static string? Set(string text, StanceCell cell, double value)
    {
        var target = Find(Root(text), cell);
        if (target is null)
        {
            return null;
        }
        var (start, end) = target.Value;
        return string.Concat(text.AsSpan(0, start), Number(value), text.AsSpan(end));
    }

    /// <summary>Which of <paramref name="cells"/> the file spells out (the table lets the user edit only those); one parse for all.</summary>
    public static HashSet<string> Editable(string text, IEnumerable<StanceCell> cells)
    {
        var root = Root(text);
        return root is null ? [] : [.. cells.Where(c => Find(root, c) is not null).Select(c => c.Key)];
    }

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static YamlMappingNode? Root(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return null;
        }
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root ? root : null;
    }

    private static (int Start, int End)? Find(YamlMappingNode? root, StanceCell cell)
    {
        if (root is null)
        {
            return null;
        }
        var scalar = cell.Issue is null
            ? Field(Item(root, "actors", cell.Actor), cell.Field)
            : Field(Field(Field(Item(root, "issues", cell.Issue), "positions") as YamlMappingNode, cell.Actor) as YamlMappingNode, cell.Field);
        return scalar is YamlScalarNode { Style: ScalarStyle.Plain } plain
            ? ((int)plain.Start.Index, (int)plain.End.Index)
            : null;
    }

    /// <summary>The mapping in the sequence <paramref name="list"/> whose <c>id</c> is <paramref name="id"/>.</summary>
    private static YamlMappingNode? Item(YamlMappingNode root, string list, string id) =>
        Field(root, list) is YamlSequenceNode items
            ? items.Children.OfType<YamlMappingNode>().FirstOrDefault(m => Field(m, "id") is YamlScalarNode { Value: { } value } && value == id)
            : null;

    private static YamlNode? Field(YamlMappingNode? mapping, string key) =>
        mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}

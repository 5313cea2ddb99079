using System.Text.RegularExpressions;
using Entente.Formats.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Entente.Formats.Yaml;

/// <summary>Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, refusing what a scenario never needs.</summary>
internal static partial class YamlTreeBuilder
{
    /// <summary>Deeper than any scenario goes; a limit keeps hostile nesting from exhausting the stack.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The document's root, or null after recording why there is none. Aliases are refused: a scenario
    /// has no use for them and they are how "billion laughs" files blow up.
    /// </summary>
    public static YamlNode? Build(string text, DiagnosticBag bag) => PlainYamlReader.TryRead(text) ?? BuildWithYamlDotNet(text, bag);

    /// <summary>The root as YamlDotNet's parser reads it, whatever the text: the path for all that the plain reader declines.</summary>
    public static YamlNode? BuildWithYamlDotNet(string text, DiagnosticBag bag)
    {
        var last = (Line: 1L, Column: 1L);
        try
        {
            var parser = new Parser(new StringReader(text));
            last = (1, 1);
            parser.Consume<StreamStart>();
            YamlNode? root = null;
            var documents = 0;
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                documents++;
                var node = Node(parser, bag, 0, ref last);
                parser.Consume<DocumentEnd>();
                if (documents == 1)
                {
                    root = node;
                }
                else
                {
                    bag.Error((int)start.Start.Line, (int)start.Start.Column, "", "a scenario file holds one YAML document; remove the '---' and what follows");
                    break;
                }
            }
            if (root is null && !bag.HasErrors)
            {
                bag.Error(null, null, "", "the file is empty");
            }
            return root;
        }
        catch (YamlException e) when (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
        {
            // YamlDotNet reports a tab in indentation at the start of the mapping it was scanning (often 1:1); the tab
            // itself is what the reader has to find and replace.
            bag.Error(tab.Line, tab.Column, "", "YAML syntax: a tab in the indentation; YAML indents with spaces only");
            return null;
        }
        catch (YamlException e)
        {
            bag.Error((int)e.Start.Line, (int)e.Start.Column, "", $"YAML syntax: {Bare(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Also an ArgumentException: YamlDotNet rejects a tag that is not a valid URI that way.
            // YamlDotNet's scanner gives up this way on some malformed input (an unclosed flow
            // collection at the end of the file); the last event read is as near as we can point.
            bag.Error((int)last.Line, (int)last.Column, "", "YAML syntax: the document is malformed after this point (an unclosed bracket or quote?)");
            return null;
        }
        catch (TooDeep e)
        {
            bag.Error((int)e.Line, (int)e.Column, "", $"nesting deeper than {MaxDepth} levels");
            return null;
        }
    }

    // The first tab among a line's leading whitespace, 1-based.
    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            for (var c = 0; c < lines[i].Length && lines[i][c] is ' ' or '\t'; c++)
            {
                if (lines[i][c] == '\t')
                {
                    return (i + 1, c + 1);
                }
            }
        }
        return null;
    }

    private static YamlNode Node(IParser parser, DiagnosticBag bag, int depth, ref (long Line, long Column) last)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the document");
        last = (current.Start.Line, current.Start.Column);
        if (depth > MaxDepth)
        {
            throw new TooDeep(current.Start.Line, current.Start.Column);
        }
        if (current is NodeEvent { Tag.IsEmpty: false } tagged)
        {
            // A tag would change what a value means in YAML, and the scenario format reads every value by its own rules:
            // refused where it stands rather than ignored.
            bag.Error((int)tagged.Start.Line, (int)tagged.Start.Column, "", $"YAML tags ('{tagged.Tag.Value}') are not part of the scenario format; remove the tag");
        }
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, (int)scalar.Start.Line, (int)scalar.Start.Column);
            case AnchorAlias alias:
                parser.MoveNext();
                bag.Error((int)alias.Start.Line, (int)alias.Start.Column, "", $"aliases ('*{alias.Value}') are not allowed in scenario files; write the value out");
                return new YamlScalar("", true, (int)alias.Start.Line, (int)alias.Start.Column);
            case SequenceStart sequence:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(Node(parser, bag, depth + 1, ref last));
                }
                return new YamlSequence(items, (int)sequence.Start.Line, (int)sequence.Start.Column);
            }
            case MappingStart mapping:
            {
                parser.MoveNext();
                var entries = new List<(YamlNode, YamlNode)>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = Node(parser, bag, depth + 1, ref last);
                    var value = Node(parser, bag, depth + 1, ref last);
                    entries.Add((key, value));
                }
                return new YamlMapping(entries, (int)mapping.Start.Line, (int)mapping.Start.Column);
            }
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    // YamlDotNet prefixes messages with the span, which our diagnostics already carry.
    private static string Bare(string message) => SpanPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex SpanPrefix();

    private sealed class TooDeep(long line, long column) : Exception
    {
        public long Line { get; } = line;

        public long Column { get; } = column;
    }
}

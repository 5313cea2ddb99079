using Entente.Domain;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Entente.Formats.Yaml;

/// <summary>Recognises a YAML scenario: a document whose root is a mapping with a scenario key.</summary>
internal static class YamlDetector
{
    /// <summary>
    /// Whether the root mapping's keys, as far as the text parses, include a scenario key (or a near
    /// misspelling of one), so that a YAML scenario with a syntax error further down is still
    /// recognised and its error reported by the reader. <paramref name="plainRoot"/>: the text's tree where the plain
    /// reader took it (YamlDotNet's parser is then not needed).
    /// </summary>
    public static bool LooksLikeScenario(string text, YamlNode? plainRoot = null)
    {
        if (plainRoot is not null)
        {
            // Read whole by the plain reader: the same root keys as the parser's events would give, without loading it.
            return plainRoot is YamlMapping root && root.Entries.Any(e => e.Key is YamlScalar key && IsScenarioKey(key.Value));
        }
        return ByParserEvents(text);
    }

    // Apart, so that recognising a file the plain reader took does not even load YamlDotNet.
    private static bool ByParserEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var expectKey = false;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (depth == 0)
                {
                    if (current is MappingStart)
                    {
                        depth = 1;
                        expectKey = true;
                    }
                    else if (current is Scalar or SequenceStart or AnchorAlias)
                    {
                        return false;
                    }
                    continue;
                }
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        depth++;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        if (depth == 0)
                        {
                            return false;
                        }
                        // A nested value has ended; the root mapping's next event is a key.
                        expectKey = depth == 1 || expectKey;
                        break;
                    case Scalar scalar when depth == 1:
                        if (expectKey && IsScenarioKey(scalar.Value))
                        {
                            return true;
                        }
                        expectKey = !expectKey;
                        break;
                    case AnchorAlias when depth == 1:
                        expectKey = !expectKey;
                        break;
                    default:
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // What parsed before the error has already been judged. YamlDotNet reports some malformed input
            // (a global tag that is not a URI) as an ArgumentException rather than a YamlException.
        }
        return false;
    }

    private static bool IsScenarioKey(string key) =>
        YamlScenarioReader.ScenarioKeys.Contains(key) || Spelling.Nearest(key, YamlScenarioReader.ScenarioKeys) is not null;
}

using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Cli.Tests.Fuzz;

/// <summary>
/// Hostile variants of a valid file: cut, lines dropped, doubled, swapped or repeated, characters flipped, numbers
/// replaced by magnitudes and non-numbers, hostile lines inserted, encodings changed; and generated inputs from nothing.
/// </summary>
internal static partial class FuzzMutations
{
    /// <summary>Values a number is replaced by: the edges of what the arithmetic and the parsers take.</summary>
    private static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1.8e308", "NaN", "Infinity", "-Infinity", "1e-320", "0", "-0", "99999999999999999999999", "-1",
        "0x10", "1,5", "", "x", "1e12", "1.0000000000001e12", "2147483648", "-2147483649", "4e-324", "  7  ", "\"3\"",
    ];

    /// <summary>Lines inserted anywhere: YAML directives, tags, aliases, deep nesting, tags of the other formats, long text.</summary>
    private static readonly string[] Lines =
    [
        "%YAML 9.9", "%TAG ! tag:evil,2000:", "---", "...", "&a [*a]", "key: !custom value", "#P;x;y", "#A;A;A;", "#D;A;I;1;2;3",
        "Actor,Capability,Position,Salience", "Actor,Description", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "\t- tab", "name: <script>alert(1)</script>", "x](http://evil.example/t.png) [y", "\u0000", "\uFEFF", "é\u00e9\u0301",
        new string('A', 10_000), "a: &x 1\nb: *x", "? complex key\n: value", "- - - - - - - -",
    ];

    public static string Mutate(string seed, FuzzRandom random)
    {
        if (seed.Length == 0)
        {
            return seed;
        }
        var lines = seed.Split('\n').ToList();
        var line = random.Below(lines.Count);
        var at = random.Below(seed.Length);
        switch (random.Below(11))
        {
            case 0:
                return seed[..at];
            case 1:
                lines.RemoveAt(line);
                break;
            case 2:
                lines.Insert(line, lines[line]);
                break;
            case 3:
                var other = random.Below(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 4:
                lines.InsertRange(line, Enumerable.Repeat(lines[line], 1 + random.Below(2000)));
                break;
            case 5:
                var flipped = seed.ToCharArray();
                flipped[at] = (char)random.Below(0x3000);
                return new string(flipped);
            case 6:
            case 7:
                return ReplaceNumber(seed, random);
            case 8:
                lines.Insert(line, random.Pick(Lines));
                break;
            case 9:
                // A cell or value emptied (from the first separator at or after a random place to the next), or a separator added.
                if (random.Below(2) == 0)
                {
                    return seed[..at] + "," + seed[at..];
                }
                var from = seed.IndexOfAny([',', ';', ':', '\t'], at);
                if (from < 0)
                {
                    return seed;
                }
                var to = seed.IndexOfAny([',', ';', ':', '\t', '\n'], from + 1);
                return seed[..(from + 1)] + (to < 0 ? "" : seed[to..]);
            default:
                return ReplaceNumber(ReplaceNumber(ReplaceNumber(seed, random), random), random);
        }
        return string.Join('\n', lines);
    }

    /// <summary>One number of <paramref name="text"/>, chosen at random, replaced by a hostile value.</summary>
    private static string ReplaceNumber(string text, FuzzRandom random)
    {
        var numbers = Number().Matches(text);
        if (numbers.Count == 0)
        {
            return text;
        }
        var match = numbers[random.Below(numbers.Count)];
        return text[..match.Index] + random.Pick(Numbers) + text[(match.Index + match.Length)..];
    }

    /// <summary>An input from nothing: random bytes, or random lines of the formats' syntax.</summary>
    public static byte[] Generate(FuzzRandom random)
    {
        switch (random.Below(4))
        {
            case 0:
                var bytes = new byte[random.Below(4096)];
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)random.Below(256);
                }
                return bytes;
            case 1:
                var text = new StringBuilder();
                for (var i = random.Below(200); i > 0; i--)
                {
                    text.Append(random.Pick(Lines)).Append('\n');
                }
                return Encoding.UTF8.GetBytes(text.ToString());
            case 2:
                // UTF-16 of a valid-looking table, with or without its byte order mark.
                var table = "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,2,8,0.5\n";
                return random.Below(2) == 0 ? Encoding.Unicode.GetBytes(table) : [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(table)];
            default:
                // Deep nesting, past any sensible limit.
                var depth = 1 + random.Below(5000);
                return Encoding.UTF8.GetBytes("name: deep\nactors: " + new string('[', depth) + new string(']', depth) + "\n");
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][-+]?\d+)?")]
    private static partial Regex Number();
}

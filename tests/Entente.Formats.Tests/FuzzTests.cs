using System.Text;
using CsCheck;
using Entente.Formats.Tests.Yaml;

namespace Entente.Formats.Tests;

/// <summary>Whatever the input, parsing ends quickly and fails only with <see cref="ScenarioLoadException"/>.</summary>
public class FuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private static readonly string[] Seeds =
        [.. Reference.Files.Select(Reference.Text), EcCars.Yaml];

    /// <summary>Parses on another thread so that a hang fails the test instead of stalling the run.</summary>
    private static void ParsesOrRefuses(string text)
    {
        var task = Task.Run(() =>
        {
            try
            {
                ScenarioFiles.Parse(text, "fuzz.txt");
            }
            catch (ScenarioLoadException)
            {
                // Refusing bad input is the expected outcome.
            }
        });
        Assert.True(task.Wait(Limit), $"parsing took longer than {Limit}: {Shown(text)}");
    }

    private static string Shown(string text) => text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>Truncations, deleted or duplicated lines and flipped characters of a seed file.</summary>
    private static readonly Gen<string> Mutant =
        from seed in Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i])
        from kind in Gen.Int[0, 3]
        from at in Gen.Double[0, 1]
        from other in Gen.Char
        select Mutations.Apply(seed, kind, at, other);

    [Fact]
    public void Random_bytes_are_refused_cleanly()
    {
        Gen.Byte.Array[0, 400].Sample(bytes => ParsesOrRefuses(Encoding.UTF8.GetString(bytes)), iter: 2000);
    }

    private static readonly Gen<char> Alphabet = Gen.OneOf(Gen.Char["#AaPMDO/;,\t'\" :-[]{}&*!|>?%@`0123456789.\n\r"], Gen.Char);

    [Fact]
    public void A_tag_that_is_not_a_uri_is_refused_cleanly()
    {
        // The case the random-text property once found (YamlDotNet rejects such a tag with an
        // ArgumentException, not a YamlException), replayed from its seed.
        Gen.String[Alphabet, 0, 300].Sample(ParsesOrRefuses, iter: 1, seed: "dEOhPZDL8r61");
    }

    [Fact]
    public void Random_text_from_format_characters_is_refused_cleanly()
    {
        Gen.String[Alphabet, 0, 300].Sample(ParsesOrRefuses, iter: 3000);
    }

    [Fact]
    public void Mutated_reference_files_and_examples_are_parsed_or_refused_cleanly()
    {
        Mutant.Sample(ParsesOrRefuses, iter: 1500);
    }

    [Fact]
    public void Repeated_mutations_are_parsed_or_refused_cleanly()
    {
        var twice = Mutant.SelectMany(first => Gen.Int[0, 3].SelectMany(kind => Gen.Double[0, 1].Select(at => Mutations.Apply(first, kind, at, '\''))));
        twice.Sample(ParsesOrRefuses, iter: 1000);
    }

    /// <summary>Parses, and validates what parses: a mutated layer ends in diagnostics, never in another exception.</summary>
    private static void ParsesAndValidatesOrRefuses(string text)
    {
        var task = Task.Run(() =>
        {
            try
            {
                ScenarioFiles.Parse(text, "fuzz.yaml").Validate();
            }
            catch (ScenarioLoadException)
            {
                // Refusing bad input is the expected outcome.
            }
        });
        Assert.True(task.Wait(Limit), $"parsing took longer than {Limit}: {Shown(text)}");
    }

    /// <summary>Mutations of a valid version-2 layer: whole lines and single characters, and a number swapped for another.</summary>
    private static readonly Gen<string> LayerMutant =
        from kind in Gen.Int[0, 4]
        from at in Gen.Double[0, 1]
        from other in Gen.Char["-0123456789.,:[]{} abcdefgqrxyz\n"]
        from number in Gen.OneOf(Gen.Const("-1"), Gen.Const("0"), Gen.Const("1e309"), Gen.Const("0.5"), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("x"))
        select kind < 4 ? Mutations.Apply(StrategicLayerFile.Yaml, kind, at, other) : SwapNumber(StrategicLayerFile.Yaml, at, number);

    private static string SwapNumber(string text, double at, string replacement)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '.')).ToArray();
        var start = digits[(int)(at * (digits.Length - 1))];
        var end = start;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }
        return text[..start] + replacement + text[end..];
    }

    [Fact]
    public void Mutated_version_two_layers_end_in_diagnostics()
    {
        LayerMutant.Sample(ParsesAndValidatesOrRefuses, iter: 1500);
        LayerMutant.SelectMany(first => Gen.Int[0, 3].SelectMany(kind => Gen.Double[0, 1].Select(at => Mutations.Apply(first, kind, at, ',')))).Sample(ParsesAndValidatesOrRefuses, iter: 500);
    }

    /// <summary>The text of the layer's part-2 sections (issues and ideals; leverage and delay; negotiations and conflict), start and end.</summary>
    private static readonly (int Start, int End)[] PartTwo =
    [
        Section("  issues: {", "  types:"), Section("  leverage:", "  signals:"), Section("  negotiations:", "  montecarlo:"),
    ];

    private static (int, int) Section(string from, string to)
    {
        var start = StrategicLayerFile.Yaml.IndexOf(from, StringComparison.Ordinal);
        return (start, StrategicLayerFile.Yaml.IndexOf(to, start, StringComparison.Ordinal));
    }

    /// <summary>
    /// Mutations inside the part-2 sections only, so that every sample exercises their reading and validation:
    /// a character flipped, deleted or doubled, or a number or name swapped for another.
    /// </summary>
    private static readonly Gen<string> PartTwoMutant =
        from section in Gen.Int[0, PartTwo.Length - 1]
        from at in Gen.Double[0, 1]
        from kind in Gen.Int[0, 3]
        from other in Gen.Char["-0123456789.,:[]{} abcdefgqrxyz\n"]
        from word in Gen.OneOf(Gen.Const("-1"), Gen.Const("0"), Gen.Const("1e309"), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("US"), Gen.Const("DPRK"), Gen.Const("nk_strike"), Gen.Const("x"))
        select MutateWithin(PartTwo[section], at, kind, other, word);

    private static string MutateWithin((int Start, int End) section, double at, int kind, char other, string word)
    {
        var text = StrategicLayerFile.Yaml;
        var position = section.Start + (int)(at * (section.End - section.Start - 1));
        var end = position;
        while (end < section.End && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.'))
        {
            end++;
        }
        return kind switch
        {
            0 => text[..position] + other + text[(position + 1)..],
            1 => text[..position] + text[(position + 1)..],
            2 => text[..position] + text[position] + text[position..],
            _ => text[..position] + word + text[Math.Max(end, position + 1)..],
        };
    }

    [Fact]
    public void Mutated_part_two_sections_end_in_diagnostics()
    {
        PartTwoMutant.Sample(ParsesAndValidatesOrRefuses, iter: 1500);
        PartTwoMutant.SelectMany(first => Gen.Int[0, 3].SelectMany(kind => Gen.Double[0, 1].Select(at => Mutations.Apply(first, kind, at, ']')))).Sample(ParsesAndValidatesOrRefuses, iter: 300);
    }
}

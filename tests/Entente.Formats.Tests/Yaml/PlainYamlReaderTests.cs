using System.Globalization;
using System.Text;
using CsCheck;
using Entente.Formats.Text;
using Entente.Formats.Yaml;

namespace Entente.Formats.Tests.Yaml;

/// <summary>
/// The plain-subset reader either declines or builds exactly the tree YamlDotNet's events build: every value, every
/// quoting style and every line and column, on every YAML file in the repository, on mutants of them and on
/// generated text.
/// </summary>
public class PlainYamlReaderTests
{
    private static readonly string[] Files =
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "examples"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "data"), "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)];

    private static readonly string[] Seeds = [.. Files.Select(File.ReadAllText), EcCars.Yaml, Generated(40, 2)];

    public static TheoryData<string> RepositoryFiles => new(Files.Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)));

    /// <summary>What YamlDotNet builds, or null where it reports a problem.</summary>
    private static YamlNode? Reference(string text)
    {
        var bag = new DiagnosticBag("t.yaml", null);
        var root = YamlTreeBuilder.BuildWithYamlDotNet(text, bag);
        return bag.HasErrors ? null : root;
    }

    private static void SameTree(YamlNode expected, YamlNode actual, string path = "")
    {
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.Kind} read as {actual.Kind}");
        Assert.True((expected.Line, expected.Column) == (actual.Line, actual.Column),
            $"{path}: at {expected.Line}:{expected.Column} in YamlDotNet's tree, {actual.Line}:{actual.Column} in the plain reader's");
        switch (expected)
        {
            case YamlScalar scalar:
                var other = (YamlScalar)actual;
                Assert.Equal(scalar.Value, other.Value);
                Assert.Equal(scalar.Plain, other.Plain);
                break;
            case YamlSequence sequence:
                var items = ((YamlSequence)actual).Items;
                Assert.Equal(sequence.Items.Count, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    SameTree(sequence.Items[i], items[i], $"{path}[{i}]");
                }
                break;
            case YamlMapping mapping:
                var entries = ((YamlMapping)actual).Entries;
                Assert.Equal(mapping.Entries.Count, entries.Count);
                for (var i = 0; i < entries.Count; i++)
                {
                    SameTree(mapping.Entries[i].Key, entries[i].Key, $"{path}.key{i}");
                    SameTree(mapping.Entries[i].Value, entries[i].Value, $"{path}.{(mapping.Entries[i].Key as YamlScalar)?.Value}");
                }
                break;
        }
    }

    /// <summary>The plain reader declines, or agrees with YamlDotNet (which must then have read the text cleanly).</summary>
    private static bool DeclinesOrAgrees(string text)
    {
        var plain = PlainYamlReader.TryRead(text);
        if (plain is null)
        {
            return false;
        }
        var reference = Reference(text);
        Assert.True(reference is not null, $"the plain reader read text that YamlDotNet refuses: {Shown(text)}");
        SameTree(reference, plain);
        // Recognising a scenario from the plain tree gives the answer YamlDotNet's events give.
        Assert.Equal(YamlDetector.LooksLikeScenario(text), YamlDetector.LooksLikeScenario(text, plain));
        return true;
    }

    private static string Around(string text, (int Line, int Column)? at) =>
        at is { Line: > 0 } place ? text.Split('\n')[place.Line - 1] : "";

    private static string Shown(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void Every_yaml_file_in_the_repository_is_read_as_YamlDotNet_reads_it(string relative)
    {
        _ = DeclinesOrAgrees(File.ReadAllText(Path.Combine(RepositoryRoot.Path, relative)));
    }

    [Fact]
    public void The_files_Entente_writes_are_read_without_YamlDotNet()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "examples"), "*.yaml"))
        {
            var written = YamlScenarioWriter.Write(ScenarioFiles.Load(file).Scenario);
            var plain = PlainYamlReader.TryRead(written);
            Assert.True(plain is not null, $"the writer's text for {Path.GetFileName(file)} was declined at {PlainYamlReader.WhereDeclined(written)}: {Around(written, PlainYamlReader.WhereDeclined(written))}");
            SameTree(Reference(written)!, plain);
        }
    }

    [Fact]
    public void The_bundled_examples_are_read_without_YamlDotNet()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "examples"), "*.yaml"))
        {
            var text = File.ReadAllText(file);
            var plain = PlainYamlReader.TryRead(text);
            Assert.True(plain is not null, $"{Path.GetFileName(file)} was declined at {PlainYamlReader.WhereDeclined(text)}: {Around(text, PlainYamlReader.WhereDeclined(text))}");
            SameTree(Reference(text)!, plain);
        }
    }

    [Fact]
    public void A_generated_scenario_of_many_actors_is_read_without_YamlDotNet()
    {
        var text = Generated(2000, 3);
        var plain = PlainYamlReader.TryRead(text);
        Assert.True(plain is not null, $"declined at {PlainYamlReader.WhereDeclined(text)}");
        SameTree(Reference(text)!, plain);
    }

    [Theory]
    [InlineData("a: 1\n", "1")]
    [InlineData("a:   x y  # note\n", "x y")]
    [InlineData("a: \"q \\\"u\\\" \\u00e9\\n\"\n", "q \"u\" é\n")]
    [InlineData("a: 'it''s'\n", "it's")]
    [InlineData("a: -5.25\n", "-5.25")]
    [InlineData("a: Côte d'Ivoire\n", "Côte d'Ivoire")]
    [InlineData("a: >\n  one\n  two\n\n  three\n\n\nb: 1\n", "one two\nthree\n")]
    [InlineData("a: |\n  one\n    two\n\n  three\nb: 1\n", "one\n  two\n\nthree\n")]
    [InlineData("a: >- # note\n  one\n  two\nb: 1\n", "one two")]
    public void Scalars_are_read_as_YAML_defines_them(string text, string value)
    {
        var root = Assert.IsType<YamlMapping>(PlainYamlReader.TryRead(text));
        Assert.Equal(value, Assert.IsType<YamlScalar>(root.Entries[0].Value).Value);
        SameTree(Reference(text)!, root);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: |+\n  text\n")]
    [InlineData("a: >2\n  text\n")]
    [InlineData("a: >\n  text\n    more indented\n")]
    [InlineData("a: |\n  text")]
    [InlineData("a: one\n  two\n")]
    [InlineData("a:\n")]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("a:\t1\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: { b: 1,\n  c: 2 }\n")]
    [InlineData("a: C#\n")]
    [InlineData("? a\n: 1\n")]
    [InlineData("a: \"x\"#c\n")]
    [InlineData("")]
    [InlineData("just text\n")]
    public void What_lies_outside_the_subset_is_left_to_YamlDotNet(string text)
    {
        Assert.Null(PlainYamlReader.TryRead(text));
    }

    [Fact]
    public void Nesting_near_the_depth_limit_is_left_to_YamlDotNet()
    {
        var deep = new StringBuilder();
        for (var level = 0; level < YamlTreeBuilder.MaxDepth + 2; level++)
        {
            deep.Append(' ', 2 * level).Append("k:\n");
        }
        deep.Append(' ', 2 * (YamlTreeBuilder.MaxDepth + 2)).Append("k: 1\n");
        Assert.Null(PlainYamlReader.TryRead(deep.ToString()));
    }

    /// <summary>Truncations, deleted or duplicated lines, flipped characters and re-indented lines of the seeds.</summary>
    [Fact]
    public void Mutants_of_every_seed_are_declined_or_read_as_YamlDotNet_reads_them()
    {
        var alphabet = " :-#'\"{}[],&*!|>?%\\\nAz09.éé";
        var mutant =
            from seed in Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i])
            from kind in Gen.Int[0, Mutations.Kinds - 1]
            from at in Gen.Double[0, 1]
            from c in Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i])
            select Mutations.Apply(seed, kind, at, c);
        var read = 0;
        mutant.Sample(text => { read += DeclinesOrAgrees(text) ? 1 : 0; }, iter: 3000, seed: "0N0XIzNsQ0O2", threads: 1);
        // The comparison means something only if the plain reader answers for a good share of the mutants.
        Assert.InRange(read, 600, 3000);
    }

    /// <summary>
    /// Random documents of YAML's shapes (block and flow collections, indentless sequences, plain and quoted scalars
    /// over awkward characters, comments, blank lines, odd spacing): the grammar's corners rather than the examples'.
    /// </summary>
    [Fact]
    public void Random_yaml_shaped_documents_are_declined_or_read_as_YamlDotNet_reads_them()
    {
        var read = 0;
        Gen.Int[0, 999].Array[20, 120]
            .Select(choices => new Shapes(choices).Document())
            .Sample(text => { read += DeclinesOrAgrees(text) ? 1 : 0; }, iter: 5000, seed: "0N0XIzNsQ0O2", threads: 1);
        Assert.InRange(read, 500, 5000);
    }

    /// <summary>Renders a document from a stream of choices, so that CsCheck can generate and shrink it.</summary>
    private sealed class Shapes(int[] choices)
    {
        private static readonly string[] Plain = ["a", "id", "x y", "-5", "0.25", "é", "C#", "a:b", "it's", "~", "null", "a,b", "[x", "x]", "-", "a #b", "k: v", "?x", "%p", "@q", "a\\b", "  "];
        private static readonly string[] Quoted = ["\"q\"", "'s'", "\"a\\\"b\"", "'it''s'", "\"\\u00e9\"", "\"\\x41\"", "\"\"", "''", "\"a: b\"", "'#'"];
        private int _next;

        private int Next(int below) => _next < choices.Length ? choices[_next++] % below : 0;

        public string Document()
        {
            var text = new StringBuilder();
            if (Next(4) == 0)
            {
                text.Append("# heading\n\n");
            }
            Block(text, 0, 0);
            return text.ToString();
        }

        private string Scalar() => Next(3) == 0 ? Quoted[Next(Quoted.Length)] : Plain[Next(Plain.Length)];

        private string Flow(int depth)
        {
            var kind = depth > 2 ? 2 : Next(3);
            var n = Next(4);
            var gap = Next(2) == 0 ? " " : "";
            return kind switch
            {
                0 => "{" + gap + string.Join(", ", Enumerable.Range(0, n).Select(_ => Scalar() + ": " + Flow(depth + 1))) + gap + "}",
                1 => "[" + string.Join("," + gap, Enumerable.Range(0, n).Select(_ => Flow(depth + 1))) + "]",
                _ => Scalar(),
            };
        }

        private void Block(StringBuilder text, int indent, int depth)
        {
            var sequence = Next(3) == 0;
            var count = 1 + Next(3);
            for (var i = 0; i < count; i++)
            {
                var pad = new string(' ', indent + (Next(25) == 0 ? 1 : 0));
                text.Append(pad).Append(sequence ? "- " : Scalar() + ":" + (Next(10) == 0 ? "" : " "));
                var value = depth > 3 ? 3 : Next(7);
                switch (value)
                {
                    case 6:
                        text.Append(Next(2) == 0 ? '>' : '|').Append(Next(3) == 0 ? "-" : "").Append('\n');
                        var margin = indent + 2 + (Next(8) == 0 ? 1 : 0);
                        for (var l = 1 + Next(4); l > 0; l--)
                        {
                            text.Append(Next(5) == 0 ? "" : new string(' ', margin + (Next(8) == 0 ? 2 : 0)) + Scalar()).Append('\n');
                        }
                        break;
                    case 0 or 1:
                        text.Append(Next(6) == 0 ? "  # note" : "").Append('\n');
                        if (Next(8) == 0)
                        {
                            text.Append('\n');
                        }
                        Block(text, indent + (sequence || Next(4) != 0 ? 2 : 0), depth + 1);
                        break;
                    case 2:
                        text.Append(Flow(depth)).Append('\n');
                        break;
                    default:
                        text.Append(Scalar()).Append(Next(6) == 0 ? " # note" : "").Append('\n');
                        break;
                }
            }
        }
    }

    private static string Generated(int actors, int issues)
    {
        var text = new StringBuilder("name: generated\nactors:\n");
        for (var a = 0; a < actors; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: A{a}, capability: {1 + a % 99} }}\n");
        }
        text.Append("issues:\n");
        for (var i = 0; i < issues; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: I{i}\n    scale: {{ min: 0, max: 100 }}\n    positions:\n");
            for (var a = 0; a < actors; a++)
            {
                text.Append(CultureInfo.InvariantCulture, $"      A{a}: {{ position: {(a * 37 + i) % 101}, salience: {0.01 + (a * 13 % 99) / 100.0} }}\n");
            }
        }
        return text.ToString();
    }
}

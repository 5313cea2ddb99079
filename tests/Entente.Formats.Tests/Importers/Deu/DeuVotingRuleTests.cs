using CsCheck;
using Entente.Domain;
using Entente.Domain.Validation;
using Entente.Formats.Importers.Deu;

namespace Entente.Formats.Tests.Importers.Deu;

/// <summary>Council voting rules written as the development split does not: variants read with a warning, the rest refused or skipped.</summary>
public class DeuVotingRuleTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "deu", "deu3-dev.tsv"));
    private static readonly string[] Lines = Text.Split('\n');
    private static readonly int Column = Lines[0].Split('\t').Select(h => h.Trim('"')).ToList().IndexOf("counvte");

    /// <summary>The table with the rule of file line <paramref name="line"/> written as <paramref name="code"/>; and the 1-based column of that cell.</summary>
    private static (string Text, int Column) WithRule(int line, string code)
    {
        var lines = (string[])Lines.Clone();
        var cells = lines[line - 1].Split('\t');
        cells[Column] = code;
        lines[line - 1] = string.Join('\t', cells);
        return (string.Join('\n', lines), string.Join('\t', cells.Take(Column)).Length + 2);
    }

    [Theory]
    [InlineData("QMV(10)", "QMV")]
    [InlineData("qmv", "QMV")]
    [InlineData("QMV (art. 95)", "QMV")]
    [InlineData("Qualified majority", "QMV")]
    [InlineData("qualified-majority-voting", "QMV")]
    [InlineData("Unanimity", "Unan")]
    [InlineData("UNAN(3)", "Unan")]
    [InlineData("unan.", "Unan")]
    public void A_variant_of_the_codebooks_rule_is_read_as_the_rule_with_a_warning_naming_its_cell(string code, string rule)
    {
        var (text, column) = WithRule(3, code);

        var dataset = DeuImporter.Import(text, "held.tsv");

        Assert.Equal(rule, dataset.Issues[0].CouncilRule);
        var warning = Assert.Single(dataset.Warnings);
        Assert.Equal(("held.tsv", 3, column, "counvte", Severity.Warning), (warning.File, warning.Line, warning.Column, warning.Field, warning.Severity));
        Assert.Contains($"read as {rule}", warning.Message, StringComparison.Ordinal);
        var expected = rule == "QMV" ? Entente.Domain.Eu.CouncilRegimes.At(dataset.Issues[0].DecisionDate).Rule : DecisionRule.Consensus;
        Assert.Equal(expected, dataset.Issues[0].Scenario.Issues[0].DecisionRule);
    }

    [Theory]
    [InlineData("QMV+Unan")]
    [InlineData("majority")]
    [InlineData("Q")]
    [InlineData("QMV(10")]
    [InlineData("simple majority")]
    [InlineData("2")]
    public void An_unknown_code_is_an_error_at_its_file_line_and_column(string code)
    {
        var (text, column) = WithRule(5, code);

        var e = Assert.Throws<ScenarioLoadException>(() => DeuImporter.Import(text, "held.tsv"));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("held.tsv", 5, column, "counvte"), (d.File, d.Line, d.Column, d.Field));
        Assert.Equal($"held.tsv:5:{column}: error: counvte: '{code}' is not a Council voting rule (QMV or Unan, or a variant such as QMV(10), Unanimity or qualified majority)", d.ToString());
    }

    [Fact]
    public void Skipping_bad_rows_reads_the_rest_and_lists_each_row_left_out()
    {
        var (once, _) = WithRule(5, "majority");
        var twice = WithRule(7, "??").Text.Split('\n').Select((l, i) => i == 4 ? once.Split('\n')[4] : l);

        var dataset = DeuImporter.Import(string.Join('\n', twice), "held.tsv", skipBadRows: true);

        Assert.Equal(248, dataset.Issues.Count);
        Assert.Equal([5, 7], dataset.SkippedLines);
        Assert.DoesNotContain(dataset.Issues, i => i.Line is 5 or 7);
        Assert.All(dataset.Skipped, d => Assert.Equal("counvte", d.Field));
        Assert.Throws<ScenarioLoadException>(() => DeuImporter.Import(string.Join('\n', twice), "held.tsv"));
    }

    [Fact]
    public void A_mutated_code_is_read_as_the_rule_its_letters_name_or_refused_never_misread()
    {
        // Mutations of the two codes: case, a note in parentheses, spaces, a character dropped, inserted or replaced.
        var gen = from start in Gen.OneOf(Gen.Const("QMV"), Gen.Const("Unan"), Gen.Const("Unanimity"), Gen.Const("qualified majority"))
                  from kind in Gen.Int[0, 5]
                  from at in Gen.Double[0, 1]
                  from other in Gen.Char["QMVUnaqmvu()0123456789 .-,/+*?xX\"\t"]
                  from note in Gen.Int[0, 30]
                  select Mutate(start, kind, at, other, note);
        gen.Sample(code =>
        {
            if (code.Contains('\t') || code.Contains('"') || code.Length == 0)
            {
                return; // a tab or a quote changes the row's cells, not the code; an empty code is "missing value"
            }
            var (text, column) = WithRule(3, code);
            DeuDataset dataset;
            try
            {
                dataset = DeuImporter.Import(text, "fuzz.tsv");
            }
            catch (ScenarioLoadException e)
            {
                // The reader trims the cell, and points at its first character that is not a space.
                var leading = code.Length - code.TrimStart().Length;
                Assert.Contains(e.Diagnostics, d => d.Line == 3 && d.Column == column + leading && d.Field == "counvte");
                return;
            }
            var read = dataset.Issues[0].CouncilRule;
            var letters = new string(code.Where(char.IsLetter).ToArray()).ToUpperInvariant();
            // The rule read is the one the code's letters spell, and anything but the exact code is said.
            Assert.True(read == "QMV" ? letters.StartsWith("QMV", StringComparison.Ordinal) || letters.StartsWith("QUALIFIEDMAJORITY", StringComparison.Ordinal)
                : letters.StartsWith("UNAN", StringComparison.Ordinal), $"'{code}' read as {read}");
            Assert.Equal(code.Trim() is "QMV" or "Unan" ? 0 : 1, dataset.Warnings.Count); // the reader trims spaces around a cell
        }, iter: 400);
    }

    private static string Mutate(string code, int kind, double at, char other, int note)
    {
        var i = (int)(at * code.Length);
        return kind switch
        {
            0 => code.ToLowerInvariant(),
            1 => $"{code}({note})",
            2 => $" {code} ",
            3 => code.Remove(Math.Min(i, code.Length - 1), 1),
            4 => code.Insert(i, other.ToString()),
            _ => code[..Math.Min(i, code.Length - 1)] + other + code[(Math.Min(i, code.Length - 1) + 1)..],
        };
    }
}

using CsCheck;
using Entente.Domain;
using Entente.Domain.Eu;
using Entente.Formats.Importers.Deu;

namespace Entente.Formats.Tests.Importers.Deu;

public class DeuImporterTests
{
    private static readonly string PathOfDev = Path.Combine(AppContext.BaseDirectory, "data", "deu", "deu3-dev.tsv");
    private static readonly string Text = File.ReadAllText(PathOfDev);
    private static readonly DeuDataset Dev = DeuImporter.Load(PathOfDev);

    /// <summary>The raw cells of a file line, quotes removed, for checking the importer against the file itself.</summary>
    private static Dictionary<string, string> RawRow(int line)
    {
        var lines = Text.Split('\n');
        var header = lines[0].TrimEnd('\r').Split('\t').Select(h => h.Trim('"')).ToArray();
        var cells = lines[line - 1].TrimEnd('\r').Split('\t').Select(c => c.Trim('"')).ToArray();
        return header.Select((h, i) => (h, i < cells.Length ? cells[i] : "")).ToDictionary(x => x.h, x => x.Item2);
    }

    [Fact]
    public void The_development_split_has_250_issues_of_94_proposals_247_with_an_outcome()
    {
        var dataLines = Text.Split('\n').Skip(2).Count(l => l.Trim().Length > 0);
        Assert.Equal(dataLines, Dev.Issues.Count);
        Assert.Equal(250, Dev.Issues.Count);
        Assert.Equal(94, Dev.Issues.Select(i => i.ProposalId).Distinct().Count());
        Assert.Equal(247, Dev.Scored.Count());
    }

    [Fact]
    public void The_dataset_keeps_the_text_it_was_read_from_for_the_run_store()
    {
        Assert.Equal(Text, Dev.Text);
    }

    [Fact]
    public void Every_issue_is_a_valid_one_issue_scenario_with_the_Council_of_its_day()
    {
        foreach (var issue in Dev.Issues)
        {
            Assert.Single(issue.Scenario.Issues);
            // The members of the regime in force, the Commission and the Parliament, and any non-member the
            // table gives a position (as a non-voting observer).
            var regime = CouncilRegimes.At(issue.DecisionDate);
            var observers = issue.Scenario.Stances.Select(s => s.ActorId).Count(id => DeuActors.IsMemberState(id) && !regime.Weights.ContainsKey(id));
            Assert.Equal(regime.Weights.Count + 2 + observers, issue.Scenario.Actors.Count);
            Assert.All(issue.Scenario.Actors.Where(a => !DeuActors.IsMemberState(a.Id)), a => Assert.Contains(DeuActors.NonVotingGroup, a.Groups));
            Assert.Equal(issue.CouncilRule == "QMV" ? regime.Rule : DecisionRule.Consensus, issue.Scenario.Issues[0].DecisionRule);
            Assert.Equal(SalienceScale.Percent, issue.Scenario.SalienceScale);
            Assert.DoesNotContain(Entente.Domain.Validation.ScenarioValidator.Validate(issue.Scenario),
                p => p.Severity == Entente.Domain.Validation.Severity.Error);
        }
    }

    [Fact]
    public void The_first_issue_reads_as_the_file_writes_it()
    {
        var raw = RawRow(3);
        var issue = Dev.Issues[0];
        Assert.Equal("d00032i1", issue.Id);
        Assert.Equal(raw["isnr"], issue.Id);
        Assert.Equal("d00032", issue.ProposalId);
        Assert.Equal("COD", issue.Procedure);
        Assert.Equal("QMV", issue.CouncilRule);
        Assert.Equal(new DateOnly(2000, 1, 26), issue.Introduced); // "26-01-00"
        Assert.Equal(new DateOnly(2001, 5, 30), issue.FinalAct); // "1930-05-01": 30-05-01 read as yy-mm-dd
        Assert.Equal(100, issue.Outcome);
        Assert.Equal(0, issue.Scenario.Issues[0].StatusQuo);
        Assert.Equal(DecisionRuleKind.QualifiedMajority, issue.Scenario.Issues[0].DecisionRule.Kind);
        Assert.Equal(62.0 / 87, issue.Scenario.Issues[0].DecisionRule.Threshold);
        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void Positions_and_saliences_are_the_files_cells_and_an_empty_position_means_no_stance()
    {
        foreach (var (issue, line) in Dev.Issues.Select(i => (i, i.Line)).Take(40))
        {
            var raw = RawRow(line);
            foreach (var (actor, _) in DeuActors.All)
            {
                var stance = issue.Scenario.Stances.SingleOrDefault(s => s.ActorId == actor);
                if (raw["p" + actor].Length == 0)
                {
                    Assert.Null(stance);
                    continue;
                }
                Assert.NotNull(stance);
                Assert.Equal(double.Parse(raw["p" + actor], System.Globalization.CultureInfo.InvariantCulture), stance.Position);
                var salience = raw["s" + actor];
                Assert.Equal(salience.Length == 0 ? DeuImporter.MissingSalience : double.Parse(salience, System.Globalization.CultureInfo.InvariantCulture), stance.Salience);
            }
        }
    }

    [Fact]
    public void Line_two_gives_GDP_per_actor()
    {
        Assert.Equal(4.1, Dev.Gdp["de"]);
        Assert.Equal(4.1, Dev.Gdp["com"]);
        Assert.Equal(2.64, Dev.Gdp["uk"]);
        Assert.Equal(0.02, Dev.Gdp["mt"]);
    }

    [Fact]
    public void Unanimity_becomes_consensus_and_co_decision_makes_the_Parliament_a_co_legislator()
    {
        var unanimous = Dev.Issues.First(i => i.CouncilRule == "Unan");
        Assert.Equal(DecisionRuleKind.Consensus, unanimous.Scenario.Issues[0].DecisionRule.Kind);
        var cod = Dev.Issues.First(i => i.Procedure == "COD");
        Assert.Contains(DeuActors.CoLegislatorGroup, cod.Scenario.FindActor("ep")!.Groups);
        var cns = Dev.Issues.First(i => i.Procedure == "CNS");
        Assert.Contains(DeuActors.ConsultedGroup, cns.Scenario.FindActor("ep")!.Groups);
    }

    [Theory]
    [InlineData("26-01-00", null, "2000-01-26")]
    [InlineData("14-09-2016", null, "2016-09-14")]
    [InlineData("1931-10-08", "2006-01-01", "2008-10-31")]
    [InlineData("2018-10-06", "2006-01-01", "2006-10-18")]
    [InlineData("2017-04-19", "2016-09-14", "2017-04-19")]
    [InlineData("2018-12-09", "2007-11-13", "2009-12-18")]
    public void Mangled_dates_read_as_the_reading_closest_after_the_anchor(string text, string? anchor, string expected)
    {
        var picked = DeuDates.Pick(DeuDates.Readings(text), anchor is null ? null : DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), picked);
    }

    [Fact]
    public void A_bad_cell_is_reported_with_its_line_column_and_field()
    {
        var lines = Text.Split('\n');
        var cells = lines[2].Split('\t');
        var header = lines[0].Split('\t').Select(h => h.Trim('"')).ToList();
        var at = header.IndexOf("pfr");
        cells[at] = "lots";
        lines[2] = string.Join('\t', cells);
        var e = Assert.Throws<ScenarioLoadException>(() => DeuImporter.Import(string.Join('\n', lines), "bad.tsv"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("bad.tsv", 3, "pfr"), (d.File, d.Line, d.Field));
        Assert.Equal(string.Join('\t', cells.Take(at)).Length + 2, d.Column);
    }

    [Fact]
    public void An_off_scale_outcome_and_a_missing_column_are_errors()
    {
        var e = Assert.Throws<ScenarioLoadException>(() => DeuImporter.Import(Text.Replace("\"out\"", "\"outcome\"", StringComparison.Ordinal), "x.tsv"));
        Assert.Contains(e.Diagnostics, d => d.Message.Contains("missing column 'out'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_DEU_table_given_as_a_scenario_points_to_the_backtest_command()
    {
        var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(Text, "deu.tsv"));
        Assert.Contains("entente backtest", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Junk_made_from_the_table_never_crashes_the_importer()
    {
        var lines = Text.Split('\n').Take(12).ToArray();
        var gen = from drop in Gen.Int[0, lines.Length - 1]
                  from at in Gen.Double[0, 1]
                  from junk in Gen.String
                  from kind in Gen.Int[0, 2]
                  select Mutate(lines, drop, at, junk, kind);
        gen.Sample(text =>
        {
            try
            {
                DeuImporter.Import(text, "fuzz.tsv");
            }
            catch (ScenarioLoadException)
            {
                // Refusing junk is the expected outcome.
            }
        }, iter: 500);
    }

    // The third line (the first issue) with one cell replaced, or cut after a number of cells.
    private static string WithFirstIssue(Func<List<string>, string[], IEnumerable<string>> edit)
    {
        var lines = Text.Split('\n');
        var header = lines[0].Split('\t').Select(h => h.Trim('"')).ToList();
        lines[2] = string.Join('\t', edit(header, lines[2].Split('\t')));
        return string.Join('\n', lines);
    }

    private static Diagnostic SingleProblem(string text)
    {
        var e = Assert.Throws<ScenarioLoadException>(() => DeuImporter.Import(text, "bad.tsv"));
        return Assert.Single(e.Diagnostics);
    }

    [Fact]
    public void A_GDP_figure_too_large_for_the_capability_sums_is_an_error()
    {
        var lines = Text.Split('\n');
        var header = lines[0].Split('\t').Select(h => h.Trim('"')).ToList();
        var cells = lines[1].Split('\t');
        cells[header.IndexOf("pde")] = "1e308";
        lines[1] = string.Join('\t', cells);
        var d = SingleProblem(string.Join('\n', lines));
        Assert.Equal((2, "gdp.de"), (d.Line, d.Field));
    }

    [Fact]
    public void A_date_part_too_long_for_a_year_is_not_a_date_rather_than_an_overflow()
    {
        Assert.Empty(DeuDates.Readings("26-01-99999999999999"));
        var d = SingleProblem(WithFirstIssue((header, cells) => cells.Select((c, i) => i == header.IndexOf("intro") ? "26-01-123456789012" : c)));
        Assert.Equal((3, "intro"), (d.Line, d.Field));
        Assert.Contains("is not a date", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issue_row_where_nobody_takes_a_position_is_an_error_at_its_first_position_cell()
    {
        var d = SingleProblem(WithFirstIssue((header, cells) => cells.Select((c, i) => DeuActors.All.Any(a => header[i] == "p" + a.Id) ? "" : c)));
        Assert.Equal((3, "pcom"), (d.Line, d.Field));
        Assert.Contains("no positions", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cod")]
    [InlineData("SYN")]
    [InlineData("anything")]
    public void An_unknown_procedure_code_is_an_error_not_a_consultation(string code)
    {
        var d = SingleProblem(WithFirstIssue((header, cells) => cells.Select((c, i) => i == header.IndexOf("proc") ? $"\"{code}\"" : c)));
        Assert.Equal((3, "proc"), (d.Line, d.Field));
        Assert.Contains("COD or CNS", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_cut_mid_row_is_an_error_where_the_row_stops()
    {
        var cut = string.Join('\n', Text.Split('\n').Take(4)) + "\n" + string.Join('\t', Text.Split('\n')[4].Split('\t').Take(30));
        var d = SingleProblem(cut);
        Assert.Equal(5, d.Line);
        Assert.Contains("cut short", d.Message, StringComparison.Ordinal);
        // Where the next cell would have begun, after the last separator.
        Assert.Equal(string.Join('\t', Text.Split('\n')[4].Split('\t').Take(30)).Length + 2, d.Column);
    }

    private static string Mutate(string[] lines, int drop, double at, string junk, int kind)
    {
        var joined = string.Join('\n', lines.Where((_, i) => kind != 0 || i != drop));
        var position = (int)(at * joined.Length);
        return kind == 2 ? joined[..position] : joined[..position] + junk + joined[position..];
    }
}

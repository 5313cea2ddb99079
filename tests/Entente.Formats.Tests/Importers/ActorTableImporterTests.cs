using Entente.Domain;
using Entente.Domain.Validation;

namespace Entente.Formats.Tests.Importers;

public class ActorTableImporterTests
{
    private const string File = "scholz-ec-cars/actors.csv";

    [Fact]
    public void The_EC_cars_table_is_one_issue_with_ten_actors_named_after_the_file()
    {
        var document = Reference.Load(File);
        var scenario = document.Scenario;

        Assert.Equal(ScenarioFormat.ActorTable, document.Format);
        Assert.Equal("actors", scenario.Name);
        Assert.Equal(["actors"], scenario.Issues.Select(i => i.Id));
        Assert.Equal(10, scenario.Actors.Count);
        Assert.Equal(10, scenario.Stances.Count);
        Assert.Equal(SalienceScale.Unit, scenario.SalienceScale);
    }

    [Fact]
    public void Each_row_gives_the_actors_capability_and_its_stance()
    {
        var scenario = Reference.Load(File).Scenario;

        // "UK,0.16,10,0.9" on line 8.
        Assert.Equal("UK,0.16,10,0.9", Reference.Line(File, 8));
        var uk = scenario.FindActor("UK")!;
        Assert.Equal(0.16, uk.Capability);
        var stance = scenario.Stances.Single(s => s.ActorId == "UK");
        Assert.Equal(10, stance.Position);
        Assert.Equal(0.9, stance.Salience);
        Assert.Null(stance.Capability);
    }

    [Fact]
    public void Positions_within_zero_to_ten_give_the_BDM_scale()
    {
        var scale = Reference.Load(File).Scenario.Issues[0].Scale;

        Assert.Equal((0.0, 10.0), (scale.Min, scale.Max));
    }

    [Fact]
    public void The_reference_table_is_valid()
    {
        var problems = Reference.Load(File).Validate();

        Assert.DoesNotContain(problems, p => p.Severity == Severity.Error);
    }

    [Theory]
    [InlineData(new[] { 4.0, 50 }, 0, 100)]
    [InlineData(new[] { -5.0, 250 }, -5, 250)]
    [InlineData(new[] { 0.0, 10 }, 0, 10)]
    public void The_scale_widens_to_fit_the_positions(double[] positions, double min, double max)
    {
        var text = "Actor,Capability,Position,Salience\n" + string.Join("\n", positions.Select((p, i) => $"A{i},1,{p},0.5"));

        var scale = ScenarioFiles.Parse(text, "t.csv").Scenario.Issues[0].Scale;

        Assert.Equal((min, max), (scale.Min, scale.Max));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_case_with_spaces_and_trailing_cells()
    {
        const string text = " salience , ACTOR,position ,Capability,,\nB0.5 ,x,1,2\n60, NL , 7 , 0.3,,\n";

        var ex = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "cars.csv"));
        Assert.Contains(ex.Diagnostics, d => d.Line == 2 && d.Column == 1 && d.Message.Contains("'B0.5'", StringComparison.Ordinal));

        var fixedText = text.Replace("B0.5 ,x,1,2", "0.5 ,x,1,2", StringComparison.Ordinal);
        var scenario = ScenarioFiles.Parse(fixedText, "cars.csv").Scenario;
        Assert.Equal(SalienceScale.Percent, scenario.SalienceScale);
        Assert.Equal(new Stance { ActorId = "NL", IssueId = "cars", Position = 7, Salience = 60 }, scenario.Stances[1]);
        Assert.Equal(0.3, scenario.FindActor("NL")!.Capability);
    }

    [Fact]
    public void Validation_problems_point_at_the_row_and_cell()
    {
        const string text = "Actor,Capability,Position,Salience\nA,1,3,0.5\nB,-2,4,0.5\n";

        var problem = ScenarioFiles.Parse(text, "t.csv").Validate().Single(d => d.Severity == Severity.Error);

        Assert.Equal((3, 3, "capability"), (problem.Line, problem.Column, problem.Field));
    }

    [Fact]
    public void A_cell_that_does_not_parse_does_not_hide_the_other_rows_problems()
    {
        const string text = "Actor,Capability,Position,Salience\nA,1,50,0.5\nB,x,60,0.5\nC,-1,70,0.7\n";

        var problems = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "t.csv")).Diagnostics;

        Assert.Equal(
            [(3, 3, "actors[1].capability", "'x' is not a finite number"), (4, 3, "actors[2].capability", "capability of actor 'C' must be positive and finite (got -1)")],
            problems.Select(d => (d.Line!.Value, d.Column!.Value, d.Field, d.Message)).ToArray());
    }

    [Fact]
    public void Saliences_that_mix_the_two_scales_are_a_warning_on_each_small_one()
    {
        const string text = "Actor,Capability,Position,Salience\nA,1,50,0.5\nB,1,60,50\nC,1,70,80\n";

        var document = ScenarioFiles.Parse(text, "t.csv");

        Assert.Equal(SalienceScale.Percent, document.Scenario.SalienceScale);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal((2, 8, Severity.Warning), (warning.Line!.Value, warning.Column!.Value, warning.Severity));
        Assert.Equal("salience 0.5 of 'A' reads as 0.5% on the 0-100 scale this table uses (another row has 50); if it was meant on 0-1, write 50", warning.Message);
        Assert.Empty(ScenarioFiles.Parse("Actor,Capability,Position,Salience\nA,1,50,5\nB,1,60,50\n", "u.csv").Warnings);
    }

    [Fact]
    public void A_row_longer_than_the_header_is_an_error_at_its_first_extra_value_not_a_silent_misreading()
    {
        // A decimal comma: "0,4" splits into two cells, and the salience would read as 0.
        const string text = "Actor,Capability,Position,Salience\nA,1,7,0,4\nB,1,3,0.5\n";
        var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "t.csv"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal((2, 9, "actors[0]"), (d.Line, d.Column, d.Field));
        Assert.Contains("decimal comma", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_empty_cells_are_not_extra_values()
    {
        var scenario = ScenarioFiles.Parse("Actor,Capability,Position,Salience\nA,1,7,0.4,,\nB,1,3,0.5\n", "t.csv").Scenario;
        Assert.Equal(0.4, scenario.Stances[0].Salience);
    }

    [Fact]
    public void A_table_where_every_row_is_wrong_reports_the_first_thousand_problems_and_counts_the_rest()
    {
        var rows = Enumerable.Range(0, 3000).Select(i => $"A{i},lots,7,0.5");
        var text = "Actor,Capability,Position,Salience\n" + string.Join('\n', rows) + "\n";

        var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "t.csv"));

        Assert.Equal(1001, e.Diagnostics.Count);
        Assert.Equal(2, e.Diagnostics[0].Line);
        Assert.Contains("more problems not shown", e.Diagnostics[^1].Message, StringComparison.Ordinal);
        Assert.StartsWith("2000 more", e.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kept_problem_is_handed_on_as_it_is_found_before_the_read_ends()
    {
        // Row 2 is the only bad row in the first half; the callback sees it while later rows are still unread,
        // which the row-2000 problem, reported after it, shows.
        var rows = Enumerable.Range(0, 3000).Select(i => i is 0 or 1998 ? $"A{i},lots,7,0.5" : $"A{i},1,7,0.5");
        var text = "Actor,Capability,Position,Salience\n" + string.Join('\n', rows) + "\n";
        var found = new List<Diagnostic>();

        var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "t.csv", found.Add));

        Assert.Equal([2, 2000], found.Select(d => d.Line!.Value).ToArray());
        Assert.Equal(e.Diagnostics, found);
    }

    [Fact]
    public void Only_the_kept_thousand_are_handed_on_and_the_count_of_the_rest_comes_with_the_error()
    {
        var rows = Enumerable.Range(0, 1500).Select(i => $"A{i},lots,7,0.5");
        var text = "Actor,Capability,Position,Salience\n" + string.Join('\n', rows) + "\n";
        var found = new List<Diagnostic>();

        var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "t.csv", found.Add));

        Assert.Equal(1000, found.Count);
        Assert.Equal(e.Diagnostics.Take(1000), found);
        Assert.StartsWith("500 more", e.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_with_a_fifth_column_is_an_actor_table_with_an_error_at_that_column()
    {
        var text = "Actor,Capability,Position,Salience,Extra\nA,1,2,0.5,x\nB,1,8,0.5,y\n";

        var problems = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "five.csv")).Diagnostics;

        Assert.Equal(
            [(1, 36, "header", "unknown column 'Extra': an actor table has the columns Actor,Capability,Position,Salience and no others")],
            problems.Select(d => (d.Line!.Value, d.Column!.Value, d.Field, d.Message)).ToArray());
    }
}

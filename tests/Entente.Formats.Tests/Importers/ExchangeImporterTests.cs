using Entente.Domain;
using Entente.Domain.Validation;

namespace Entente.Formats.Tests.Importers;

public class ExchangeImporterTests
{
    [Theory]
    [InlineData("exchange/cop21.csv", 15, 13, 181)]
    [InlineData("exchange/cop21-2016-semicolon.csv", 15, 13, 181)]
    [InlineData("exchange/copenhagen.csv", 11, 7, 75)]
    [InlineData("exchange/copenhagen_with_errors.csv", 11, 7, 75)]
    [InlineData("exchange/sample_data.txt", 10, 6, 60)]
    public void Every_exchange_file_imports_whatever_its_separator_quotes_or_extension(string file, int actors, int issues, int stances)
    {
        var document = Reference.Load(file);

        Assert.Equal(ScenarioFormat.Exchange, document.Format);
        Assert.Equal(actors, document.Scenario.Actors.Count);
        Assert.Equal(issues, document.Scenario.Issues.Count);
        Assert.Equal(stances, document.Scenario.Stances.Count);
        Assert.Equal(SalienceScale.Unit, document.Scenario.SalienceScale);
    }

    [Fact]
    public void Cop21_D_rows_give_position_salience_and_power_per_actor_and_issue()
    {
        const string file = "exchange/cop21.csv";
        Assert.Contains("'#D'\t'USA'\t'amb2050'\t30.0\t0.6\t1.0", File.ReadAllLines(Reference.PathOf(file)));

        var scenario = Reference.Load(file).Scenario;

        Assert.Equal("cop21", scenario.Name);
        Assert.Equal(new Stance { ActorId = "USA", IssueId = "amb2050", Position = 30, Salience = 0.6, Capability = 1.0 },
            scenario.Stances.Single(s => s is { ActorId: "USA", IssueId: "amb2050" }));
        Assert.Equal("African_grp", scenario.Actors[0].Id);
        Assert.Equal(new IssueScale { Min = 0, Max = 100 }, scenario.FindIssue("mrv")!.Scale);
        Assert.DoesNotContain(Reference.Load(file).Validate(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Semicolon_cop21_keeps_its_name_provenance_and_scale_meanings()
    {
        var scenario = Reference.Load("exchange/cop21-2016-semicolon.csv").Scenario;

        Assert.Equal("CoP21 Paris negotiations (power scores based on expert judgements)", scenario.Name);
        Assert.StartsWith("Data consolidated on 2 Oct 2015", Assert.Single(scenario.Sources), StringComparison.Ordinal);
        var mrv = scenario.FindIssue("mrv")!;
        Assert.Equal("mitigation mrv and compliance", mrv.Name);
        Assert.Equal(new ScalePoint(45, "ICA plus multilateral consultative process"), mrv.Scale.Labels[1]);
        Assert.Equal(5, mrv.Scale.Labels.Count);
        Assert.Contains('\uFFFD', scenario.FindIssue("differentiation")!.Scale.Labels[3].Label);
        Assert.Equal(new Stance { ActorId = "USA", IssueId = "eaa", Position = 100, Salience = 0.4, Capability = 1 }, scenario.Stances[^1]);
    }

    [Fact]
    public void M_rows_set_the_scale_from_their_smallest_to_largest_point()
    {
        var scale = Reference.Load("exchange/sample_data.txt").Scenario.FindIssue("tol-hoogte")!.Scale;

        Assert.Equal((0.5, 7.0), (scale.Min, scale.Max));
    }

    [Fact]
    public void The_deliberate_errors_of_copenhagen_are_found_on_their_lines()
    {
        const string file = "exchange/copenhagen_with_errors.csv";
        Assert.Equal("#D\tRussia\tControl\t160\t0.1\t0.013", Reference.Line(file, 86));
        Assert.Equal("#D\tChina India\tControl\t75\t0.75\t-0.247", Reference.Line(file, 87));

        var errors = Reference.Load(file).Validate().Where(d => d.Severity == Severity.Error).ToArray();

        Assert.Equal(2, errors.Length);
        Assert.Equal((86, 19, "position"), (errors[0].Line, errors[0].Column, errors[0].Field));
        Assert.Contains("160", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal((87, 32, "capability"), (errors[1].Line, errors[1].Column, errors[1].Field));
        Assert.Contains("-0.247", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_tag_and_a_bad_number_are_both_reported_with_their_lines()
    {
        const string text = "#A;X;X\n#A;Y;Y\n#P;i;i\n#Q;what\n#D;X;i;4o;0.5;1\n#D;Y;i;5;0.5;1\n";

        var ex = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "e.csv"));

        Assert.Equal([(4, 1), (5, 8)], ex.Diagnostics.Select(d => (d.Line!.Value, d.Column!.Value)));
        Assert.Contains("'#Q'", ex.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_actors_in_D_rows_are_left_to_validation_which_points_at_the_cell()
    {
        const string text = "#A,X,X\n#A,Y,Y\n#P,i,i\n#D,X,i,4,0.5,1\n#D,Z,i,5,0.5,1\n";

        var problem = ScenarioFiles.Parse(text, "e.csv").Validate().First(d => d.Severity == Severity.Error);

        Assert.Equal((5, 4, "actor"), (problem.Line, problem.Column, problem.Field));
    }

    [Fact]
    public void A_data_row_with_more_cells_than_its_tag_takes_is_an_error_at_the_first_extra_value()
    {
        const string text = "#A,a,A\n#A,b,B\n#P,x,X\n#D,a,x,10,0,4,1\n#D,b,x,90,0.5,1\n";
        var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "e.csv"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal((4, 15), (d.Line, d.Column));
        Assert.Contains("at most 6 cells", d.Message, StringComparison.Ordinal);
    }
}

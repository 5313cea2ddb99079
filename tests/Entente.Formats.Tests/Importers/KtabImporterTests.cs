using Entente.Domain;
using Entente.Domain.Validation;

namespace Entente.Formats.Tests.Importers;

public class KtabImporterTests
{
    [Theory]
    [InlineData("ktab/dummyData-a040.csv", 40, 1)]
    [InlineData("ktab/dummyData-a080.csv", 80, 1)]
    [InlineData("ktab/dummyData-a160.csv", 160, 1)]
    [InlineData("ktab/dummyData_3Dim.csv", 7, 3)]
    [InlineData("ktab/dummyData_6Dim.csv", 27, 6)]
    [InlineData("ktab/SOE-Competitive.csv", 34, 1)]
    [InlineData("ktab/SOE-Policy.csv", 26, 1)]
    [InlineData("ktab/SOE-Pol-Comp.csv", 13, 2)]
    public void Every_KTAB_file_imports_with_the_counts_line_one_declares(string file, int actors, int dimensions)
    {
        var document = Reference.Load(file);
        var scenario = document.Scenario;

        Assert.Equal(ScenarioFormat.Ktab, document.Format);
        Assert.Equal(actors, scenario.Actors.Count);
        Assert.Equal(dimensions, scenario.Issues.Count);
        Assert.Equal(actors * dimensions, scenario.Stances.Count);
        Assert.Equal(SalienceScale.Percent, scenario.SalienceScale);
        Assert.All(scenario.Issues, issue => Assert.Equal(IssueScale.Percent, issue.Scale));
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Issue_ids_come_from_the_position_headers()
    {
        Assert.Equal(["policy", "competitive"], Reference.Load("ktab/SOE-Pol-Comp.csv").Scenario.Issues.Select(i => i.Id));
        Assert.Equal(["dim1", "dim2", "dim3"], Reference.Load("ktab/dummyData_3Dim.csv").Scenario.Issues.Select(i => i.Id));
        Assert.Equal(["xyz"], Reference.Load("ktab/dummyData-a040.csv").Scenario.Issues.Select(i => i.Id));
        Assert.Equal("dim5", Reference.Load("ktab/dummyData_6Dim.csv").Scenario.Issues[5].Id);
    }

    [Fact]
    public void Rows_give_power_as_capability_and_a_stance_per_dimension()
    {
        const string file = "ktab/SOE-Pol-Comp.csv";
        Assert.StartsWith("LK,Li Keqiang,                             60.2,45,44.7,65,41.3,", Reference.Line(file, 4), StringComparison.Ordinal);

        var scenario = Reference.Load(file).Scenario;

        Assert.Equal("China Policy/Competitive; scen 2", scenario.Name);
        Assert.Equal("Scenario-0002;Combined Policy and Competitive", scenario.Description);
        var lk = scenario.FindActor("LK")!;
        Assert.Equal(("Li Keqiang", 60.2), (lk.Description, lk.Capability!.Value));
        Assert.Equal(new Stance { ActorId = "LK", IssueId = "policy", Position = 45, Salience = 44.7 }, scenario.Stances.Single(s => s is { ActorId: "LK", IssueId: "policy" }));
        Assert.Equal(new Stance { ActorId = "LK", IssueId = "competitive", Position = 65, Salience = 41.3 }, scenario.Stances.Single(s => s is { ActorId: "LK", IssueId: "competitive" }));
    }

    [Fact]
    public void Spaced_cells_and_windows_line_ends_read_as_numbers()
    {
        // "SActor-00, Random Spatial Actor, 102.543, 75.79, 49.53,  6.37,  5.91, 70.45, 28.15," on line 3.
        var three = Reference.Load("ktab/dummyData_3Dim.csv").Scenario;
        Assert.Equal(102.543, three.Actors[0].Capability);
        Assert.Equal(6.37, three.Stances.Single(s => s is { ActorId: "SActor-00", IssueId: "dim2" }).Position);

        // "AA26,Actor 26,33.33,0,26.66,50,26.66,50,6.67,50,6.67,0,26.66,50,6.67" with CRLF.
        var six = Reference.Load("ktab/dummyData_6Dim.csv").Scenario;
        Assert.Equal(6.67, six.Stances.Single(s => s is { ActorId: "AA26", IssueId: "dim5" }).Salience);
        Assert.Equal("Combined", six.Name);
    }

    [Fact]
    public void A_count_that_disagrees_with_the_rows_is_reported_on_line_one()
    {
        const string text = "Case,Desc,3,1,\nActor,Description,Power,P Position,P Salience,\nA,a,1,10,50,\nB,b,1,20,50,\n";

        var ex = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "k.csv"));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal((1, 11), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("declares 3 actor(s) but the file has 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_numbers_and_short_rows_are_all_reported()
    {
        const string text = "Case,Desc,2,1,\nActor,Description,Power,P Position,P Salience,\nA,a,x,10,50,\nB,b,1,20\n";

        var ex = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(text, "k.csv"));

        Assert.Contains(ex.Diagnostics, d => d.Line == 3 && d.Column == 5 && d.Message.Contains("'x'", StringComparison.Ordinal));
        Assert.Contains(ex.Diagnostics, d => d.Line == 4 && d.Message.Contains("expected 5 cells", StringComparison.Ordinal));
    }
}

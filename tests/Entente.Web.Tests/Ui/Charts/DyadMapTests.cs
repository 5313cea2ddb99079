using Entente.Web.Ui.Charts;
using Entente.Web.Ui.Reading;
using Plotly.Blazor.Traces;

namespace Entente.Web.Tests.Ui.Charts;

/// <summary>The dyad map draws one actor's dyads of a round where the document puts them, grouped by kind.</summary>
public sealed class DyadMapTests
{
    private static readonly RoundReading Round = new(1, new Dictionary<string, double>(), 50, 50, null,
    [
        new PairReading("A", "B", 0.4, 0.3, "conflict"),
        new PairReading("A", "C", 0.2, -0.5, "capitulation"),
        new PairReading("A", "D", -0.1, -0.2, "stalemate"),
        new PairReading("A", "E", -0.1, -0.2, "stalemate"),
        new PairReading("B", "A", 0.1, 0.6, "conflict"),
    ]);

    private static readonly ScenarioFacts Facts = new(new Dictionary<string, string> { ["A"] = "Alpha", ["B"] = "<b>Beta</b>" }, new Dictionary<string, Domain.IssueScale>());

    [Fact]
    public void Each_kind_is_one_trace_of_the_actors_dyads_at_their_two_utilities()
    {
        var traces = DyadMap.Data(Round, "A", Facts).Cast<Scatter>().ToList();

        Assert.Equal(["conflict", "capitulation", "stalemate"], traces.Select(t => t.Name));
        Assert.Equal([0.4], traces[0].X);
        Assert.Equal([0.3], traces[0].Y);
        Assert.Equal([0.2], traces[1].X);
        Assert.Equal([-0.5], traces[1].Y);
        // Names come from the scenario and are escaped: Plotly renders its text as HTML.
        Assert.Equal(["&lt;b&gt;Beta&lt;/b&gt;"], traces[0].TextArray);
        Assert.Equal(["C"], traces[1].TextArray);
        // Two actors at one point are one point named by both.
        Assert.Equal(["D, E"], traces[2].TextArray);
        Assert.Equal([-0.1], traces[2].X);
    }

    [Fact]
    public void The_perspectives_are_the_actors_with_dyads_and_the_axes_are_symmetric_about_zero()
    {
        Assert.Equal(["A", "B"], DyadMap.Perspectives(Round));
        var layout = DyadMap.Layout(Round, "B", Facts);
        var x = layout.XAxis[0].Range!;
        Assert.Equal(-(double)x[0], (double)x[1], 12);
        Assert.True((double)x[1] > 0.6, "the farthest point lies inside the range");
        Assert.Contains("&lt;b&gt;Beta&lt;/b&gt;", layout.Title.Text, StringComparison.Ordinal);
    }
}

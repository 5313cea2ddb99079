using System.Buffers.Binary;
using System.Text;

namespace Entente.Reports.Tests;

public class ReportBuilderTests
{
    [Fact]
    public void Each_issue_gets_a_trajectory_a_distribution_a_tornado_and_a_dyad_map()
    {
        var charts = ReportBuilder.Charts(ReportFixture.Data());

        Assert.Equal(["issue01-trajectory", "issue01-distribution", "issue01-tornado", "issue01-dyads"], charts.Select(c => c.Chart.Name));
        Assert.All(charts, c => Assert.Equal("talks", c.IssueId));
    }

    [Fact]
    public void Charts_are_real_pngs_of_the_chart_size_and_svgs_naming_the_actors()
    {
        var charts = ReportBuilder.Charts(ReportFixture.Data());

        foreach (var (_, chart) in charts)
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, chart.Png[..4]);
            // The IHDR chunk follows the 8-byte signature and its 8-byte header: width, then height, big-endian.
            Assert.Equal(900, BinaryPrimitives.ReadInt32BigEndian(chart.Png.AsSpan(16, 4)));
            Assert.Equal(500, BinaryPrimitives.ReadInt32BigEndian(chart.Png.AsSpan(20, 4)));
            Assert.Contains("<svg", chart.Svg[..200]);
            Assert.EndsWith("</svg>", chart.Svg.TrimEnd());
        }
        var trajectory = charts.Single(c => c.Chart.Name.EndsWith("trajectory", StringComparison.Ordinal)).Chart;
        foreach (var actor in new[] { "north", "south", "broker" })
        {
            Assert.Contains(actor, trajectory.Svg);
        }
        // Beside the numbers the scale's labels are clipped; the caption has them whole.
        Assert.Contains("no talks without denuclea…", trajectory.Svg);
        Assert.Contains("0: no talks without denuclearisation; 100: talks without preconditions", trajectory.Caption);
    }

    [Fact]
    public void A_model_without_rounds_or_dyads_gets_no_dyad_map_and_exchange_runs_get_a_gains_chart()
    {
        var compromise = ReportBuilder.Charts(ReportFixture.Data("compromise"));
        Assert.DoesNotContain(compromise, c => c.Chart.Name.EndsWith("dyads", StringComparison.Ordinal));

        var scenario = ReportFixture.Scenario();
        scenario = scenario with
        {
            Issues = scenario.Issues.Add(new Domain.Issue { Id = "drills", Name = "Scale of drills", Scale = Domain.IssueScale.Percent }),
            Stances = scenario.Stances
                .Add(new Domain.Stance { ActorId = "north", IssueId = "drills", Position = 0, Salience = 0.4 })
                .Add(new Domain.Stance { ActorId = "south", IssueId = "drills", Position = 100, Salience = 0.9 })
                .Add(new Domain.Stance { ActorId = "broker", IssueId = "drills", Position = 50, Salience = 0.3 }),
        };
        var exchange = ReportBuilder.Charts(ReportFixture.Data("exchange", scenario));
        Assert.Contains(exchange, c => c.Chart.Name == "exchange-gains" && c.IssueId.Length == 0);
    }
}

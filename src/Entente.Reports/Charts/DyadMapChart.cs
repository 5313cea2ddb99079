using Entente.Models;
using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>
/// The dyad map of a round as a grid: the row actor's view of challenging the column actor, coloured by
/// kind (conflict, compromise, capitulation, stalemate): where the coming confrontations are.
/// </summary>
internal static class DyadMapChart
{
    public static Chart? Render(string issueName, RoundState round, string name)
    {
        if (round.Dyads is not { Count: > 0 } dyads)
        {
            return null;
        }
        var actors = round.Positions.Keys.ToList();
        var index = actors.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i);
        var plot = new Plot();
        foreach (var dyad in dyads)
        {
            var row = actors.Count - 1 - index[dyad.Actor];
            var column = index[dyad.Other];
            var cell = plot.Add.Rectangle(column, column + 0.95, row, row + 0.95);
            cell.FillColor = Fill(dyad.Kind);
            cell.LineWidth = 0;
        }
        var centres = actors.Select((a, i) => new Tick(i + 0.475, a)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(centres);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            actors.Select((a, i) => new Tick(actors.Count - 1 - i + 0.475, a)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        // Rotated names need room below the axis, or they run into its title.
        plot.Axes.Bottom.MinimumSize = 24 + 7 * actors.Max(a => a.Length);
        foreach (var kind in Enum.GetValues<DyadKind>())
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = kind.ToString().ToLowerInvariant(), FillColor = Fill(kind) });
        }
        ChartStyle.Apply(plot, $"{issueName}: dyads in round {round.Round}", "Challenged actor", "Challenging actor");
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Render(plot, name,
            $"How each actor (row) sees a challenge to each other actor (column) in round {round.Round}: red pairs both expect to win a confrontation.");
    }

    private static Color Fill(DyadKind kind) => kind switch
    {
        DyadKind.Conflict => Colors.Crimson,
        DyadKind.Compromise => Colors.Gold,
        DyadKind.Capitulation => Colors.CornflowerBlue,
        _ => Colors.LightGray,
    };
}

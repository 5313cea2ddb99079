using System.Globalization;
using Entente.Models;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// Per-turn probabilities of prevailing and the bargains of each turn, for models whose rounds carry
/// them (the spatial model).
/// </summary>
internal static class SpatialRoundsTable
{
    /// <summary>Whether <paramref name="rounds"/> carry probabilities or bargains to show.</summary>
    public static bool Applies(IReadOnlyList<ScenarioRound>? rounds) =>
        rounds is { Count: > 0 } && rounds.Any(r => r.Probabilities is not null || r.Bargains is not null);

    public static void Write(IAnsiConsole console, IReadOnlyList<ScenarioRound> rounds)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Probability of prevailing, turn by turn[/]");
        var actors = rounds[0].Probabilities?.Keys.ToList() ?? [];
        var table = new Table().Border(TableBorder.Simple).AddColumn("Turn");
        foreach (var actor in actors)
        {
            table.AddColumn(new TableColumn(Markup.Escape(actor)).RightAligned());
        }
        foreach (var round in rounds)
        {
            var cells = new List<string> { round.Round.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(actors.Select(a => round.Probabilities is { } p && p.TryGetValue(a, out var x)
                ? x.ToString("0.0000", CultureInfo.InvariantCulture) : ""));
            table.AddRow(cells.ToArray());
        }
        FittedTable.Write(console, table);

        console.MarkupLine("[bold]Bargains proposed[/]");
        var bargains = new Table().Border(TableBorder.Simple)
            .AddColumns("Turn", "Initiator", "Receiver")
            .AddColumn(new TableColumn("Worth").RightAligned())
            .AddColumn(new TableColumn("P(win)").RightAligned());
        foreach (var round in rounds)
        {
            foreach (var b in round.Bargains ?? [])
            {
                bargains.AddRow(
                    round.Round.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(b.Initiator),
                    Markup.Escape(b.Receiver),
                    b.Worth.ToString("0.0000", CultureInfo.InvariantCulture),
                    b.Probability.ToString("0.0000", CultureInfo.InvariantCulture));
            }
        }
        FittedTable.Write(console, bargains);
    }
}

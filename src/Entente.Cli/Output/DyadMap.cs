using Entente.Models;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// The dyad map of one round: for every ordered pair, what actor i (row) expects from challenging j
/// (column): the map of coming confrontations analysts read.
/// </summary>
internal static class DyadMap
{
    public static void Write(IAnsiConsole console, IssueForecast issue, int round)
    {
        var state = issue.Rounds.FirstOrDefault(r => r.Round == round);
        if (state is null)
        {
            console.MarkupLine($"{Markup.Escape(issue.IssueId)}: no dyad table for round {round}: the issue ran {issue.Rounds.Count - 1} round(s)");
            return;
        }
        if (state.Dyads is not { Count: > 0 } dyads)
        {
            console.MarkupLine($"{Markup.Escape(issue.IssueId)}: no dyad table for round {round} (the model keeps none, or the issue has more than 100 participants)");
            return;
        }
        var actors = state.Positions.Keys.ToList();
        var kinds = dyads.ToDictionary(d => (d.Actor, d.Other), d => d.Kind);
        var table = new Table().Border(TableBorder.Simple)
            .Title($"Dyads, round {round}: row actor's view of challenging the column actor")
            .AddColumn("");
        foreach (var actor in actors)
        {
            table.AddColumn(new TableColumn(Markup.Escape(actor)).Centered());
        }
        foreach (var actor in actors)
        {
            var cells = new List<string> { Markup.Escape(actor) };
            cells.AddRange(actors.Select(other => kinds.TryGetValue((actor, other), out var kind) ? Symbol(kind) : ""));
            table.AddRow(cells.ToArray());
        }
        FittedTable.Write(console, table);
        console.MarkupLine("[red]X[/] conflict (both expect to gain)  [yellow]c[/] compromise  [blue]k[/] capitulation  · stalemate");
    }

    private static string Symbol(DyadKind kind) => kind switch
    {
        DyadKind.Conflict => "[red]X[/]",
        DyadKind.Compromise => "[yellow]c[/]",
        DyadKind.Capitulation => "[blue]k[/]",
        _ => "·",
    };
}

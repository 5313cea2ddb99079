using System.Globalization;
using Entente.Models;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The exchange model's trades: per round who conceded what to whom, then each actor's total gain.</summary>
internal static class ExchangeTable
{
    public static bool Applies(IReadOnlyList<ScenarioRound>? rounds) => rounds?.Any(r => r.Exchanges is not null) == true;

    public static void Write(IAnsiConsole console, IReadOnlyList<ScenarioRound> rounds)
    {
        foreach (var round in rounds.Where(r => r.Exchanges is { Count: > 0 }))
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Exchanges, round {round.Round}[/] ({round.Exchanges!.Count})");
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("#", "A", "A concedes on", "A moves", "B", "B concedes on", "B moves")
                .AddColumn(new TableColumn("Gain each").RightAligned());
            var n = 0;
            foreach (var e in round.Exchanges)
            {
                n++;
                table.AddRow(
                    n.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(e.ActorA), Markup.Escape(e.IssueA), Move(e.PositionA, e.NewPositionA),
                    Markup.Escape(e.ActorB), Markup.Escape(e.IssueB), Move(e.PositionB, e.NewPositionB),
                    Numbers.Show(e.Gain));
            }
            FittedTable.Write(console, table);
        }

        var totals = rounds.SelectMany(r => r.Gains ?? new Dictionary<string, double>())
            .GroupBy(g => g.Key)
            .Select(g => (Actor: g.Key, Gain: g.Sum(x => x.Value), Trades: rounds.Sum(r => (r.Exchanges ?? []).Count(e => e.ActorA == g.Key || e.ActorB == g.Key))))
            .OrderByDescending(g => g.Gain)
            .ToList();
        if (totals.Count == 0)
        {
            console.MarkupLine("No exchange was possible.");
            return;
        }
        console.WriteLine();
        console.MarkupLine("[bold]Gains from exchange[/], all rounds");
        var gains = new Table().Border(TableBorder.Simple).AddColumn("Actor")
            .AddColumn(new TableColumn("Exchanges").RightAligned()).AddColumn(new TableColumn("Total gain").RightAligned());
        foreach (var (actor, gain, trades) in totals)
        {
            gains.AddRow(Markup.Escape(actor), trades.ToString(CultureInfo.InvariantCulture), Numbers.Show(gain));
        }
        FittedTable.Write(console, gains);
    }

    private static string Move(double from, double to) => $"{Numbers.Show(from)} → {Numbers.Show(to)}";
}

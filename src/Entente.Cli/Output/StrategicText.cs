using System.Globalization;
using Entente.Models.Diplomacy.Engine;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// The diplomacy layer (version 2) after the issue tables: each signal with its credibility per observer, the
/// decisions taken with the two sides of their rules, and the run in words. Narrow enough for 80 columns: one
/// small table per signal rather than one wide one.
/// </summary>
internal static class StrategicText
{
    public static void Write(IAnsiConsole console, StrategicOutcome outcome)
    {
        var signals = outcome.Rounds.SelectMany(r => r.Signals.Select(s => (r.Round, Signal: s))).ToArray();
        if (signals.Length > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Signals: how credible each observer finds them[/]");
        }
        foreach (var (round, signal) in signals)
        {
            var to = signal.Addressee is { } a ? $" to {a}" : "";
            var dimension = signal.Observers.FirstOrDefault()?.Dimension;
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"Round {round}: '{signal.Id}', {signal.Channel} {signal.Kind} by {signal.Sender}{to}{(dimension is null ? "" : $"; belief about {signal.Sender}'s {dimension}")}")));
            if (signal.Observers.Count == 0)
            {
                console.MarkupLine("  nobody outside the senders heard it");
                continue;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("Observer", "Credibility", "Equilibrium", "Before", "After");
            foreach (var o in signal.Observers)
            {
                table.AddRow(Markup.Escape(o.Observer), Numbers.Show(o.Credibility), o.Kind, Numbers.Show(o.PriorMean), Numbers.Show(o.PosteriorMean));
            }
            FittedTable.Write(console, table);
        }
        var decisions = outcome.Rounds.SelectMany(r => r.Decisions.Select(d => (r.Round, Decision: d))).ToArray();
        if (decisions.Length > 0)
        {
            var paid = decisions.Any(d => d.Decision.Paid != 0);
            var table = new Table().Border(TableBorder.Simple).Title("[bold]Decisions[/]").AddColumns("Rnd", "Actor", "Decision", "About", "Issue", "Value", "Cost");
            if (paid)
            {
                table.AddColumn("Paid");
            }
            foreach (var (round, d) in decisions)
            {
                var cells = new List<string>
                {
                    round.ToString(CultureInfo.InvariantCulture), Markup.Escape(d.Actor), d.Kind, Markup.Escape(d.Signal), Markup.Escape(d.Issue),
                    Numbers.Show(d.Value), Numbers.Show(d.Cost),
                };
                if (paid)
                {
                    cells.Add(Numbers.Show(d.Paid));
                }
                table.AddRow([.. cells]);
            }
            FittedTable.Write(console, table);
        }
        foreach (var warning in outcome.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }
        if (outcome.Narrative.Count > 0)
        {
            console.MarkupLine("[bold]Narrative[/]");
            foreach (var line in outcome.Narrative)
            {
                console.MarkupLine(Markup.Escape(line));
            }
        }
    }
}

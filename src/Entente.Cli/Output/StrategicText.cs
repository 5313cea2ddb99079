using System.Globalization;
using Entente.Models.Diplomacy.Engine;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// The diplomacy layer (version 2) after the issue tables: each signal's credibility per observer, the
/// decisions taken with the two sides of their rules, and the run in words.
/// </summary>
internal static class StrategicText
{
    public static void Write(IAnsiConsole console, StrategicOutcome outcome)
    {
        var signals = outcome.Rounds.SelectMany(r => r.Signals.Select(s => (r.Round, Signal: s))).ToArray();
        if (signals.Length > 0)
        {
            console.WriteLine();
            var table = new Table().Border(TableBorder.Simple).Title("[bold]Signals: how credible each observer finds them[/]")
                .AddColumns("Rnd", "Signal", "Observer", "Cred.", "Kind", "Belief", "Before", "After");
            foreach (var (round, signal) in signals)
            {
                foreach (var o in signal.Observers)
                {
                    table.AddRow(round.ToString(CultureInfo.InvariantCulture), Markup.Escape(signal.Id), Markup.Escape(o.Observer),
                        Numbers.Show(o.Credibility), o.Kind, Markup.Escape(o.Dimension), Numbers.Show(o.PriorMean), Numbers.Show(o.PosteriorMean));
                }
                if (signal.Observers.Count == 0)
                {
                    table.AddRow(round.ToString(CultureInfo.InvariantCulture), Markup.Escape(signal.Id), "(nobody)", "", "", "", "", "");
                }
            }
            console.Write(table);
        }
        var decisions = outcome.Rounds.SelectMany(r => r.Decisions.Select(d => (r.Round, Decision: d))).ToArray();
        if (decisions.Length > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("[bold]Decisions[/]")
                .AddColumns("Rnd", "Actor", "Decision", "Signal", "Issue", "Value", "Cost", "Paid");
            foreach (var (round, d) in decisions)
            {
                table.AddRow(round.ToString(CultureInfo.InvariantCulture), Markup.Escape(d.Actor), d.Kind, Markup.Escape(d.Signal), Markup.Escape(d.Issue),
                    Numbers.Show(d.Value), Numbers.Show(d.Cost), Numbers.Show(d.Paid));
            }
            console.Write(table);
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

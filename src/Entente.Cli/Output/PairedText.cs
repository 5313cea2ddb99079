using System.Globalization;
using Entente.Domain;
using Entente.Simulation.Diplomacy;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Paired comparisons and attributions as a reader sees them: each difference with its 90% interval and P(Δ &gt; 0).</summary>
internal static class PairedText
{
    public static void Write(IAnsiConsole console, PairedComparison paired)
    {
        var e = paired.Escalation;
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Paired over {paired.Trials} trials (same types drawn in both): P(escalation) {Numbers.Show(e.Base)} → {Numbers.Show(e.Variant)}, "
            + $"Δ {Signed(e.Difference.Mean)} (90% {Signed(e.Difference.Low)} to {Signed(e.Difference.High)}); escalated in the base only {e.OnlyBase}, in the variant only {e.OnlyVariant}")));
        // Issue ids, not names, and the quantiles left to the JSON: the table must fit 80 columns.
        var table = new Table().Border(TableBorder.Simple).AddColumns("Issue", "Mean Δ", "90% interval", "P(Δ>0)", "P(Δ<0)");
        foreach (var (issue, d) in paired.Issues)
        {
            table.AddRow(Markup.Escape(issue), Signed(d.Mean), $"{Signed(d.Low)} to {Signed(d.High)}", Numbers.Show(d.Higher), Numbers.Show(d.Lower));
        }
        FittedTable.Write(console, table);
        foreach (var (id, deal) in paired.Deals)
        {
            console.MarkupLine(Markup.Escape($"Deal '{id}': {Numbers.Show(deal.Base)} → {Numbers.Show(deal.Variant)}, Δ {Signed(deal.Difference.Mean)} (90% {Signed(deal.Difference.Low)} to {Signed(deal.Difference.High)})"));
        }
    }

    public static void WriteAttribution(IAnsiConsole console, Scenario scenario, IReadOnlyList<Attribution> attributions)
    {
        if (attributions.Count == 0)
        {
            return;
        }
        console.WriteLine();
        console.MarkupLine($"[bold]What each element contributes[/] (the base against the base without it, paired over {attributions[0].Effect.Trials} trials)");
        foreach (var a in attributions)
        {
            var e = a.Effect.Escalation.Difference;
            var moved = a.Effect.Issues.Where(i => i.Forecast.ExcludesZero).OrderByDescending(i => Math.Abs(i.Forecast.Mean))
                .Select(i => $"{scenario.FindIssue(i.Issue)?.Name ?? i.Issue} {Signed(i.Forecast.Mean)} ({Signed(i.Forecast.Low)} to {Signed(i.Forecast.High)})").ToArray();
            console.MarkupLine(Markup.Escape($"- '{a.Element}', {a.Mechanism}: P(escalation) {Signed(e.Mean)} ({Signed(e.Low)} to {Signed(e.High)})"
                + (moved.Length > 0 ? "; moves " + string.Join(", ", moved) : "; moves no forecast beyond its interval")));
        }
    }

    private static string Signed(double x) => (x > 0 ? "+" : "") + Numbers.Show(x);
}

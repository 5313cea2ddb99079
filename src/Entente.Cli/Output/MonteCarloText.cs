using System.Globalization;
using Entente.Simulation.Diplomacy;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The diplomacy layer's headlines over the Monte Carlo trials: each with its nominal value, mean and interval.</summary>
internal static class MonteCarloText
{
    public static void Write(IAnsiConsole console, DiplomacyMonteCarlo mc)
    {
        console.WriteLine();
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Over {mc.Trials} trials drawing each actor's type from the prior (seed {mc.Seed}), with 90% intervals:")));
        console.MarkupLine(Markup.Escape($"  P(any focal dyad escalates) {Probability(mc.Escalation)}"));
        foreach (var n in mc.Negotiations)
        {
            console.MarkupLine(Markup.Escape($"  P(deal '{n.Id}') {Probability(n.Deal)}"));
        }
        foreach (var d in mc.Decisions.Where(d => d.Tested > 0))
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"  P('{d.Signal}' honoured when tested) {Probability(d.Honour)}, tested in {d.Tested} trials")));
        }
        var table = new Table().Border(TableBorder.Simple).AddColumns("Issue", "Nominal", "Mean", "5%", "Median", "95%");
        foreach (var i in mc.Issues)
        {
            var f = i.Forecast;
            table.AddRow(Markup.Escape(i.Id), Numbers.Show(f.Nominal), Numbers.Show(f.Mean), Numbers.Show(f.P5), Numbers.Show(f.P50), Numbers.Show(f.P95));
        }
        FittedTable.Write(console, table);
    }

    private static string Probability(ProbabilityEstimate p) =>
        $"{Numbers.Show(p.Mean)} ({Numbers.Show(p.Low)} to {Numbers.Show(p.High)}; nominal run {(p.Nominal == 1 ? "yes" : "no")})";
}

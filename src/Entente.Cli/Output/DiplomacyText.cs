using Entente.Models.Diplomacy;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The diplomacy layer's headline figures, its drivers and the narrative, after the issue tables.</summary>
internal static class DiplomacyText
{
    public static void Write(IAnsiConsole console, DiplomacyOutcome outcome)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Escalation index[/] {Numbers.Show(outcome.EscalationIndex)}   [bold]Agreement probability[/] {Numbers.Show(outcome.AgreementProbability)}");
        if (outcome.Explanation.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("What moved the forecast", "Kind", "Round", "Impact");
            foreach (var driver in outcome.Explanation)
            {
                table.AddRow(Markup.Escape(driver.Text), driver.Kind, driver.Round.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Show(driver.Impact));
            }
            console.Write(table);
        }
        console.MarkupLine("[bold]Narrative[/]");
        foreach (var line in outcome.Narrative)
        {
            console.MarkupLine(Markup.Escape(line));
        }
    }
}

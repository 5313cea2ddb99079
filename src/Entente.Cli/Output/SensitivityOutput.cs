using Entente.Domain;
using Entente.Simulation.Sensitivity;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Tornado tables and pivotal actors per issue, as a table or JSON.</summary>
internal static class SensitivityOutput
{
    /// <summary>The bars shown per issue unless <c>--top</c> says otherwise: a tornado's value is in its widest bars.</summary>
    public const int DefaultTop = 12;

    public static void Table(IAnsiConsole console, Scenario scenario, SensitivityResult result, int top = DefaultTop)
    {
        var s = result.Settings;
        console.MarkupLine(Markup.Escape(
            $"{scenario.Name}  model {result.Model}; steps: position ±{s.PositionStep:0.###} of scale, salience ±{s.SalienceStep:0.###}, capability ×/÷{s.CapabilityFactor:0.###}"));
        foreach (var issue in result.Issues)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(scenario.FindIssue(issue.IssueId)?.Name ?? issue.IssueId)}[/]: forecast {Numbers.Show(issue.Baseline)}");
            var table = new Table().Border(TableBorder.Simple).AddColumns("Actor", "Input", "Low", "High", "Swing", "");
            var widest = issue.Tornado.Count == 0 ? 0 : issue.Tornado[0].Swing;
            foreach (var bar in issue.Tornado.Take(top))
            {
                var length = widest > 0 ? (int)Math.Round(20 * bar.Swing / widest) : 0;
                table.AddRow(Markup.Escape(bar.ActorId), bar.Field.ToString().ToLowerInvariant(),
                    Numbers.Show(bar.Low), Numbers.Show(bar.High), Numbers.Show(bar.Swing), new string('█', length));
            }
            FittedTable.Write(console, table);
            if (issue.Tornado.Count > top)
            {
                var hidden = issue.Tornado.Count - top;
                console.MarkupLine(Markup.Escape($"{hidden} narrower {(hidden == 1 ? "bar" : "bars")} not shown (--top {issue.Tornado.Count} shows all; --format json lists every bar)"));
            }
            var pivotal = issue.Influence.Where(x => x.Pivotal).ToList();
            console.MarkupLine(Markup.Escape(pivotal.Count == 0
                ? "Pivotal actors: none (no single actor's absence moves the forecast by the threshold)"
                : "Pivotal actors: " + string.Join(", ", pivotal.Select(x => $"{x.ActorId} (without: {Numbers.Show(x.Without)}, shift {Numbers.Show(x.Shift)})"))));
        }
    }
}

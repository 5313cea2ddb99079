using System.Globalization;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// Two runs side by side: per issue the forecasts, then every actor's final position, with the difference
/// (second minus first). Issues or actors in one run only show a dash for the other, and a line says so; a run
/// without forecasts per issue (a sweep, a comparison, a backtest) is named as such instead of a table of dashes.
/// </summary>
internal static class RunDiff
{
    public static void Write(IAnsiConsole console, StoredRun a, StoredRun b)
    {
        var ida = a.Id.ToString(CultureInfo.InvariantCulture);
        var idb = b.Id.ToString(CultureInfo.InvariantCulture);
        console.MarkupLine($"[bold]Run {ida}[/] ({Markup.Escape(a.Model)}, seed {a.Seed}) vs [bold]run {idb}[/] ({Markup.Escape(b.Model)}, seed {b.Seed})");
        if (a.ScenarioSha256 != b.ScenarioSha256)
        {
            // Different inputs explain differences that the models do not: say so before the numbers.
            console.MarkupLine($"[yellow]note:[/] the scenarios differ (SHA-256 {a.ScenarioSha256[..12]} vs {b.ScenarioSha256[..12]})");
        }
        else
        {
            console.WriteLine($"Same scenario (SHA-256 {a.ScenarioSha256[..12]}).");
        }

        // Sweeps, comparisons and backtests keep a summary, not a forecast per issue: nothing to set side by side.
        foreach (var run in new[] { a, b }.Where(r => r.Issues.Count == 0).DistinctBy(r => r.Id))
        {
            console.MarkupLine($"[yellow]note:[/] run {run.Id.ToString(CultureInfo.InvariantCulture)} is a {run.Kind.Name()}: it keeps a summary, not a forecast per issue, so it has no forecasts or positions to compare (see 'entente runs show {run.Id.ToString(CultureInfo.InvariantCulture)}').");
        }
        if (a.Issues.Count == 0 || b.Issues.Count == 0)
        {
            return;
        }

        var issues = a.Issues.Select(i => i.IssueId).Concat(b.Issues.Select(i => i.IssueId)).Distinct().ToList();
        var forecasts = new Table().Border(TableBorder.Rounded).AddColumns("Issue", $"Run {ida}", $"Run {idb}", "Difference");
        foreach (var id in issues)
        {
            var x = a.Issues.FirstOrDefault(i => i.IssueId == id);
            var y = b.Issues.FirstOrDefault(i => i.IssueId == id);
            forecasts.AddRow(Markup.Escape(id), Value(x?.Forecast), Value(y?.Forecast), Difference(x?.Forecast, y?.Forecast));
        }
        FittedTable.Write(console, forecasts);
        if (issues.Any(id => a.Issues.All(i => i.IssueId != id) || b.Issues.All(i => i.IssueId != id)))
        {
            console.WriteLine("—: the issue is not in that run's scenario.");
        }

        foreach (var id in issues)
        {
            var x = a.Issues.FirstOrDefault(i => i.IssueId == id)?.FinalPositions ?? [];
            var y = b.Issues.FirstOrDefault(i => i.IssueId == id)?.FinalPositions ?? [];
            var positions = new Table().Border(TableBorder.Simple)
                .Title($"{Markup.Escape(id)}: final positions")
                .AddColumns("Actor", $"Run {ida}", $"Run {idb}", "Difference");
            foreach (var actor in x.Select(p => p.Actor).Concat(y.Select(p => p.Actor)).Distinct())
            {
                var px = Find(x, actor);
                var py = Find(y, actor);
                positions.AddRow(Markup.Escape(actor), Value(px), Value(py), Difference(px, py));
            }
            FittedTable.Write(console, positions);
            if (x.Count > 0 && y.Count > 0 && x.Select(p => p.Actor).Concat(y.Select(p => p.Actor)).Distinct().Count() > Math.Min(x.Count, y.Count))
            {
                console.WriteLine("—: the actor does not take part in that run.");
            }
        }
    }

    private static double? Find(IReadOnlyList<ActorPosition> positions, string actor) =>
        positions.Where(p => p.Actor == actor).Select(p => (double?)p.Position).FirstOrDefault();

    private static string Value(double? value) => value is { } v ? Numbers.Show(v) : "—";

    private static string Difference(double? first, double? second)
    {
        if (first is not { } x || second is not { } y)
        {
            return "—";
        }
        // A difference too small to show is no difference, not "-0".
        var shown = Numbers.Show(y - x);
        return shown is "0" or "-0" ? "0" : (y > x ? "+" : "") + shown;
    }
}

using System.Globalization;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Saved runs for people: the list, and one run's header and forecasts.</summary>
internal static class RunTables
{
    public static void List(IAnsiConsole console, IReadOnlyList<RunSummary> runs, string location)
    {
        if (runs.Count == 0)
        {
            console.WriteLine($"No runs in {location}.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Id", "Kind", "Started (UTC)", "Scenario", "Model", "Seed", "Issues", "Elapsed", "Scenario hash");
        foreach (var run in runs)
        {
            if (run.Damage is not null)
            {
                // What could be read, and that the rest cannot: the id is enough to show, check or delete it.
                table.AddRow(Id(run.Id), "[red]damaged[/]", "", Markup.Escape(run.ScenarioName), Markup.Escape(run.Model), "", "", "", "");
                continue;
            }
            table.AddRow(
                Id(run.Id), run.Kind.Name(), Time(run.StartedAt), Markup.Escape(run.ScenarioName), Markup.Escape(run.Model),
                run.Seed.ToString(CultureInfo.InvariantCulture), run.IssueCount.ToString(CultureInfo.InvariantCulture),
                Seconds(run.Elapsed), ShortHash(run.ScenarioSha256));
        }
        FittedTable.Write(console, table);
    }

    /// <summary>What a store check found: the integrity check, the store's problems, and each damaged run.</summary>
    public static void Check(IAnsiConsole console, StoreCheck check)
    {
        console.WriteLine($"Checked {check.Location}: integrity {check.Integrity ?? "not checked (PostgreSQL without its amcheck extension: see docs/run-store.md)"}; {check.RunsChecked} run(s) read.");
        foreach (var problem in check.Problems)
        {
            console.WriteLine($"problem: {problem}");
        }
        foreach (var damage in check.DamagedRuns)
        {
            console.WriteLine($"run {Id(damage.Id)} is damaged: {damage.Problem}");
        }
        console.WriteLine(check.Clean ? "No damage found." : $"{check.Problems.Count} store problem(s), {check.DamagedRuns.Count} damaged run(s).");
    }

    public static void Show(IAnsiConsole console, StoredRun run)
    {
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("Run", $"[bold]{Id(run.Id)}[/] ({run.Kind.Name()})");
        header.AddRow("Scenario", Markup.Escape(run.Scenario.Name + (run.Scenario.File is { } file ? $" ({file})" : "")));
        header.AddRow("Scenario SHA-256", run.ScenarioSha256);
        header.AddRow("Model", Markup.Escape(run.Model + (run.Options.Count == 0 ? "" : "  " + string.Join(", ", run.Options.Select(o => $"{o.Name}={o.Value}")))));
        header.AddRow("Seed", run.Seed.ToString(CultureInfo.InvariantCulture));
        header.AddRow("Round limit", run.RoundLimit?.ToString(CultureInfo.InvariantCulture) ?? "none");
        header.AddRow("Code version", Markup.Escape(run.CodeVersion));
        header.AddRow("Started (UTC)", Time(run.StartedAt));
        header.AddRow("Elapsed", Seconds(run.Elapsed));
        console.Write(header);

        if (run.Issues.Count > 0)
        {
            var issues = new Table().Border(TableBorder.Rounded)
                .AddColumns("Issue", "Forecast", "Weighted mean", "Weighted median", "Rounds", "Stopped");
            foreach (var issue in run.Issues)
            {
                issues.AddRow(Markup.Escape(issue.IssueId), $"[bold]{Numbers.Show(issue.Forecast)}[/]", Numbers.Show(issue.WeightedMean),
                    Numbers.Show(issue.WeightedMedian), Math.Max(0, issue.Rounds.Count - 1).ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(issue.StoppingReason ?? ""));
            }
            FittedTable.Write(console, issues);
        }
        if (run.SummaryJson is { } summary)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]The {(run.Kind == RunKind.Compare ? "comparison" : run.Kind.Name())}[/] (as JSON: entente runs export {Id(run.Id)})");
            JsonOutline.Write(console, summary);
        }
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    private static string ShortHash(string hash) => hash.Length > 12 ? hash[..12] : hash;
}

using Entente.Domain;
using Entente.Models;
using Entente.Simulation.Forecasting;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The human-readable forecast: a summary per issue, then each issue's trajectory and explanation.</summary>
internal static class ForecastTable
{
    /// <summary>
    /// The forecast in brief (<c>--summary</c>): the per-issue table and, for the diplomacy layer, the Monte Carlo
    /// intervals; the trajectories, offers and narrative are left out.
    /// </summary>
    public static void WriteSummary(IAnsiConsole console, ForecastRun run)
    {
        WriteHeadline(console, run);
        if (run.MonteCarlo is { } mc)
        {
            MonteCarloText.Write(console, mc);
        }
        console.MarkupLine("[dim](the summary only: without --summary, each issue's trajectory and explanation follow)[/]");
    }

    public static void Write(IAnsiConsole console, ForecastRun run, int? dyadRound = null)
    {
        WriteHeadline(console, run);
        var scenario = run.Scenario;
        foreach (var issue in run.Result.Issues)
        {
            WriteIssue(console, scenario, issue);
            if (dyadRound is { } round)
            {
                DyadMap.Write(console, issue, round);
            }
        }
        if (ExchangeTable.Applies(run.Result.Rounds))
        {
            ExchangeTable.Write(console, run.Result.Rounds!);
        }
        if (SpatialRoundsTable.Applies(run.Result.Rounds))
        {
            SpatialRoundsTable.Write(console, run.Result.Rounds!);
        }
        if (run.Result.Strategic is { } layer)
        {
            StrategicText.Write(console, layer);
            if (run.MonteCarlo is { } mc)
            {
                MonteCarloText.Write(console, mc);
            }
        }
    }

    // The scenario, the model and one row per issue: what every form of the forecast starts with.
    private static void WriteHeadline(IAnsiConsole console, ForecastRun run)
    {
        var scenario = run.Scenario;
        console.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/]  model [bold]{Markup.Escape(run.Model)}[/]{OptionsText(run)}");

        var summary = new Table().Border(TableBorder.Rounded)
            .AddColumns("Issue", "Forecast", "Weighted mean", "Weighted median", "Actors", "Rounds");
        foreach (var issue in run.Result.Issues)
        {
            summary.AddRow(
                Markup.Escape(IssueName(scenario, issue.IssueId)),
                $"[bold]{Numbers.Show(issue.Forecast)}[/]{Markup.Escape(LabelNear(scenario, issue))}",
                Numbers.Show(issue.WeightedMean),
                Numbers.Show(issue.WeightedMedian),
                (issue.Rounds.Count > 0 ? issue.Rounds[0].Positions.Count : 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                (issue.Rounds.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        FittedTable.Write(console, summary);
    }

    private static void WriteIssue(IAnsiConsole console, Scenario scenario, IssueForecast issue)
    {
        var hasRounds = issue.Rounds.Count > 1;
        if (!hasRounds && issue.Details.Count == 0 && issue.Explanation.Count == 0 && issue.StoppingReason is null)
        {
            return;
        }
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(IssueName(scenario, issue.IssueId))}[/]");
        if (issue.StoppingReason is { } reason)
        {
            console.MarkupLine($"Stopped: {Markup.Escape(reason)}");
        }
        foreach (var (name, value) in issue.Details)
        {
            console.MarkupLine($"{Markup.Escape(name)}: {Numbers.Show(value)}");
        }
        if (hasRounds)
        {
            FittedTable.Write(console, Trajectory(issue));
            OfferTable.Write(console, issue);
        }
        foreach (var sentence in issue.Explanation)
        {
            console.MarkupLine(Markup.Escape(sentence));
        }
    }

    private static Table Trajectory(IssueForecast issue)
    {
        var actors = issue.Rounds[0].Positions.Keys.ToList();
        var table = new Table().Border(TableBorder.Simple).AddColumn("Round");
        foreach (var actor in actors)
        {
            table.AddColumn(new TableColumn(Markup.Escape(actor)).RightAligned());
        }
        table.AddColumn(new TableColumn("Mean").RightAligned()).AddColumn(new TableColumn("Median").RightAligned());
        foreach (var round in Shown(issue.Rounds))
        {
            if (round is null)
            {
                table.AddRow(["…"]);
                continue;
            }
            var cells = new List<string> { round.Round.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            cells.AddRange(actors.Select(a => round.Positions.TryGetValue(a, out var x) ? Numbers.Show(x) : ""));
            cells.Add(Numbers.Show(round.WeightedMean));
            cells.Add(Numbers.Show(round.WeightedMedian));
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    // A long run reads best as its opening rounds and its end; the JSON and CSV keep every round.
    private const int OpeningRounds = 10;
    private const int ClosingRounds = 5;

    private static IEnumerable<RoundState?> Shown(IReadOnlyList<RoundState> rounds)
    {
        if (rounds.Count <= OpeningRounds + ClosingRounds + 5)
        {
            return rounds;
        }
        return rounds.Take(OpeningRounds + 1).Append(null).Concat(rounds.Skip(rounds.Count - ClosingRounds));
    }

    private static string OptionsText(ForecastRun run) =>
        run.Options.Count == 0 ? "" : Markup.Escape(" (" + string.Join(", ", run.Options.Select(o => $"{o.Name}={o.Value}")) + ")");

    private static string IssueName(Scenario scenario, string issueId) =>
        scenario.FindIssue(issueId) is { } issue && issue.Name != issue.Id ? $"{issue.Name} ({issue.Id})" : issueId;

    /// <summary>What the forecast means on a labelled scale: the named point it is at, or the two it lies between.</summary>
    private static string LabelNear(Scenario scenario, IssueForecast forecast) =>
        scenario.FindIssue(forecast.IssueId)?.Scale is { } scale ? "  " + ScaleWords.Describe(scale, forecast.Forecast) : "";
}

using System.Globalization;
using Entente.Application;
using Entente.Simulation.Advice;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Advice as a reader sees it: the ranked levers, the top ones in words, the exact levers, and the caveat.</summary>
internal static class AdviceTable
{
    // The table shows the best levers; the JSON has them all.
    private const int Shown = 15;
    private const int Told = 5;
    private const int Combined = 3;

    public static void Write(IAnsiConsole console, AdviceOutcome outcome)
    {
        var result = outcome.Result;
        var s = result.Settings;
        // The scenario's name on a line of its own: names are long, and the line wraps at 80 columns otherwise.
        console.MarkupLine($"[bold]{Markup.Escape(outcome.Scenario)}[/]");
        console.MarkupLine($"Model [bold]{Markup.Escape(result.Model)}[/], seed {s.Seed}.");
        var what = s.Objective switch
        {
            AdviceObjective.Escalation => "lower the probability of escalation",
            AdviceObjective.Deal => "raise the chance of a deal",
            _ => "bring the outcome closer to its ideal ("
                + string.Join(", ", result.Issues.Select((i, k) => $"{i} {F(result.Ideals[k])}")) + ")",
        };
        console.MarkupLine(Markup.Escape($"Levers for {s.Actor} to {what}."));
        var noisy = result.Noise != Simulation.MonteCarlo.NoiseSettings.None;
        var drawn = result.OverTypes || noisy;
        var trials = !drawn ? "one run per lever (no types to draw)"
            : $"{s.Trials} paired draws of the {(result.OverTypes && noisy ? "types and the input noise" : result.OverTypes ? "types" : "input noise")} per lever";
        console.MarkupLine(Markup.Escape(s.Objective switch
        {
            AdviceObjective.Escalation => $"In the base, some focal dyad escalates with probability {F(1 - result.BaseObjective)}.",
            AdviceObjective.Deal => $"In the base, its negotiations close with a deal with probability {F(result.BaseObjective)}.",
            _ => $"In the base, the forecasts sit {F(-result.BaseObjective)} points from its ideal (salience-weighted).",
        }));
        console.MarkupLine(Markup.Escape(
            $"{result.Candidates} candidates, {(s.Search == AdviceSearch.Grid ? "every one on the full trials" : $"halving search to {s.Budget}")}; {trials}; {result.Runs} model runs."));
        if (s.Search is AdviceSearch.Coordinate or AdviceSearch.Combinations)
        {
            console.MarkupLine(Markup.Escape(
                $"Combined levers: {(s.Search == AdviceSearch.Coordinate ? "coordinate search" : "every combination")} over {result.Coordinates.Count} coordinates, "
                + $"{result.CombinationsEvaluated} combinations run on the full trials."));
        }
        console.WriteLine();
        // With a conflict cost to show, one Cost column holds both costs (two would leave the lever too narrow at 80 columns).
        var conflict = result.Levers.Take(Shown).Any(l => l.Cost.Conflict != 0);
        console.MarkupLine(Markup.Escape((s.Objective == AdviceObjective.Outcome
            ? "Effect: scale points toward the ideal (salience-weighted); 90%: its interval; Helps: share of draws it helps in; "
            : "Effect: the change in probability, positive helps; 90%: its interval; Helps: share of draws it helps in; ")
            + (conflict
                ? "Cost: A, the audience cost it puts at stake; C, the conflict cost it pays carrying out threats (expected)."
                : "Audience: the audience cost it puts at stake.")));
        var table = new Table().Border(TableBorder.Simple).AddColumns("#", "Lever", "Effect", "90%", "Helps", conflict ? "Cost" : "Audience");
        table.Columns[2].RightAligned();
        table.Columns[4].RightAligned();
        table.Columns[5].RightAligned();
        foreach (var lever in result.Levers.Take(Shown))
        {
            var screened = lever.Trials < s.Trials ? $" [dim](on {lever.Trials})[/]" : "";
            var audience = lever.Cost.Audience == 0 ? "" : Signed(lever.Cost.Audience);
            var cost = !conflict ? audience
                : string.Join(" ", (string[])[audience.Length > 0 ? "A" + audience : "", lever.Cost.Conflict != 0 ? "C" + Signed2(lever.Cost.Conflict) : ""]).Trim();
            table.AddRow(
                lever.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape($"{LeverFamilies.NameOf(lever.Kind)}: {lever.Description}") + screened,
                Signed2(lever.Effect.Mean),
                drawn ? $"{F2(lever.Effect.Low)}..{F2(lever.Effect.High)}" : "one run",
                lever.HelpsShare.ToString("0%", CultureInfo.InvariantCulture),
                cost);
        }
        FittedTable.Write(console, table);
        if (result.Levers.Count > Shown)
        {
            console.MarkupLine(Markup.Escape($"({result.Levers.Count - Shown} more levers in --format json.)"));
        }
        if (result.Pairs.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine(Markup.Escape($"Pairs of the best {s.Pairs} levers (Interaction: the pair's effect less the sum of its two levers' effects)"));
            var pairs = new Table().Border(TableBorder.Simple).AddColumns("#", "Pair", "Effect", "90%", "Interaction");
            pairs.Columns[2].RightAligned();
            pairs.Columns[4].RightAligned();
            foreach (var pair in result.Pairs.Take(Shown))
            {
                pairs.AddRow(pair.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(pair.Description), Signed2(pair.Effect.Mean),
                    drawn ? $"{F2(pair.Effect.Low)}..{F2(pair.Effect.High)}" : "one run", Signed2(pair.Interaction ?? 0));
            }
            FittedTable.Write(console, pairs);
        }
        if (result.Combinations.Count > 0)
        {
            // A combination's levers one a line: its description is too long for a table cell at 80 columns.
            console.WriteLine();
            console.MarkupLine(Markup.Escape(
                $"Combined levers ({(s.Search == AdviceSearch.Coordinate ? "the coordinate search's answer first" : "the grid's best first")}; "
                + "interaction: the effect less the sum of its levers' effects alone)"));
            foreach (var lever in result.Combinations.Take(Combined))
            {
                var figures = $"{lever.Rank}. {Signed2(lever.Effect.Mean)}{(drawn ? $" ({F2(lever.Effect.Low)}..{F2(lever.Effect.High)})" : "")}, "
                    + $"helps in {lever.HelpsShare.ToString("0%", CultureInfo.InvariantCulture)}"
                    + (lever.Interaction is { } i ? $", interaction {Signed2(i)}" : "")
                    + (lever.Cost.Audience != 0 ? $", audience {Signed(lever.Cost.Audience)}" : "")
                    + (lever.Cost.Conflict != 0 ? $", conflict {Signed2(lever.Cost.Conflict)}" : "") + ":";
                console.MarkupLine(Markup.Escape(figures));
                foreach (var part in lever.Description.Split(" + "))
                {
                    console.MarkupLine(Markup.Escape($"   - {part}"));
                }
            }
            if (result.Combinations.Count > Combined)
            {
                console.MarkupLine(Markup.Escape($"({result.Combinations.Count - Combined} more combinations in --format json.)"));
            }
        }
        console.WriteLine();
        foreach (var lever in result.Levers.Take(Told))
        {
            console.MarkupLine(Markup.Escape($"{lever.Rank}. {lever.Narrative}"));
        }
        // Per point and per unit of salience do not compare: the best few of each.
        var workOn = result.Levers.Where(l => l.PerUnit > 0).GroupBy(l => l.Unit)
            .SelectMany(g => g.OrderByDescending(l => l.PerUnit).ThenBy(l => l.Rank).Take(3)).ToArray();
        if (workOn.Length > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Who to work on[/] (levers that help, by effect per unit of shift)");
            foreach (var lever in workOn)
            {
                console.MarkupLine(Markup.Escape($"  {Signed(lever.PerUnit!.Value)} per {lever.Unit}: {lever.Description} (#{lever.Rank})"));
            }
        }
        if (result.Exact.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Exact levers[/] (compromise model: d forecast / d position = w/Σw, exact)");
            var exact = new Table().Border(TableBorder.Simple).AddColumns("Issue", "Actor", "d/d position", "d/d salience");
            foreach (var e in result.Exact)
            {
                exact.AddRow(Markup.Escape(e.Issue), Markup.Escape(e.Actor), e.Position.ToString("0.######", CultureInfo.InvariantCulture), e.Salience.ToString("0.######", CultureInfo.InvariantCulture));
            }
            FittedTable.Write(console, exact);
        }
        console.WriteLine();
        console.MarkupLine(Markup.Escape(AdviceResult.Caveat));
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v > 0 ? "+" : "") + F(v);

    // Two decimals in the table: its intervals are wider than the third.
    private static string F2(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Signed2(double v) => (v > 0 ? "+" : "") + F2(v);
}

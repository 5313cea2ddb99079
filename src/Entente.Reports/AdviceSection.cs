using System.Globalization;
using System.Net;
using System.Text;
using Entente.Simulation.Advice;

namespace Entente.Reports;

/// <summary>
/// The report's advice section (<c>entente report --advise ACTOR</c>): the search's settings and base, the ranked
/// levers, the best in plain words, whom to work on, pairs and exact levers where there are any, and the caveat.
/// </summary>
internal static class AdviceSection
{
    // As the command's table: the best levers; the command's JSON has them all.
    private const int Shown = 15;
    private const int Told = 5;

    /// <summary>The section as HTML, every text from the scenario escaped.</summary>
    public static void Html(StringBuilder html, AdviceResult advice)
    {
        html.Append("<h2>Advice for ").Append(E(advice.Settings.Actor)).Append("</h2>\n");
        foreach (var line in Lines(advice))
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }
        html.Append("<p><strong>").Append(E(AdviceResult.Caveat)).Append("</strong></p>\n");
        html.Append("<table><tr><th>#</th><th>Lever</th><th>Effect</th><th>90%</th><th>Helps</th><th>Audience</th><th>Conceded</th><th>Reputation</th><th>Conflict</th><th>Draws</th></tr>\n");
        foreach (var lever in advice.Levers.Take(Shown))
        {
            html.Append("<tr><td>").Append(lever.Rank.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(E($"{LeverFamilies.NameOf(lever.Kind)}: {lever.Description}")).Append("</td>");
            foreach (var cell in Cells(lever))
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n<ol class=\"narrative\">");
        foreach (var lever in advice.Levers.Take(Told))
        {
            html.Append("<li>").Append(E(lever.Narrative)).Append("</li>");
        }
        html.Append("</ol>\n");
        foreach (var (title, lines) in Lists(advice))
        {
            html.Append("<h3>").Append(E(title)).Append("</h3>\n<ul class=\"narrative\">");
            foreach (var line in lines)
            {
                html.Append("<li>").Append(E(line)).Append("</li>");
            }
            html.Append("</ul>\n");
        }
    }

    /// <summary>The section as Markdown.</summary>
    public static void Markdown(StringBuilder md, AdviceResult advice)
    {
        md.Append("## Advice for ").AppendLine(MarkdownReport.Text(advice.Settings.Actor)).AppendLine();
        foreach (var line in Lines(advice))
        {
            md.AppendLine(MarkdownReport.Text(line)).AppendLine();
        }
        md.Append("**").Append(MarkdownReport.Text(AdviceResult.Caveat)).AppendLine("**").AppendLine();
        md.AppendLine("| # | Lever | Effect | 90% | Helps | Audience | Conceded | Reputation | Conflict | Draws |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var lever in advice.Levers.Take(Shown))
        {
            md.Append("| ").Append(lever.Rank.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(MarkdownReport.Text($"{LeverFamilies.NameOf(lever.Kind)}: {lever.Description}")).Append(" |");
            foreach (var cell in Cells(lever))
            {
                md.Append(' ').Append(MarkdownReport.Text(cell)).Append(" |");
            }
            md.AppendLine();
        }
        md.AppendLine();
        foreach (var lever in advice.Levers.Take(Told))
        {
            md.Append(lever.Rank.ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(MarkdownReport.Text(lever.Narrative));
        }
        md.AppendLine();
        foreach (var (title, lines) in Lists(advice))
        {
            md.Append("### ").AppendLine(MarkdownReport.Text(title)).AppendLine();
            foreach (var line in lines)
            {
                md.Append("- ").AppendLine(MarkdownReport.Text(line));
            }
            md.AppendLine();
        }
    }

    // What was searched, and where the base stands.
    private static IEnumerable<string> Lines(AdviceResult advice)
    {
        var s = advice.Settings;
        yield return s.Objective switch
        {
            AdviceObjective.Escalation => $"Objective: lower the probability of escalation; in the base some focal dyad escalates with probability {N(1 - advice.BaseObjective)}.",
            AdviceObjective.Deal => $"Objective: raise the chance of a deal; in the base the negotiations close with a deal with probability {N(advice.BaseObjective)}.",
            _ => $"Objective: bring the outcome closer to {s.Actor}'s ideal ({string.Join(", ", advice.Issues.Select((i, k) => $"{i} {N(advice.Ideals[k])}"))}); "
                + $"in the base the forecasts sit {N(-advice.BaseObjective)} points from it (salience-weighted).",
        };
        var draws = advice.OverTypes || advice.Noise != Simulation.MonteCarlo.NoiseSettings.None
            ? $"{s.Trials} paired draws per fully evaluated lever (seed {s.Seed})"
            : "one run per lever (nothing to draw)";
        yield return $"{advice.Candidates} candidates, {(s.Search == AdviceSearch.Grid ? "every one on the full draws" : $"halving search to {s.Budget}")}; {draws}; {advice.Runs} model runs. "
            + (s.Search is AdviceSearch.Coordinate or AdviceSearch.Combinations
                ? $"Combined levers: {(s.Search == AdviceSearch.Coordinate ? "coordinate search" : "every combination")} over {advice.Coordinates.Count} coordinates, {advice.CombinationsEvaluated} combinations run. "
                : "")
            + "Effect: the mean change in the objective against the base over the same draws (positive helps), with its 90% interval; "
            + "Conflict: the conflict cost the actor pays carrying out its threats, expected over the draws, against the base; "
            + "Draws: how many it ran (fewer: screened out by the halving search).";
    }

    private static IEnumerable<string> Cells(RankedLever lever) =>
    [
        Signed(lever.Effect.Mean), $"{N(lever.Effect.Low)} to {N(lever.Effect.High)}", lever.HelpsShare.ToString("0%", CultureInfo.InvariantCulture),
        Cost(lever.Cost.Audience), Cost(lever.Cost.Conceded), Cost(lever.Cost.Reputation), Cost(lever.Cost.Conflict), lever.Trials.ToString(CultureInfo.InvariantCulture),
    ];

    // Whom to work on, pairs, exact levers: each list only when there is something in it.
    private static IEnumerable<(string Title, IReadOnlyList<string> Lines)> Lists(AdviceResult advice)
    {
        var workOn = advice.Levers.Where(l => l.PerUnit > 0).GroupBy(l => l.Unit)
            .SelectMany(g => g.OrderByDescending(l => l.PerUnit).ThenBy(l => l.Rank).Take(3))
            .Select(l => $"{Signed(l.PerUnit!.Value)} per {l.Unit}: {l.Description} (#{l.Rank})").ToArray();
        if (workOn.Length > 0)
        {
            yield return ("Who to work on (levers that help, by effect per unit of shift)", workOn);
        }
        if (advice.Pairs.Count > 0)
        {
            yield return ($"Pairs of the best {advice.Settings.Pairs} levers", [.. advice.Pairs.Take(Shown).Select(p =>
                $"{p.Description}: {Signed(p.Effect.Mean)} ({N(p.Effect.Low)} to {N(p.Effect.High)}); interaction {Signed(p.Interaction ?? 0)}")]);
        }
        if (advice.Combinations.Count > 0)
        {
            yield return ("Combined levers (the search's answer first)", [.. advice.Combinations.Take(Told).Select(c =>
                $"{c.Description}: {Signed(c.Effect.Mean)} ({N(c.Effect.Low)} to {N(c.Effect.High)})"
                + (c.Interaction is { } i ? $"; interaction {Signed(i)}" : "") + (c.Cost.Conflict != 0 ? $"; conflict cost {Signed(c.Cost.Conflict)}" : ""))]);
        }
        if (advice.Exact.Count > 0)
        {
            yield return ("Exact levers (compromise model: d forecast / d position = w/Σw, exact)", [.. advice.Exact.Select(e =>
                $"{e.Issue}, {e.Actor}: d/d position {e.Position.ToString("0.######", CultureInfo.InvariantCulture)}, d/d salience {e.Salience.ToString("0.######", CultureInfo.InvariantCulture)}")]);
        }
    }

    private static string N(double v) => ReportText.Number(v);

    private static string Signed(double v) => (v > 0 ? "+" : "") + N(v);

    private static string Cost(double v) => v == 0 ? "" : Signed(v);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

using System.Globalization;
using System.Text;
using Entente.Application;
using Entente.Models.Diplomacy.StageGame;
using Entente.Simulation.Games;

namespace Entente.Cli.Output;

/// <summary>
/// Solved stage games for a reader, within 80 columns: per game a table of the sender types (prior,
/// strategy, follow-through, gain from claiming, posteriors) and the equilibrium in words (who claims,
/// what the receiver does, how credible the claim is and why); several games end with a side-by-side table.
/// </summary>
internal static class GameTable
{
    public const int Width = 80;
    private const int NameWidth = 12;
    private const int Column = 8;
    private const double Tiny = StageGameSolver.Tiny;

    public static string Write(IReadOnlyList<(StageGameCase Case, StageGameSolution Solution)> games)
    {
        var text = new StringBuilder();
        for (var g = 0; g < games.Count; g++)
        {
            if (g > 0)
            {
                text.AppendLine();
            }
            Game(text, g, games[g].Case, games[g].Solution);
        }
        if (games.Count > 1)
        {
            text.AppendLine();
            SideBySide(text, games);
        }
        return text.ToString();
    }

    private static void Game(StringBuilder text, int index, StageGameCase game, StageGameSolution s)
    {
        text.AppendLine(Clip($"Game {index + 1}{(game.Name is { } name ? $": {name}" : "")}", Width));
        if (game.Setting is { } setting)
        {
            Prose(text, setting);
        }
        Prose(text, s.Kind switch
        {
            EquilibriumKind.Babbling => "Equilibrium: babbling (the claim is cheap talk).",
            EquilibriumKind.Fallback => "Equilibrium: none found; babbling is shown as a fallback.",
            _ => $"Equilibrium: {JsonKind(s.Kind)}, selected among {s.Equilibria} valid candidate{(s.Equilibria == 1 ? "" : "s")}.",
        });
        text.AppendLine();
        Row(text, ["type", "prior", "claims", "φ silent", "φ claim", "gain D", "μ|claim", "μ|silent"]);
        var senders = game.Game.Senders;
        var prior = Normalised(senders.Select(t => t.Prior).ToArray());
        for (var t = 0; t < senders.Length; t++)
        {
            Row(text,
            [
                game.TypeNames[t], Show(prior[t]), Show(s.Sigma[t]), Show(senders[t].FollowThroughSilent), Show(senders[t].FollowThroughClaim),
                Show(StageGameSolver.Gain(senders[t], s.Rho0, s.Rho1)), Show(s.PosteriorClaim[t]), Show(s.PosteriorSilent[t]),
            ]);
        }
        text.AppendLine();
        foreach (var paragraph in Reading(game, s, prior))
        {
            Prose(text, paragraph);
        }
    }

    /// <summary>The equilibrium in words: who claims, what the receiver does, how credible the claim is and why.</summary>
    private static IEnumerable<string> Reading(StageGameCase game, StageGameSolution s, double[] prior)
    {
        var names = game.TypeNames;
        var senders = game.Game.Senders;
        var c1 = Show(s.ClaimCredibility);
        var c0 = Show(s.SilentCredibility);
        var response = $"The receiver responds favourably to the claim with probability ρ1 = {Show(s.Rho1)} and to silence with ρ0 = {Show(s.Rho0)}"
            + (s.Beta is { } beta ? $"; the receiver types whose threshold equals c1 mix, favourable with β = {Show(beta)}." : ".");
        if (s.Kind is EquilibriumKind.Babbling)
        {
            yield return "Who claims: every type. Claiming changes neither a payoff nor the follow-through, so it is cheap talk: "
                + $"every type says it and the receiver learns nothing (Crawford & Sobel 1982). The credibility is the prior's: c1 = c0 = {c1}.";
            yield return response;
            yield break;
        }
        if (s.Kind is EquilibriumKind.Fallback)
        {
            yield return "No candidate of the kinds searched (spec §5.3) is an equilibrium; the numbers are babbling's "
                + $"(every type claims, c1 = {c1}), flagged so that nobody reads them as a prediction.";
            yield return response;
            yield break;
        }
        var sure = Indices(senders.Length, t => s.Sigma[t] >= 1 - Tiny);
        var mixing = Indices(senders.Length, t => s.Sigma[t] > Tiny && s.Sigma[t] < 1 - Tiny);
        var silent = Indices(senders.Length, t => s.Sigma[t] <= Tiny);
        var who = new List<string>();
        if (sure.Count > 0)
        {
            who.Add($"{List(sure, names)} {(sure.Count == 1 ? "claims" : "claim")}");
        }
        foreach (var t in mixing)
        {
            who.Add($"{names[t]} claims with probability {Show(s.Sigma[t])}");
        }
        if (silent.Count > 0)
        {
            who.Add($"{List(silent, names)} {(silent.Count == 1 ? "stays" : "stay")} silent");
        }
        yield return $"Who claims: {string.Join("; ", who)} (the claim is sent with probability {Show(s.ClaimProbability)}). "
            + "A type claims when its gain D, what the claim buys in response minus what it costs, is positive.";
        yield return response;
        var claimers = Indices(senders.Length, t => s.Sigma[t] > Tiny);
        if (claimers.Count == 0)
        {
            var backers = Indices(senders.Length, t => s.PosteriorClaim[t] > Tiny);
            yield return $"Credibility: nobody claims, so a claim would be off the path. The receiver reads it (D1) as coming from {List(backers, names)}, "
                + $"the type{(backers.Count == 1 ? "" : "s")} it would pay for over the widest range of responses: c1 = {c1}; silence has c0 = {c0}.";
            yield break;
        }
        var bluffers = claimers.Where(t => senders[t].FollowThroughClaim < 1 - Tiny).ToList();
        if (bluffers.Count == 0)
        {
            yield return $"Credibility: c1 = {c1}. Every type that claims would carry the action out, and the types that would not "
                + $"find claiming too costly: the claim separates them (silence: c0 = {c0}).";
        }
        else
        {
            var share = claimers.Sum(t => prior[t] * s.Sigma[t] * senders[t].FollowThroughClaim) / claimers.Sum(t => prior[t] * s.Sigma[t]);
            yield return $"Credibility: c1 = {c1}: of the claims, a share {Show(share)} come from types that would carry the action out; "
                + $"{List(bluffers, names)} {(bluffers.Count == 1 ? "bluffs" : "bluff")}, claiming without following through (silence: c0 = {c0})."
                + (mixing.Count > 0 && s.Beta is not null
                    ? " The bluff is mixed: just often enough that c1 sits on the threshold of the receiver types who mix, whose β leaves the bluffer indifferent."
                    : "");
        }
    }

    private static void SideBySide(StringBuilder text, IReadOnlyList<(StageGameCase Case, StageGameSolution Solution)> games)
    {
        text.AppendLine("Side by side");
        var nameWidth = Math.Min(24, Math.Max(4, games.Select((g, i) => Label(g.Case, i).Length).Max()));
        void Line(IReadOnlyList<string> cells)
        {
            var line = new StringBuilder("  ").Append(Clip(cells[0], nameWidth).PadRight(nameWidth));
            foreach (var cell in cells.Skip(1))
            {
                line.Append(' ').Append(cell.PadRight(Column + 1));
            }
            text.AppendLine(line.ToString().TrimEnd());
        }
        Line(["game", "kind", "P(claim)", "ρ0", "ρ1", "c0", "c1"]);
        for (var i = 0; i < games.Count; i++)
        {
            var s = games[i].Solution;
            Line([Label(games[i].Case, i), JsonKind(s.Kind), Show(s.ClaimProbability), Show(s.Rho0), Show(s.Rho1), Show(s.SilentCredibility), Show(s.ClaimCredibility)]);
        }
    }

    private static string Label(StageGameCase game, int index) => game.Name ?? $"game {index + 1}";

    private static string JsonKind(EquilibriumKind kind) => GameJson.Kind(kind);

    private static void Row(StringBuilder text, IReadOnlyList<string> cells)
    {
        var line = new StringBuilder("  ").Append(Clip(cells[0], NameWidth).PadRight(NameWidth));
        foreach (var cell in cells.Skip(1))
        {
            line.Append(' ').Append(cell.PadLeft(Column));
        }
        text.AppendLine(line.ToString().TrimEnd());
    }

    // Words are never split: a line breaks only between them.
    private static void Prose(StringBuilder text, string paragraph)
    {
        const string indent = "  ";
        var line = new StringBuilder(indent);
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > Width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(indent).Append("  ");
            }
            if (line.Length > indent.Length && line[^1] != ' ')
            {
                line.Append(' ');
            }
            line.Append(word);
        }
        text.AppendLine(line.ToString());
    }

    private static string List(IReadOnlyList<int> indices, IReadOnlyList<string> names)
    {
        var items = indices.Select(i => names[i]).ToArray();
        return items.Length switch
        {
            0 => "no type",
            1 => items[0],
            _ => $"{string.Join(", ", items[..^1])} and {items[^1]}",
        };
    }

    private static List<int> Indices(int count, Func<int, bool> predicate) => [.. Enumerable.Range(0, count).Where(predicate)];

    // Scaled by the largest weight first, so that huge weights do not overflow the sum.
    private static double[] Normalised(double[] weights)
    {
        var largest = weights.Max();
        var total = weights.Sum(w => w / largest);
        return [.. weights.Select(w => w / largest / total)];
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    // Three decimals in the table; very large magnitudes in short scientific form so a cell keeps its width.
    private static string Show(double value)
    {
        if (Math.Abs(value) >= 1e5)
        {
            return value.ToString(Math.Abs(value) >= 1e100 ? "0E+0" : "0.#E+0", CultureInfo.InvariantCulture);
        }
        var shown = Output.Numbers.Show(value);
        return shown == "-0" ? "0" : shown;
    }
}

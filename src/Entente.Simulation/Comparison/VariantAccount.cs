using System.Globalization;
using Entente.Models.Diplomacy.Engine;

namespace Entente.Simulation.Comparison;

/// <summary>
/// What the diplomacy layer did differently in a variant: signals read with other credibilities (or not at all),
/// and decisions taken in one run only or differently. A difference is listed only when it shows in the numbers
/// as printed (three decimals): "0.012 → 0.012" is no difference to a reader. A decision both runs take, at
/// another level or round, is one line naming both, not an "only" on each side.
/// </summary>
internal static class VariantAccount
{
    private const string Shown = "0.###";

    public static IReadOnlyList<string> Of(StrategicOutcome? baseline, StrategicOutcome? variant)
    {
        if (baseline is null || variant is null)
        {
            return [];
        }
        var lines = Signals(baseline, variant).OrderByDescending(l => l.Weight).Select(l => l.Text).ToList();
        lines.AddRange(Decisions(baseline, variant));
        return lines;
    }

    private static List<(double Weight, string Text)> Signals(StrategicOutcome baseline, StrategicOutcome variant)
    {
        var before = Readings(baseline);
        var after = Readings(variant);
        var lines = new List<(double Weight, string Text)>();
        foreach (var (key, b) in before)
        {
            if (!after.TryGetValue(key, out var v))
            {
                lines.Add((b.Reading.Credibility, $"signal '{key.Signal}': {key.Observer} hears it in the base only (credibility {Show(b.Reading.Credibility)})"));
            }
            else if (Show(b.Reading.Credibility) != Show(v.Reading.Credibility) || b.Channel != v.Channel)
            {
                lines.Add((Math.Abs(b.Reading.Credibility - v.Reading.Credibility),
                    $"signal '{key.Signal}': {key.Observer} finds it {Show(b.Reading.Credibility)} credible ({b.Channel}) in the base, {Show(v.Reading.Credibility)} ({v.Channel}) in the variant"));
            }
        }
        foreach (var (key, v) in after.Where(p => !before.ContainsKey(p.Key)))
        {
            lines.Add((v.Reading.Credibility, $"signal '{key.Signal}': {key.Observer} hears it in the variant only (credibility {Show(v.Reading.Credibility)})"));
        }
        return lines;
    }

    private static Dictionary<(string Signal, string Observer), (int Round, ObserverReading Reading, string Channel)> Readings(StrategicOutcome outcome) =>
        outcome.Rounds.SelectMany(r => r.Signals.SelectMany(s => s.Observers.Select(x => (Key: (s.Id, x.Observer), Value: (r.Round, x, s.Channel)))))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);

    // Decisions are matched by who decides what (actor, kind, signal, issue); when and at what level is what may differ.
    private static IEnumerable<string> Decisions(StrategicOutcome baseline, StrategicOutcome variant)
    {
        var before = Taken(baseline);
        var after = Taken(variant);
        var onlyBase = new List<string>();
        var onlyVariant = new List<string>();
        var changed = new List<string>();
        foreach (var (key, b) in before)
        {
            if (!after.TryGetValue(key, out var v))
            {
                onlyBase.AddRange(b.Select(w => $"in the base only: {Subject(key)} {w}"));
            }
            else if (!b.SequenceEqual(v))
            {
                changed.Add($"{Subject(key)} {string.Join(", ", b)} in the base; {string.Join(", ", v)} in the variant");
            }
        }
        foreach (var (key, v) in after.Where(p => !before.ContainsKey(p.Key)))
        {
            onlyVariant.AddRange(v.Select(w => $"in the variant only: {Subject(key)} {w}"));
        }
        return changed.Concat(onlyBase).Concat(onlyVariant);
    }

    private static Dictionary<(string Actor, string Kind, string Signal, string Issue), List<string>> Taken(StrategicOutcome outcome) =>
        outcome.Rounds.SelectMany(r => r.Decisions.Select(d => (Key: (d.Actor, d.Kind, d.Signal, d.Issue), When: When(d, r.Round))))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.When).Distinct().ToList());

    private static string Subject((string Actor, string Kind, string Signal, string Issue) key) =>
        key.Kind == "choose" ? $"{key.Actor} sets {key.Issue}" : $"{key.Actor} {key.Kind}s '{key.Signal}' on {key.Issue}";

    private static string When(LayerDecision decision, int round) =>
        decision.Kind == "choose" ? $"at {Show(decision.Level ?? double.NaN)} in round {round}" : $"in round {round}";

    private static string Show(double value) => value.ToString(Shown, CultureInfo.InvariantCulture);
}

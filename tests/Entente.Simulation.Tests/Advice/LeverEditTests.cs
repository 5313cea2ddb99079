using Entente.Domain;
using Entente.Simulation.Advice;
using static Entente.Simulation.Tests.Diplomacy.SourceCases;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// Each lever's variant is what its description says: the edits run after the generator has moved on (they are applied
/// to the base at the end, and to another lever's variant for pairs), so each must hold its own values.
/// </summary>
public sealed class LeverEditTests
{
    private static readonly Scenario Case = Load("korea-2010-yeonpyeong.yaml");

    private static IReadOnlyList<Lever> Generate(params LeverFamily[] families)
    {
        var issues = Case.Issues.Where(i => Case.Stances.Any(s => s.ActorId == "US" && s.IssueId == i.Id)).Select(i => i.Id).ToArray();
        return new LeverGenerator(Case, "US", issues, [.. issues.Select(i => LeverSearch.Ideal(Case, "US", i))],
            Case.Issues.ToDictionary(i => i.Id, _ => 50.0), 4).Generate(families);
    }

    [Fact]
    public void Each_timing_lever_sends_the_signal_in_the_round_it_names()
    {
        var timings = Generate(LeverFamily.Timing);
        Assert.Equal(3, timings.Count);
        foreach (var lever in timings)
        {
            var round = lever.Variant.Strategic!.Signals.Single(c => c.Id == "leak").Round;
            Assert.EndsWith($"in round {round} (not 2)", lever.Description, StringComparison.Ordinal);
        }
        Assert.Equal([1, 3, 4], timings.Select(l => l.Variant.Strategic!.Signals.Single(c => c.Id == "leak").Round));
    }

    [Fact]
    public void Each_position_and_persuasion_lever_states_the_value_it_names()
    {
        foreach (var lever in Generate(LeverFamily.Position, LeverFamily.Persuasion).Where(l => l.Unit == "point"))
        {
            var changed = lever.Variant.Stances.Where(s => !Case.Stances.Contains(s)).ToArray();
            var stance = Assert.Single(changed);
            var named = lever.Description.Contains(" to ", StringComparison.Ordinal)
                ? lever.Description[(lever.Description.LastIndexOf(" to ", StringComparison.Ordinal) + 4)..]
                : lever.Description["state ".Length..lever.Description.IndexOf(" on ", StringComparison.Ordinal)];
            Assert.Equal(named, stance.Position.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

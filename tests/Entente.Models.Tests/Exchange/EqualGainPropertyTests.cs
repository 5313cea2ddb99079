using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.Tests.Exchange;

/// <summary>Properties every realised exchange has, checked on random scenarios.</summary>
public sealed class EqualGainPropertyTests
{
    public static TheoryData<ulong> Trials() => [.. Enumerable.Range(0, 40).Select(i => (ulong)i)];

    [Theory]
    [MemberData(nameof(Trials))]
    public void Both_sides_gain_the_same_and_no_one_leaves_the_scale(ulong trial)
    {
        var scenario = Random(trial);
        var result = ExchangeReference.Run(scenario, 1);
        var exchanges = result.Rounds![0].Exchanges!;
        foreach (var e in exchanges)
        {
            // Each side gains the salience-weighted shift of its demand issue toward it less that of its supply issue.
            var gainA = Shift(scenario, e.ActorB, e.IssueB, e.MoveB) * Salience(scenario, e.ActorA, e.IssueB)
                - Shift(scenario, e.ActorA, e.IssueA, e.MoveA) * Salience(scenario, e.ActorA, e.IssueA);
            var gainB = Shift(scenario, e.ActorA, e.IssueA, e.MoveA) * Salience(scenario, e.ActorB, e.IssueA)
                - Shift(scenario, e.ActorB, e.IssueB, e.MoveB) * Salience(scenario, e.ActorB, e.IssueB);
            Assert.Equal(gainA, gainB, 9);
            Assert.Equal(e.Gain, gainA, 9);
            Assert.True(e.Gain > 0);
            Assert.InRange(e.NewPositionA, -1e-9, 100 + 1e-9);
            Assert.InRange(e.NewPositionB, -1e-9, 100 + 1e-9);
        }
    }

    private static double Shift(Scenario scenario, string actor, string issue, double move)
    {
        var participants = scenario.ParticipantsIn(issue);
        var mover = participants.Single(p => p.ActorId == actor);
        return Math.Abs(move) * mover.Weight / participants.Sum(p => p.Weight);
    }

    private static double Salience(Scenario scenario, string actor, string issue) =>
        scenario.ParticipantsIn(issue).Single(p => p.ActorId == actor).Salience;

    /// <summary>Six actors on four issues with random positions, saliences and powers; some rows missing.</summary>
    private static Scenario Random(ulong trial)
    {
        var random = new CounterRandom(2024, trial);
        var rows = new List<(string, string, double, double, double)>();
        for (var a = 0; a < 6; a++)
        {
            for (var i = 0; i < 4; i++)
            {
                if (random.NextDouble() < 0.1)
                {
                    continue;
                }
                rows.Add(($"a{a}", $"i{i}", Math.Round(random.NextDouble() * 100), 0.05 + 0.95 * random.NextDouble(), 0.1 + random.NextDouble()));
            }
        }
        return TwoIssues.Of([.. rows]);
    }
}

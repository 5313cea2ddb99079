using CsCheck;
using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Models.Diplomacy;

namespace Entente.Models.Tests.Diplomacy;

/// <summary>Coalitions, entries, exits and the escalation index, pinned to what they compute.</summary>
public sealed class MechanismTests
{
    [Fact]
    public void The_escalation_index_is_the_capability_weighted_share_of_pairs_in_mutual_conflict()
    {
        Diplomatic.Base.Sample(scenario =>
        {
            var result = Diplomatic.Run(scenario.WithDeadline(3), DiplomacyOptions.ModelName, new ModelOption("explain", "0"));
            var capability = scenario.Actors.ToDictionary(a => a.Id, a => a.Capability!.Value);
            double conflict = 0, all = 0;
            var lastRound = result.Rounds!.Count - 1;
            foreach (var issue in result.Issues.Where(i => i.Rounds.Count - 1 == lastRound))
            {
                var dyads = issue.Rounds[^1].Dyads!.ToDictionary(d => (d.Actor, d.Other), d => d.ActorUtility);
                var actors = issue.Rounds[^1].Positions.Keys.ToArray();
                for (var i = 0; i < actors.Length; i++)
                {
                    for (var j = i + 1; j < actors.Length; j++)
                    {
                        var w = capability[actors[i]] * capability[actors[j]];
                        all += w;
                        conflict += dyads[(actors[i], actors[j])] > 0 && dyads[(actors[j], actors[i])] > 0 ? w : 0;
                    }
                }
            }
            if (all > 0 && result.Issues.All(i => i.Rounds.Count - 1 == lastRound))
            {
                Assert.Equal(conflict / all, result.Diplomacy!.EscalationIndex, 12);
            }
        }, iter: 40);
    }

    [Fact]
    public void A_coalition_outside_its_cohesion_band_changes_nothing()
    {
        Diplomatic.Base.Sample(scenario =>
        {
            // A starts at 0 and B at 100: in round 1, with a band of half of Δ, they are not cohesive.
            var coalition = new Coalition { Id = "ab", Name = "ab", Members = ["A", "B"], JointPosition = true, CohesionBand = 0.5 };
            var without = Diplomatic.Run(scenario.WithDeadline(1));
            var with = Diplomatic.Run(scenario.WithDeadline(1) with { Coalitions = [coalition] });
            Assert.Equal(Diplomatic.Issues(without), Diplomatic.Issues(with));
        }, iter: 30);
    }

    [Fact]
    public void A_cohesive_block_pools_its_votes_at_its_weighted_mean()
    {
        // B and C stand 10 apart, inside a 20% band of Δ = 100: they vote as one block of pooled c·s at their
        // weighted mean, 66.4. Votes are linear, so the block differs from its members only in a contest whose
        // midpoint or contestants fall between them: B against C itself.
        var scenario = Diplomatic.Parse("""
            name: bloc
            actors: [ { id: A, capability: 1 }, { id: B, capability: 1 }, { id: C, capability: 1 }, { id: D, capability: 0.5 } ]
            issues:
              - id: x
                positions:
                  A: { position: 0, salience: 0.8 }
                  B: { position: 60, salience: 0.5 }
                  C: { position: 70, salience: 0.9 }
                  D: { position: 100, salience: 0.6 }
            timeline: [ { id: end, kind: deadline, round: 1 } ]
            """);
        var bloc = new Coalition { Id = "bc", Name = "bc", Members = ["B", "C"], JointPosition = true, CohesionBand = 0.2 };

        var apart = Diplomatic.Run(scenario).Issues[0].Rounds[1].Dyads!;
        var together = Diplomatic.Run(scenario with { Coalitions = [bloc] }).Issues[0].Rounds[1].Dyads!;

        Assert.NotEqual(apart.Single(d => d.Actor == "B" && d.Other == "C").ActorUtility, together.Single(d => d.Actor == "B" && d.Other == "C").ActorUtility);
        Assert.Equal(apart.Single(d => d.Actor == "A" && d.Other == "D").ActorUtility, together.Single(d => d.Actor == "A" && d.Other == "D").ActorUtility, 12);
    }

    [Fact]
    public void An_actor_that_enters_late_and_one_that_exits_are_at_the_table_only_in_between()
    {
        var scenario = Diplomatic.Example("ec-cars-1994.yaml") with
        {
            Timeline =
            [
                new TimelineEvent { Id = "in", Kind = EventKind.Entry, Round = 3, Actors = ["Greece"] },
                new TimelineEvent { Id = "out", Kind = EventKind.Exit, Round = 2, Actors = ["UK"] },
                new TimelineEvent { Id = "end", Kind = EventKind.Deadline, Round = 4 },
            ],
        };

        var rounds = Diplomatic.Run(scenario).Issues[0].Rounds;

        Assert.DoesNotContain("Greece", rounds[0].Positions.Keys);
        Assert.DoesNotContain("Greece", rounds[2].Positions.Keys);
        Assert.Contains("Greece", rounds[3].Positions.Keys);
        Assert.Contains("UK", rounds[1].Positions.Keys);
        Assert.DoesNotContain("UK", rounds[2].Positions.Keys);
        Assert.Equal(5, rounds.Count);
    }

    [Fact]
    public void A_shock_sets_the_position_at_the_start_of_its_round()
    {
        var scenario = Diplomatic.Example("ec-cars-1994.yaml") with
        {
            Timeline =
            [
                new TimelineEvent { Id = "u-turn", Kind = EventKind.Shock, Round = 2, Actors = ["Germany"], Issues = ["emissions"], Position = 10, Capability = 0.3 },
                new TimelineEvent { Id = "end", Kind = EventKind.Deadline, Round = 2 },
            ],
        };

        var run = Diplomatic.Engine(scenario);

        Assert.Equal(0.3, run.Final.C[0][run.Cast.ActorIndex["Germany"]]);
        var germany = run.Rounds[0][2].Offers!.SingleOrDefault(o => o.Receiver == "Germany");
        Assert.Equal(10, germany?.From ?? run.Rounds[0][2].Positions["Germany"]);
        Assert.Contains(run.ScenarioRounds[2].Events!, e => e.Kind == "shock" && e.Id == "u-turn");
    }
}

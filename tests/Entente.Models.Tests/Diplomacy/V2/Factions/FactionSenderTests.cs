using Entente.Domain.Diplomacy;
using Entente.Models.Diplomacy.Engine;
using static Entente.Models.Tests.Diplomacy.V2.Factions.CompositeCases;

namespace Entente.Models.Tests.Diplomacy.V2.Factions;

/// <summary>
/// Factions sending claims in the round loop (§4.4, A18, P25): a faction's threat is as credible as the composite's
/// weighted majority, another faction's endorsement raises it, and the composite honours by weighted majority.
/// </summary>
public sealed class FactionSenderTests
{
    // Every faction's reciprocity is ½-weighted on (0, ½, 1); with a = 0 a faction carries out the cut of aid iff
    // q ≥ ½ (F = p·B − C + q·W crosses 0 between q = 0 and ½ here), so each other faction acts with π = ¾.
    private static readonly Entente.Domain.Strategic.TypeDeclaration Reciprocity = Q("S", [0, 0.5, 1], [1, 2, 1]);

    private static SignalReading Reading(ForecastResult run, string id) =>
        run.Strategic!.Rounds.SelectMany(r => r.Signals).Single(s => s.Id == id);

    [Fact]
    public void A_factions_threat_is_as_credible_as_its_composites_weighted_majority()
    {
        var run = V2.Engine.Cases.Run(Trio(Threat("t", "S.Hawk")).WithTypes(Reciprocity));

        var reading = Reading(run, "t");
        Assert.Equal("S.Hawk", reading.Sender);
        // Every sending Hawk type acts (its hands tied by the public claim); the Hawk (0.45) needs one more faction:
        // 1 − (1 − ¾)(1 − ¾) = 0.9375, not the 1 a unitary sender in the same position would get.
        var r = reading.Observers.Single(o => o.Observer == "R");
        Near.Equal(0.9375, r.Credibility);
        Assert.Equal("r/trade", r.Dimension);
        Assert.Contains(run.Strategic!.Narrative, line => line.StartsWith("Round 1: S (Hawk), public threat 't' to R", StringComparison.Ordinal));
    }

    [Fact]
    public void W12_through_the_scenario_a_factions_threat_moves_the_majority_between_its_two_values()
    {
        // Everything known but each faction's reciprocity: q = 1 cuts aid, q = 0 does not (F = pB − C + q·W crosses 0).
        // P(q = 1): Hawk 0.6, Dove 0.3, Centre 0.5 — W12's act probabilities, so without a claim the composite acts
        // with W12's 0.45 (c0). The Hawk's types that claim act (its reputation at stake ties its hands), so after the claim
        // the composite acts with 1 − 0.7·0.5 = 0.65.
        var scenario = Trio(Threat("t", "S.Hawk", Channel.Private)).WithTypes(
            Q("S.Hawk", [0, 1], [0.4, 0.6]), Q("S.Dove", [0, 1], [0.7, 0.3]), Q("S.Centre", [0, 1], [0.5, 0.5]));
        scenario = scenario with { Strategic = scenario.Strategic! with { Uncertainty = Entente.Domain.Strategic.Uncertainty.None } };

        var r = Reading(V2.Engine.Cases.Run(scenario), "t").Observers.Single(o => o.Observer == "R");

        Near.Equal(0.45, r.C0);
        Near.Equal(0.65, r.Credibility);
        Near.Equal(0.6, r.PriorMean);
    }

    [Fact]
    public void W12_through_the_scenario_at_exactly_half_the_first_listed_of_the_largest_factions_decides()
    {
        // Two factions of equal weight: the Hawk (listed first) would act, the Dove would not: the composite acts.
        var scenario = Trio(Threat("t", "S.Hawk", Channel.Private)).WithTypes(Q("S.Hawk", [1], [1]), Q("S.Dove", [0], [1]));
        scenario = scenario with
        {
            Actors = new(scenario.Actors.Select(a => a.Id != "S" ? a : a with
            {
                Factions = new(a.Factions.Take(2).Select(f => f with { Weight = 0.5 })),
            })),
            Stances = new(scenario.Stances.Select(s => s.ActorId == "S" && s.IssueId == "trade" ? s with { Position = 70 } : s)),
            Strategic = scenario.Strategic! with { Uncertainty = Entente.Domain.Strategic.Uncertainty.None },
        };

        var r = Reading(V2.Engine.Cases.Run(scenario), "t").Observers.Single(o => o.Observer == "R");

        Near.Equal(1, r.Credibility);
    }

    [Fact]
    public void P25_another_factions_endorsement_ties_its_hands_and_raises_the_credibility()
    {
        var alone = V2.Engine.Cases.Run(Trio(Threat("t", "S.Hawk")).WithTypes(Reciprocity));
        var endorsed = V2.Engine.Cases.Run(Trio(Threat("e", "S.Dove"), Threat("t", "S.Hawk")).WithTypes(Reciprocity));

        var before = Reading(alone, "t").Observers.Single(o => o.Observer == "R").Credibility;
        var after = Reading(endorsed, "t").Observers.Single(o => o.Observer == "R").Credibility;
        // The Dove's own public claim ties its hands (a = 0.3 makes every Dove type act): the Hawk and the Dove make 0.8.
        Near.Equal(0.9375, before);
        Near.Equal(1, after);
    }

    [Fact]
    public void A_composite_honours_by_weighted_majority_even_when_the_speaker_would_not()
    {
        // The Dove (q = 0, caring much about aid) would not cut aid; the Hawk and the Centre (q = ½) would, and carry 0.65.
        var scenario = Trio(Threat("t", "S.Dove", Channel.Private)).WithTypes(
            Reciprocity, Q("S.Dove", [0, 0.5, 1], [1, 2, 1], 0), R("S.Dove", "aid", [0.9], [1]));

        var run = V2.Engine.Cases.Run(scenario);

        var decision = run.Strategic!.Rounds.SelectMany(r => r.Decisions).Single(d => d.Signal == "t" && d.Kind is "honour" or "renege");
        Assert.Equal("honour", decision.Kind);
        Assert.Equal("S", decision.Actor);
        Assert.True(decision.Value < decision.Cost, "the speaker's own payoff is against");
        Assert.Contains(run.Strategic.Narrative, line => line.Contains("honours 't' by weighted majority (Hawk for, Dove against, Centre for)", StringComparison.Ordinal));
        Near.Equal(10, run.Issues.Single(i => i.IssueId == "aid").Rounds[^1].Positions["S"]);
    }

    [Fact]
    public void A_faction_that_observes_learns_and_one_that_does_not_holds_no_beliefs()
    {
        var run = V2.Engine.Cases.Run(Trio(Threat("t", "S.Hawk")).WithTypes(Reciprocity));

        // The Dove is an observer: it hears the public threat (and reads it); the Centre is not and does not.
        var observers = Reading(run, "t").Observers.Select(o => o.Observer).ToArray();
        Assert.Equal(["R", "T", "S.Dove"], observers);
    }
}

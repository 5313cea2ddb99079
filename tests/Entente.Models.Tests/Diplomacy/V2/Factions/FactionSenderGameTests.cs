using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.Factions;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Factions;

/// <summary>
/// A faction's claim as a stage game (§4.4, amendment A18): its follow-through moves the composite's act probability
/// φ between two values, and it is paid F (or H) when the composite acts, −a after a claim the composite does not keep.
/// </summary>
public sealed class FactionSenderGameTests
{
    // W12's composite: weights (0.45, 0.35, 0.20); the other two factions act with 0.3 and 0.5. The first faction
    // acting makes a majority unless both others abstain: φ = 1 − 0.7·0.5 = 0.65; abstaining needs both: 0.3·0.5 = 0.15.
    private static readonly FactionVote First = new([0, 0.3, 0.5], [0.45, 0.35, 0.20], 0);

    private static readonly ClaimTerms Terms = new() { Success = 0.5, HonourScale = 0.5, AudienceCost = 0.1, Sunk = 0.01, Vote = First };

    [Fact]
    public void The_vote_of_a_faction_moves_the_composite_between_the_two_majority_probabilities()
    {
        Near.Equal(0.65, First.Given(true));
        Near.Equal(0.15, First.Given(false));
        Near.Equal(0.4, First.Given(0.5));
    }

    [Fact]
    public void A18_threat_a_faction_that_would_act_anyway_is_paid_F_when_the_majority_acts()
    {
        // F = p·B − C + q·W = 0.5·0.3 − 0.2 + 0.5·0.5 = 0.2 ≥ 0: the faction acts with or without the claim.
        var type = Assert.Single(ThreatClaim.Game([new ClaimSender(1, Benefit: 0.3, Cost: 0.2, Reciprocity: 0.5)], [new ClaimReceiver(1, 0.1, 0.5)], Terms).Senders);

        Near.Equal(0.65, type.FollowThroughSilent);
        Near.Equal(0.65, type.FollowThroughClaim);
        Near.Equal(0.65 * 0.2, type.SilentUnfavourable);
        Near.Equal(0.65 * 0.2 + 0.35 * -0.1 - 0.01, type.ClaimUnfavourable);
        Near.Equal(0.3, type.SilentFavourable);
        Near.Equal(0.3 - 0.01, type.ClaimFavourable);
    }

    [Fact]
    public void A18_threat_tying_its_hands_makes_a_reluctant_faction_vote_to_act()
    {
        // F = 0.15 − 0.3 + 0.1 = −0.05 < 0 but F + a = 0.05 ≥ 0: silent it abstains (φ = 0.15), after the claim it acts (0.65).
        var type = Assert.Single(ThreatClaim.Game([new ClaimSender(1, Benefit: 0.3, Cost: 0.3, Reciprocity: 0.2)], [new ClaimReceiver(1, 0.1, 0.5)], Terms).Senders);

        Near.Equal(0.15, type.FollowThroughSilent);
        Near.Equal(0.65, type.FollowThroughClaim);
        Near.Equal(0.15 * -0.05, type.SilentUnfavourable);
        Near.Equal(0.65 * -0.05 + 0.35 * -0.1 - 0.01, type.ClaimUnfavourable);
    }

    [Fact]
    public void A18_promise_the_faction_gets_H_when_the_majority_keeps_it()
    {
        // H = q·W − C = 0.8·0.5 − 0.1 = 0.3.
        var type = Assert.Single(PromiseClaim.Game([new ClaimSender(1, Benefit: 0.2, Cost: 0.1, Reciprocity: 0.8)], [new ClaimReceiver(1, 0.1, 0.5)],
            Terms with { Success = 0 }).Senders);

        Near.Equal(0.65, type.FollowThroughClaim);
        Near.Equal(0, type.SilentUnfavourable);
        Near.Equal(-0.01, type.ClaimUnfavourable);
        Near.Equal(0.2 + 0.65 * 0.3, type.SilentFavourable);
        Near.Equal(0.2 + 0.65 * 0.3 + 0.35 * -0.1 - 0.01, type.ClaimFavourable);
    }

    [Theory]
    [InlineData(0.3, 0.2, 0.5, 0.1)]
    [InlineData(0.3, 0.3, 0.2, 0.1)]
    [InlineData(0.1, 0.5, 0.0, 0.3)]
    public void A_faction_that_alone_carries_the_majority_plays_the_unitary_game(double benefit, double cost, double q, double a)
    {
        // One faction of weight 1: φ is 0 or 1 as its own decision, so A18 reduces to §4.3 exactly.
        var alone = new FactionVote([0.0], [1.0], 0);
        ClaimSender[] senders = [new(1, benefit, cost, q)];
        ClaimReceiver[] receivers = [new(1, 0.1, 0.5)];
        var terms = new ClaimTerms { AudienceCost = a, Sunk = 0.02 };

        Same(ThreatClaim.Game(senders, receivers, terms).Senders[0], ThreatClaim.Game(senders, receivers, terms with { Vote = alone }).Senders[0]);
        Same(PromiseClaim.Game(senders, receivers, terms).Senders[0], PromiseClaim.Game(senders, receivers, terms with { Vote = alone }).Senders[0]);
    }

    private static void Same(SenderType unitary, SenderType faction)
    {
        for (var m = 0; m < 2; m++)
        {
            Assert.Equal(unitary.FollowThrough(m), faction.FollowThrough(m));
            for (var y = 0; y < 2; y++)
            {
                Assert.True(unitary.Payoff(m, y) == faction.Payoff(m, y), $"U({m}, {y}): {unitary.Payoff(m, y):R} vs {faction.Payoff(m, y):R}");
            }
        }
    }
}

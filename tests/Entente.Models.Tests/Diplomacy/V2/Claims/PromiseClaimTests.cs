using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Claims;

/// <summary>Promises as stage games: Kydd's reassurance (W7).</summary>
public sealed class PromiseClaimTests
{
    private static readonly double[] Q = [0.0, 0.5, 1.0];

    private static StageGameSolution Kydd(double audience, double sunk) =>
        StageGameSolver.Solve(PromiseClaim.Game(
            [new ClaimSender(0.5, 0.08, 0.3, 0.0), new ClaimSender(0.3, 0.08, 0.3, 0.5), new ClaimSender(0.2, 0.08, 0.3, 1.0)],
            [new ClaimReceiver(1.0, 0.1, 0.25)],
            new ClaimTerms { HonourScale = 0.5, AudienceCost = audience, Sunk = sunk }));

    [Fact]
    public void W7_a_costless_promise_is_worth_the_prior_share_of_rewarding_types()
    {
        var s = Kydd(0, 0);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0.2, s.ClaimCredibility);
    }

    [Fact]
    public void W7_tying_hands_adds_the_types_that_keep_their_word_once_it_is_given()
    {
        var s = Kydd(0.1, 0);
        Near.Equal([0, 1, 1], s.Sigma);
        Near.Equal(1, s.ClaimCredibility);
        Near.Equal([0, 0.6, 0.4], s.PosteriorClaim);
        Near.Equal(0.7, Games.Mean(Q, s.PosteriorClaim));
    }

    [Fact]
    public void W7_a_sunk_cost_inside_the_band_makes_exactly_the_rewarders_send()
    {
        var s = Kydd(0, 0.15);
        Near.Equal([0, 0, 1], s.Sigma);
        Near.Equal(1, s.ClaimCredibility);
    }

    [Fact]
    public void A_reaction_cost_on_a_promise_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PromiseClaim.Game([new ClaimSender(1, 0, 0, 0)], [new ClaimReceiver(1, 0, 1)], new ClaimTerms { Reaction = 0.1 }));
    }

    [Theory]
    [InlineData(0.1, 0.25, 0.4)]
    [InlineData(-0.1, 0.0, double.NegativeInfinity)]
    [InlineData(0.1, 0.0, double.PositiveInfinity)]
    public void The_trust_threshold_is_loss_over_gain_or_infinite(double loss, double gain, double threshold)
    {
        var game = PromiseClaim.Game([new ClaimSender(1, 0, 0, 0)], [new ClaimReceiver(1, loss, gain)], new ClaimTerms());
        Assert.Equal(threshold, game.Receivers[0].Threshold, 12);
    }
}

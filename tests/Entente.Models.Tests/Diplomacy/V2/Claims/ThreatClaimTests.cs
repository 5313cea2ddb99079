using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Claims;

/// <summary>Threats as stage games: tying hands, sinking costs, bluffing, reaction and face costs (W3-W6, W8, W9).</summary>
public sealed class ThreatClaimTests
{
    private static StageGameSolution Fearon(double cost, double audience = 0, double sunk = 0, double reaction = 0, double face = 0,
        params (double Weight, double Loss, double Stake)[] receivers) =>
        StageGameSolver.Solve(ThreatClaim.Game(Games.FearonSenders(cost), Games.Receivers(receivers),
            new ClaimTerms { Success = 0.5, AudienceCost = audience, Sunk = sunk, Reaction = reaction, Face = face }));

    private static readonly (double, double, double)[] W3Receivers = [(0.3, 0.15, 0.5), (0.7, 1.0, 0.5)];

    [Fact]
    public void W3_without_an_audience_cost_a_threat_that_nobody_would_carry_out_is_babble()
    {
        var s = Fearon(0.3, receivers: W3Receivers);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0, s.ClaimCredibility);
    }

    [Fact]
    public void W3_a_small_audience_cost_lets_the_middle_type_bluff()
    {
        var s = Fearon(0.3, audience: 0.1, receivers: W3Receivers);
        Assert.Equal(EquilibriumKind.Pure, s.Kind);
        Near.Equal([0, 0, 1, 1, 1], s.Sigma);
        Near.Equal(0.3, s.Rho1);
        Near.Equal(0.666666666667, s.ClaimCredibility);
        Near.Equal(0.8, Games.Mean(Games.FearonResolve, s.PosteriorClaim));
    }

    [Fact]
    public void W3_a_large_enough_audience_cost_ties_hands_and_separates_with_no_bluff()
    {
        var s = Fearon(0.3, audience: 0.15, receivers: W3Receivers);
        Near.Equal([0, 0, 0, 1, 1], s.Sigma);
        Near.Equal(1, s.ClaimCredibility);
        Near.Equal(0, s.SilentCredibility);
        Near.Equal(0.9, Games.Mean(Games.FearonResolve, s.PosteriorClaim));
    }

    [Theory]
    [InlineData(0.05, new[] { 0.0, 1, 1, 1, 1 }, 0.5)]
    [InlineData(0.1, new[] { 0.0, 0, 0, 1, 1 }, 1.0)]
    public void W4_sunk_costs_screen_types_by_what_a_favourable_response_is_worth(double sunk, double[] sigma, double c1)
    {
        var s = Fearon(0.2, sunk: sunk, receivers: W3Receivers);
        Assert.Equal(EquilibriumKind.Pure, s.Kind);
        Near.Equal(sigma, s.Sigma);
        Near.Equal(c1, s.ClaimCredibility);
    }

    [Fact]
    public void W4_a_sunk_cost_nobody_will_pay_leaves_the_claim_off_path_with_a_D1_belief_on_the_most_resolved()
    {
        var s = Fearon(0.2, sunk: 0.2, receivers: W3Receivers);
        Near.Equal([0, 0, 0, 0, 0], s.Sigma);
        Near.Equal(0.4, s.SilentCredibility);
        Near.Equal(0.3, s.Rho0);
        Near.Equal([0, 0, 0, 0, 1], s.PosteriorClaim);
        Near.Equal(1, s.ClaimCredibility);
    }

    [Fact]
    public void W5_a_bluffer_mixes_and_the_receiver_mixes_at_its_threshold()
    {
        var game = ThreatClaim.Game([new ClaimSender(0.7, 0.1, 0.2, 0), new ClaimSender(0.3, 0.5, 0.2, 0)],
            Games.Receivers((1.0, 0.25, 0.5)), new ClaimTerms { AudienceCost = 0.1 });
        var s = StageGameSolver.Solve(game);
        Assert.Equal(EquilibriumKind.Mixed, s.Kind);
        Near.Equal([0.428571428571, 1], s.Sigma);
        Near.Equal(0.5, s.Beta!.Value);
        Near.Equal(0.5, s.Rho1);
        Near.Equal(0.5, s.ClaimCredibility);
        Near.Equal(0, s.SilentCredibility);
        // P8's closed forms: σ_L = p_H(1−τ)/((1−p_H)τ), β = a/(r_L·g + a).
        Near.Equal(0.3 * 0.5 / (0.7 * 0.5), s.Sigma[0]);
        Near.Equal(0.1 / (0.2 * 0.5 + 0.1), s.Beta.Value);
    }

    [Fact]
    public void W6_with_opposed_interests_and_no_costs_a_threat_is_cheap_talk()
    {
        var s = Fearon(0.2, receivers: [(0.5, 0.15, 0.5), (0.5, 0.3, 0.5)]);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0.4, s.ClaimCredibility);
        Near.Equal(0.4, s.SilentCredibility);
        Near.Equal(0.5, s.Rho1);
        Near.Equal([0.2, 0.2, 0.2, 0.2, 0.2], s.PosteriorClaim);
    }

    [Theory]
    [InlineData(0.0, EquilibriumKind.Babbling, new[] { 1.0, 1, 1, 1, 1 }, 0.4, 0.5)]
    [InlineData(0.12, EquilibriumKind.Pure, new[] { 0.0, 1, 1, 1, 1 }, 0.5, 0.5)]
    [InlineData(0.3, EquilibriumKind.Pure, new[] { 0.0, 0, 0, 1, 1 }, 1.0, 1.0)]
    public void W8_a_private_threat_becomes_informative_when_the_targets_reaction_costs_the_sender(
        double reaction, EquilibriumKind kind, double[] sigma, double c1, double rho1)
    {
        var s = Fearon(0.2, reaction: reaction, receivers: [(0.5, 0.15, 0.5), (0.5, 0.3, 0.5)]);
        Assert.Equal(kind, s.Kind);
        Near.Equal(sigma, s.Sigma);
        Near.Equal(c1, s.ClaimCredibility);
        Near.Equal(rho1, s.Rho1);
    }

    [Fact]
    public void W9_going_public_costs_a_known_resolute_sender_the_targets_compliance()
    {
        ClaimSender[] known = [new(1.0, 0.5, 0.2, 0.0)];
        var receivers = Games.Receivers((1.0, 0.3, 0.5));
        var privately = StageGameSolver.Solve(ThreatClaim.Game(known, receivers, new ClaimTerms()));
        var publicly = StageGameSolver.Solve(ThreatClaim.Game(known, receivers, new ClaimTerms { AudienceCost = 0.3, Face = 0.25 }));
        Near.Equal(1, privately.Rho1);
        Near.Equal(0, publicly.Rho1);
    }

    [Fact]
    public void W9_going_public_makes_an_uncertain_senders_threat_credible()
    {
        (double, double, double)[] receivers = [(0.5, 0.15, 0.5), (0.5, 0.3, 0.5)];
        var privately = Fearon(0.3, receivers: receivers);
        var publicly = Fearon(0.3, audience: 0.15, face: 0.1, receivers: receivers);
        Assert.Equal(EquilibriumKind.Babbling, privately.Kind);
        Near.Equal(0, privately.ClaimCredibility);
        Near.Equal([0, 1, 1, 1, 1], publicly.Sigma);
        Near.Equal(0.75, publicly.ClaimCredibility);
        Near.Equal(0.5, publicly.Rho1);
    }
}

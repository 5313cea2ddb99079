using Entente.Domain.Diplomacy;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Cases;

/// <summary>
/// W14: the signals of December 2010 read through the stage game, with the spec's illustrative inputs
/// (issues 0-100; stakes computed from ideals and positions as in §4.3).
/// </summary>
public sealed class Korea2010StageGamesTests
{
    private static double Loss(double r, double ideal, double from, double to) => Stakes.Loss(r, ideal, from, to, 100);

    // (a) China's envoy to Pyongyang: a private threat. Ask: nk_strike ≤ 20; action: cut aid 80 → 20.
    private static readonly double[] ChinaStrikeResolve = [0.2, 0.4, 0.6, 0.8];

    private static StageGameSolution Envoy(double reaction)
    {
        var cutAid = Loss(0.4, 80, 80, 20);
        var senders = ChinaStrikeResolve.Select(r => new ClaimSender(0.25, -Loss(r, 0, 70, 20), cutAid, 0.5)).ToArray();
        var harm = Loss(0.8, 100, 80, 20); // ω = 1: China decides its aid alone
        var receivers = new[] { 0.4, 0.6, 0.8 }.Select(r => new ClaimReceiver(1 / 3.0, Loss(r, 70, 70, 20), harm)).ToArray();
        var terms = new ClaimTerms { Success = 0.5, HonourScale = 0.1, AudienceCost = ChannelCosts.Default.ContradictionCost(Channel.Private, 0.3), Reaction = reaction };
        return StageGameSolver.Solve(ThreatClaim.Game(senders, receivers, terms));
    }

    [Fact]
    public void W14a_the_envoys_private_threat_is_informative_because_chinas_reaction_cost_screens_its_types()
    {
        var reaction = Loss(0.5, 0, 0, 50); // the North realigns 50 points away from Beijing
        var s = Envoy(reaction);

        Near.Equal(0.25, reaction);
        Assert.Equal(EquilibriumKind.Pure, s.Kind);
        Near.Equal([0, 0, 1, 1], s.Sigma);
        Near.Equal(0.5, s.ClaimCredibility);
        Near.Equal(1 / 3.0, s.Rho1);
        Near.Equal(0.7, Probability.Mean(ChinaStrikeResolve, s.PosteriorClaim));
    }

    [Fact]
    public void W14a_without_the_reaction_cost_the_envoy_babbles_at_the_prior_credibility()
    {
        var s = Envoy(0);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0.25, s.ClaimCredibility);
    }

    // (b) The official leak: a US credit to China, a promise. Ask: cn_pressure ≥ 60; reward: us_cn_stance 40 → 85.
    private static readonly double[] Q = [0.0, 0.5, 1.0];

    private static StageGameSolution Leak(Channel channel)
    {
        var senders = Q.Zip([0.5, 0.3, 0.2]).Select(p => new ClaimSender(p.Second, -Loss(0.2, 100, 30, 60), Loss(0.4, 40, 40, 85), p.First)).ToArray();
        ClaimReceiver[] china = [new(1.0, Loss(0.5, 30, 30, 60), -Loss(0.6, 100, 40, 85))];
        var terms = new ClaimTerms { HonourScale = 0.5, AudienceCost = ChannelCosts.Default.ContradictionCost(channel, 0.6) };
        return StageGameSolver.Solve(PromiseClaim.Game(senders, china, terms));
    }

    [Fact]
    public void W14b_sent_privately_the_credit_is_babble()
    {
        var s = Leak(Channel.Private);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0.5, s.ClaimCredibility);
        Near.Equal(0.35, Probability.Mean(Q, s.PosteriorClaim));
    }

    [Theory]
    [InlineData(Channel.Leak, 0.09)]
    [InlineData(Channel.Public, 0.6)]
    public void W14b_leaked_or_public_the_credit_separates_and_beijing_believes_washington_reciprocates(Channel channel, double audienceCost)
    {
        Near.Equal(audienceCost, ChannelCosts.Default.ContradictionCost(channel, 0.6));
        var s = Leak(channel);
        Near.Equal([0, 1, 1], s.Sigma);
        Near.Equal(1, s.ClaimCredibility);
        Near.Equal([0, 0.6, 0.4], s.PosteriorClaim);
        Near.Equal(0.7, Probability.Mean(Q, s.PosteriorClaim));
    }

    [Fact]
    public void W14b_the_leak_is_deniable_so_it_ties_hands_less_than_a_public_statement()
    {
        // P24: a_leak = min(α_leak, α_disown)·A < a_public.
        Assert.True(ChannelCosts.Default.ContradictionCost(Channel.Leak, 0.6) < ChannelCosts.Default.ContradictionCost(Channel.Public, 0.6));
    }

    [Fact]
    public void W14d_the_sacred_war_threat_is_discounted_because_no_northern_type_would_wage_war()
    {
        // Public threat, ask rok_drills ≤ 0, action contest (p = 0.1, κ_DPRK = 1.5), Pyongyang's audience perceived 0.
        var senders = new[] { 0.3, 0.5, 0.7 }.Select(r => new ClaimSender(1 / 3.0, -Loss(r, 0, 100, 0), 1.5, 0.5)).ToArray();
        var rokLoss = Loss(0.7, 100, 100, 0);
        ClaimReceiver[] rok = [new(1.0, rokLoss, 0.1 * rokLoss + 0.4)];
        var terms = new ClaimTerms { Success = 0.1, HonourScale = 0.1, AudienceCost = 0, Face = ChannelCosts.Default.Face(Channel.Public) * 0.5 };
        var game = ThreatClaim.Game(senders, rok, terms);
        var s = StageGameSolver.Solve(game);

        Near.Equal(2.02127659574, game.Receivers[0].Threshold);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0, s.ClaimCredibility);
    }
}

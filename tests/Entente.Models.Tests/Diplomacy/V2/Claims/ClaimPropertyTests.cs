using CsCheck;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.StageGame;
using Entente.Models.Tests.Diplomacy.V2.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Claims;

/// <summary>The canonical results the claim templates must reproduce on any parameters (properties P5-P12, P24).</summary>
public sealed class ClaimPropertyTests
{
    [Fact]
    public void P5_tying_hands_separates_exactly_the_types_above_both_cutoffs_and_no_sender_bluffs()
    {
        var checkedCases = 0;
        var gen = Gen.Select(Gen.Int[1, 10].Array[2, 6], Gen.Double[0.2, 1], Gen.Double[0.1, 0.9], Gen.Double[0.05, 0.6], Gen.Double[0, 0.6], Gen.Double[0.1, 0.9], Gen.Double[0.05, 0.95]);
        gen.Sample((ints, g, p, cost, a, rb, tauA) =>
        {
            var rs = ints.Distinct().Order().Select(i => i / 10.0).ToArray();
            var rFight = (cost - a) / (p * g);
            var rStar = cost * (1 - rb) / (g * (rb + (1 - rb) * p));
            if (rs.Length < 2 || p * g >= cost || rs.Where(r => r < rFight).Any(r => rb * r * g >= (1 - rb) * a)
                || rs.Any(r => Math.Abs(r - rFight) < 1e-9 || Math.Abs(r - rStar) < 1e-9))
            {
                return;
            }
            var expected = rs.Select(r => r >= rFight && r >= rStar ? 1.0 : 0.0).ToArray();
            if (expected.Sum() == 0)
            {
                return;
            }
            var game = ThreatClaim.Game([.. rs.Select(r => new ClaimSender(1, r * g, cost, 0))],
                [new ClaimReceiver(rb, tauA, 1.0), new ClaimReceiver(1 - rb, 2.0, 1.0)],
                new ClaimTerms { Success = p, AudienceCost = a });
            var s = StageGameSolver.Solve(game);
            Assert.Equal(expected, s.Sigma.ToArray());
            Assert.Equal(1.0, s.ClaimCredibility, 1e-9);
            checkedCases++;
        }, iter: 20000);
        Assert.True(checkedCases > 100, $"only {checkedCases} cases met P5's conditions");
    }

    [Fact]
    public void P8_a_bluffer_against_one_resolute_type_mixes_at_the_closed_form()
    {
        var checkedCases = 0;
        var gen = Gen.Select(Gen.Double[0.05, 0.5], Gen.Double[0.6, 1], Gen.Double[0.2, 1], Gen.Double[0.1, 0.9], Gen.Double[0, 0.5], Gen.Double[0.01, 0.4], Gen.Double[0.05, 0.9], Gen.Double[0.05, 0.95]);
        gen.Sample((rL, rH, g, p, cost, a, pH, tau) =>
        {
            // The closed form needs the bluffer strictly unwilling and the resolute type willing: the solver treats gains
            // within its ε of zero as indifference, so cases on those edges (1/12 − 11/36 + 2/9 = 0 exactly, say) are not P8's.
            var eps = StageGameSolver.Epsilon;
            if (!(p * rL * g - cost + a < -eps && eps <= p * rH * g - cost) || pH >= tau - eps)
            {
                return;
            }
            var game = ThreatClaim.Game([new ClaimSender(1 - pH, rL * g, cost, 0), new ClaimSender(pH, rH * g, cost, 0)],
                [new ClaimReceiver(1, tau, 1)], new ClaimTerms { Success = p, AudienceCost = a });
            var s = StageGameSolver.Solve(game);
            Assert.Equal(EquilibriumKind.Mixed, s.Kind);
            Assert.Equal(pH * (1 - tau) / ((1 - pH) * tau), s.Sigma[0], 1e-9);
            Assert.Equal(a / (rL * g + a), s.Beta!.Value, 1e-9);
            Assert.Equal(tau, s.ClaimCredibility, 1e-9);
            checkedCases++;
        }, iter: 20000);
        Assert.True(checkedCases > 100, $"only {checkedCases} cases met P8's conditions");
    }

    [Fact]
    public void P9_P11_a_claim_that_costs_nothing_is_babble_at_the_prior_credibility_for_every_observer()
    {
        Gen.Select(RandomGames.Threats, Gen.Bool).Sample((template, promise) =>
        {
            // Strip the costs: a = k = ω = f = 0.
            var senders = template.Senders.Select(t => new ClaimSender(t.Prior, t.SilentFavourable, 0.3, 0.5)).ToArray();
            var receivers = template.Receivers.Select(r => new ClaimReceiver(r.Weight, 0.1, 0.4)).ToArray();
            var game = promise
                ? PromiseClaim.Game(senders, receivers, new ClaimTerms())
                : ThreatClaim.Game(senders, receivers, new ClaimTerms());
            var s = StageGameSolver.Solve(game);
            var mu = Probability.Normalise([.. game.Senders.Select(t => t.Prior)]);
            Assert.Equal(EquilibriumKind.Babbling, s.Kind);
            Assert.Equal(mu.ToArray(), s.PosteriorClaim.ToArray());
            Assert.Equal(Probability.Mean([.. game.Senders.Select(t => t.FollowThroughSilent)], mu), s.ClaimCredibility, 1e-12);
        });
    }

    [Fact]
    public void P10_a_costless_promise_is_as_credible_as_the_share_of_rewarding_types_and_the_addressee_follows_kydds_threshold()
    {
        var gen = Gen.Select(Gen.Double[0.01, 1].Array[3], Gen.Double[0, 0.3], Gen.Double[0, 0.5], Gen.Double[0, 0.3], Gen.Double[0.01, 0.5]);
        gen.Sample((prior, benefit, cost, loss, gain) =>
        {
            double[] q = [0, 0.5, 1];
            var senders = q.Select((x, i) => new ClaimSender(prior[i], benefit, cost, x)).ToArray();
            var s = StageGameSolver.Solve(PromiseClaim.Game(senders, [new ClaimReceiver(1, loss, gain)], new ClaimTerms()));
            var mu = Probability.Normalise(prior);
            var rewarding = q.Select((x, i) => x * 0.5 - cost >= -1e-9 ? mu[i] : 0).Sum();
            Assert.Equal(rewarding, s.ClaimCredibility, 1e-12);
            Assert.Equal(loss / gain < rewarding - 1e-9 ? 1.0 : 0.0, s.Rho1);
        });
    }

    [Fact]
    public void P10_a_sunk_cost_between_the_non_rewarders_and_the_rewarders_gain_makes_exactly_the_rewarders_send()
    {
        var gen = Gen.Select(Gen.Double[0.01, 1].Array[3], Gen.Double[0, 0.2], Gen.Double[0, 0.5], Gen.Double[0, 1], Gen.Double[0, 0.3], Gen.Double[0.01, 0.5]);
        gen.Sample((prior, benefit, cost, share, loss, gain) =>
        {
            double[] q = [0, 0.5, 1];
            var h = q.Select(x => x * 0.5 - cost).ToArray();
            var smallest = h.Where(x => x >= 0).DefaultIfEmpty(-1).Min();
            if (smallest <= 1e-6 || h.All(x => x >= 0))
            {
                return;
            }
            var sunk = benefit + share * smallest;
            if (sunk <= benefit + 1e-9 || sunk >= benefit + smallest - 1e-9)
            {
                return;
            }
            var s = StageGameSolver.Solve(PromiseClaim.Game([.. q.Select((x, i) => new ClaimSender(prior[i], benefit, cost, x))],
                [new ClaimReceiver(1, loss, gain)], new ClaimTerms { Sunk = sunk }));
            if (s.Rho0 == 0 && s.Rho1 == 1)
            {
                Assert.Equal(h.Select(x => x >= 0 ? 1.0 : 0.0).ToArray(), s.Sigma.ToArray());
            }
        });
    }

    [Fact]
    public void P12_going_public_never_raises_compliance_with_a_sender_known_to_follow_through()
    {
        var gen = Gen.Select(Gen.Double[0, 1], Gen.Double[0, 0.3], Gen.Double[0.01, 0.6], Gen.Double[0, 0.5], Gen.Double[0.01, 0.3]);
        gen.Sample((benefit, cost, a, face, loss) =>
        {
            ClaimSender[] known = [new(1, benefit, Math.Min(cost, 0.5 * benefit), 0)];
            ClaimReceiver[] target = [new(0.5, loss, 0.5), new(0.5, 2 * loss, 0.5)];
            var privately = StageGameSolver.Solve(ThreatClaim.Game(known, target, new ClaimTerms()));
            var publicly = StageGameSolver.Solve(ThreatClaim.Game(known, target, new ClaimTerms { AudienceCost = a, Face = face }));
            Assert.True(publicly.Rho1 <= privately.Rho1 + 1e-12, $"{publicly.Rho1} > {privately.Rho1}");
        });
    }

    [Fact]
    public void P7_without_an_audience_cost_a_sunk_cost_never_changes_what_a_type_would_do_when_tested()
    {
        RandomGames.Threats.Sample(template =>
        {
            var senders = template.Senders.Select(t => new ClaimSender(t.Prior, t.SilentFavourable, 0.2, 0)).ToArray();
            var game = ThreatClaim.Game(senders, [new ClaimReceiver(1, 0.1, 0.5)], new ClaimTerms { Sunk = 0.1 });
            Assert.All(game.Senders, t => Assert.Equal(t.FollowThroughSilent, t.FollowThroughClaim));
        });
    }
}

using CsCheck;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Commitments;

namespace Entente.Models.Tests.Diplomacy.V2.Commitments;

/// <summary>Properties P15-P17: tests are directional, honouring is a decision, graduated steps decide as the whole.</summary>
public sealed class CommitmentPropertyTests
{
    private static readonly double[] Q = [0.0, 0.5, 1.0];

    [Fact]
    public void P15_a_committer_already_at_or_beyond_its_level_is_not_tested()
    {
        Gen.Select(Gen.Double[0, 100], Gen.Double[0, 100]).Sample((position, level) =>
        {
            Assert.Equal(position > level, CommitmentTest.IsTested(position, level, Direction.AtMost));
            Assert.Equal(position < level, CommitmentTest.IsTested(position, level, Direction.AtLeast));
        });
        Assert.False(CommitmentTest.IsTested(50, 60, Direction.AtMost)); // W10: md = 50 ≤ 60 counts as kept
    }

    [Fact]
    public void P15_a_renege_lowers_believed_reciprocity_for_every_observer_whose_prior_it_splits()
    {
        Gen.Select(Gen.Double[0.01, 1].Array[3], Gen.Double[0, 0.6], Gen.Double[0, 0.3]).Sample((prior, cost, a) =>
        {
            var honours = Q.Select(q => HonourRule.Honours(HonourRule.PromiseValue(q, 0.5, a, 0), cost)).ToArray();
            var mu = Probability.Normalise(prior);
            var (after, _) = Probability.Update(mu, [.. honours.Select(h => Probability.TrembleLikelihood(!h))]);
            var before = Probability.Mean(Q, mu);
            if (honours.Distinct().Count() == 2)
            {
                Assert.True(Probability.Mean(Q, after) < before, "a renege must lower E[q]");
            }
            else
            {
                Assert.Equal(before, Probability.Mean(Q, after), 12);
            }
        });
    }

    [Fact]
    public void P16_the_reputation_stake_is_non_negative_and_never_lowers_the_credibility_of_honouring()
    {
        Gen.Select(Gen.Double[0.01, 1].Array[3], Gen.Double[0, 0.8], Gen.Double[0, 1], Gen.Double[0, 0.3]).Sample((prior, cost, psi, a) =>
        {
            var mu = Probability.Normalise(prior);
            var levelZero = Q.Select(q => HonourRule.Honours(HonourRule.PromiseValue(q, 0.5, a, 0), cost)).ToArray();
            var rs = ReputationStake.Of(psi, [new ReputationObserver(1, mu, Q, levelZero)]);
            var withStake = Q.Select(q => HonourRule.Honours(HonourRule.PromiseValue(q, 0.5, a, rs), cost)).ToArray();
            Assert.True(rs >= 0);
            Assert.True(ReputationStake.Credibility(mu, withStake) >= ReputationStake.Credibility(mu, levelZero));
        });
    }

    [Fact]
    public void P17_with_linear_losses_every_step_of_a_schedule_is_decided_as_the_whole_schedule()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Double[0.05, 1], Gen.Double[0, 100], Gen.Double[0, 100], Gen.Double[0, 100], Gen.Double[0, 100]).Sample((value, r, z1, z2, a, b) =>
        {
            var (lo, hi) = (Math.Min(z1, z2), Math.Max(z1, z2));
            var (from, to) = (lo + (hi - lo) * Math.Min(a, b) / 100, lo + (hi - lo) * Math.Max(a, b) / 100);
            if (hi - lo < 1e-3 || to - from < 1e-3)
            {
                return;
            }
            // The committer's ideal lies at or beyond the top of the schedule, so losses are linear in the level.
            var whole = HonourRule.Honours(value, r * (hi - lo) / 100);
            var step = HonourRule.Honours(value, r * (to - from) / 100, HonourRule.StepFraction(from, to, lo, hi));
            if (Math.Abs(value - r * (hi - lo) / 100) > 1e-6)
            {
                Assert.Equal(whole, step);
            }
        });
    }
}

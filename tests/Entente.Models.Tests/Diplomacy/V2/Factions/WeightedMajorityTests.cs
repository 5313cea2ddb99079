using CsCheck;
using Entente.Models.Diplomacy.Factions;

namespace Entente.Models.Tests.Diplomacy.V2.Factions;

/// <summary>W12 and P25: a composite actor acts by weighted majority of independent factions.</summary>
public sealed class WeightedMajorityTests
{
    private static readonly double[] UsFactions = [0.45, 0.35, 0.20];   // President, Congress (opposition), SecState

    [Fact]
    public void Without_the_oppositions_support_the_composite_acts_with_probability_0_45()
    {
        Worked.Near(0.45, WeightedMajority.ActProbability([0.6, 0.3, 0.5], UsFactions));
    }

    [Fact]
    public void The_oppositions_endorsement_raises_it_to_0_75()
    {
        Worked.Near(0.75, WeightedMajority.ActProbability([0.6, 0.9, 0.5], UsFactions));
    }

    [Fact]
    public void At_exactly_half_the_largest_faction_first_listed_decides()
    {
        Assert.Equal(1, WeightedMajority.ActProbability([1, 0], [0.5, 0.5]));
        Assert.Equal(0, WeightedMajority.ActProbability([0, 1], [0.5, 0.5]));
        Assert.Equal(0.3, WeightedMajority.ActProbability([0, 0, 0.3], [0.3, 0.2, 0.5]), 12);
    }

    [Fact]
    public void A_faction_sender_knows_its_own_vote()
    {
        // The President acts: the composite acts unless both others refuse; 1 − 0.7·0.5 = 0.65.
        Worked.Near(0.65, WeightedMajority.ActProbabilityGiven([0.6, 0.3, 0.5], UsFactions, 0, factionActs: true));
        // The President refuses: the others, 0.55 of the weight, must both act; 0.3·0.5 = 0.15.
        Worked.Near(0.15, WeightedMajority.ActProbabilityGiven([0.6, 0.3, 0.5], UsFactions, 0, factionActs: false));
    }

    [Fact]
    public void A_single_faction_is_the_actor()
    {
        Assert.Equal(0.37, WeightedMajority.ActProbability([0.37], [1]));
    }

    [Fact]
    public void An_endorsement_never_lowers_the_composites_credibility()
    {
        var gen = from n in Gen.Int[1, 6]
                  from raw in Gen.Double[0.01, 1].Array[n]
                  from probabilities in Gen.Double[0, 1].Array[n]
                  from endorser in Gen.Int[0, n - 1]
                  from more in Gen.Double[0, 1]
                  select (weights: raw.Select(w => w / raw.Sum()).ToArray(), probabilities, endorser, more);
        gen.Sample(c =>
        {
            var endorsed = (double[])c.probabilities.Clone();
            endorsed[c.endorser] += c.more * (1 - endorsed[c.endorser]);

            var before = WeightedMajority.ActProbability(c.probabilities, c.weights);
            var after = WeightedMajority.ActProbability(endorsed, c.weights);

            Assert.InRange(before, -1e-12, 1 + 1e-12);
            Assert.True(after >= before - 1e-12, $"{after} < {before}");
        }, iter: 5_000);
    }
}

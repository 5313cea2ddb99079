using CsCheck;
using Entente.Models.Diplomacy.Escalation;

namespace Entente.Models.Tests.Diplomacy.V2.Escalation;

/// <summary>
/// The escalation watch computes each voter's utilities once a round and each observer's voting weights once, and
/// forms the win probability from those parts: it must give exactly the bits of the one-shot formula.
/// </summary>
public sealed class WinProbabilityPartsTests
{
    [Fact]
    public void The_win_probability_from_precomputed_utilities_and_weights_equals_the_formula_to_the_bit()
    {
        var gen = from n in Gen.Int[2, 12]
                  from positions in Gen.Double[0, 100].Array[n]
                  from capabilities in Gen.Double[0, 1].Array[n]
                  from saliences in Gen.Double[0, 1].Array[n]
                  from own in Gen.Int[0, n - 1]
                  from rival in Gen.Int[0, n - 1]
                  from range in Gen.Double[1, 200]
                  select (positions, capabilities, saliences, own, rival, range);
        gen.Sample(c =>
        {
            var n = c.positions.Length;
            double[] Utilities(int a) => [.. c.positions.Select(x => 1 - 2 * Math.Abs(c.positions[a] - x) / c.range)];
            var weights = c.capabilities.Select((cap, k) => cap * c.saliences[k]).ToArray();
            var parts = WinProbability.FromVotes(Utilities(c.own), Utilities(c.rival), weights);
            var formula = WinProbability.Bdm(c.positions[c.own], c.positions[c.rival], c.positions, c.capabilities, c.saliences, c.range);
            Assert.Equal(BitConverter.DoubleToInt64Bits(formula), BitConverter.DoubleToInt64Bits(parts));
        });
    }

    [Fact]
    public void Nobody_caring_gives_even_odds_from_the_parts_as_from_the_formula()
    {
        Assert.Equal(0.5, WinProbability.FromVotes([1, 0], [0, 1], [0, 0]));
    }
}

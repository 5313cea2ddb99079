using CsCheck;
using Entente.Models.Diplomacy.Negotiations;

namespace Entente.Models.Tests.Diplomacy.V2.Negotiations;

/// <summary>P19, unity and stalling.</summary>
public sealed class UnityPropertyTests
{
    [Fact]
    public void With_nothing_to_wait_for_and_delay_costly_a_party_concedes_in_its_first_round()
    {
        var gen = from r in Gen.Double[0.05, 1]
                  from h in Gen.Double[0, 0.2]
                  from more in Gen.Double[0.0001, 0.2]
                  from horizon in Gen.Int[1, 50]
                  from first in Gen.Int[1, 50]
                  select (r, costs: HoldingCosts.WithoutDeadline(Math.Max(horizon, first), h + more, h), first);
        gen.Sample(c =>
        {
            var stake = new HoldOutStake(c.r, WaitingGain: 0, StandCost: 0);
            Assert.Equal(c.first, ConcessionRule.FirstConcessionRound(stake, c.costs, c.first));
            Assert.Equal(c.first, ConcessionClosedForm.FirstConcessionRound(stake, c.costs, c.first));
        }, iter: 5_000);
    }

    /// <summary>
    /// i (party 0) and its allies stand below the other side; i's ideal lies at or beyond its side's offer,
    /// and no opponent stands past that offer. Mirrored at random.
    /// </summary>
    private static readonly Gen<Table> Tables =
        from allies in Gen.Double[0, 50].Array[0, 3]
        from own in Gen.Double[0, 50]
        from opponents in Gen.Double[0, 1].Array[1, 4]
        from capabilities in Gen.Double[0.05, 1].Array[8]
        from beyond in Gen.Double[0, 1]
        from mirrored in Gen.Bool
        from probabilities in Gen.Double[0, 1].Array[8]
        from raise in Gen.Double[0, 1].Array[8]
        select Table.Build(own, allies, opponents, capabilities, beyond, mirrored, probabilities, raise);

    [Fact]
    public void If_my_ideal_lies_at_or_beyond_my_sides_offer_every_opponents_concession_helps_me()
    {
        Tables.Sample(t =>
        {
            for (var j = 0; j < t.Positions.Length; j++)
            {
                if (t.Sides[j] != 0)
                {
                    Assert.True(WaitingGain.Delta(t.Ideal, t.Positions, t.Capabilities, t.Sides, 0, j, 100) >= -1e-12);
                }
            }
        }, iter: 5_000);
    }

    [Fact]
    public void Disunity_on_the_other_side_raises_the_gain_from_waiting_and_delays_my_concession()
    {
        var gen = from t in Tables
                  from r in Gen.Double[0.05, 1]
                  from c in Gen.Double[0, 1]
                  from beta in Gen.Double[0, 1]
                  from deadline in Gen.Int[1, 30]
                  from h in Gen.Double[0, 0.1]
                  select (t, r, costs: new HoldingCosts(c, beta, deadline, h, 0));
        gen.Sample(c =>
        {
            var w = WaitingGain.PerUnitResolve(c.t.Ideal, c.t.Positions, c.t.Capabilities, c.t.Sides, 0, c.t.Probabilities, 100);
            var wDivided = WaitingGain.PerUnitResolve(c.t.Ideal, c.t.Positions, c.t.Capabilities, c.t.Sides, 0, c.t.Raised, 100);
            Assert.True(wDivided >= w - 1e-12);

            var round = ConcessionRule.FirstConcessionRound(new HoldOutStake(c.r, w, 0), c.costs) ?? int.MaxValue;
            var roundDivided = ConcessionRule.FirstConcessionRound(new HoldOutStake(c.r, wDivided, 0), c.costs) ?? int.MaxValue;
            Assert.True(roundDivided >= round || Math.Abs(wDivided - w) <= 1e-12);
        }, iter: 5_000);
    }

    [Fact]
    public void An_opponent_standing_past_my_sides_offer_can_make_another_ones_concession_cost_me()
    {
        // The condition of P19 matters: i alone at 50 (its ideal); j at 100 and k at 10, equal capability.
        // The other side offers 55; if j concedes to 50 it offers 30 — further from i's ideal.
        double[] positions = [50, 100, 10];
        double[] capabilities = [1, 1, 1];
        int[] sides = [0, 1, 1];

        Worked.Near(-0.15, WaitingGain.Delta(50, positions, capabilities, sides, 0, 1, 100));
    }

    internal sealed record Table(double Ideal, double[] Positions, double[] Capabilities, int[] Sides, double[] Probabilities, double[] Raised)
    {
        public static Table Build(
            double own, double[] allies, double[] opponentShares, double[] capabilities, double beyond, bool mirrored,
            double[] probabilities, double[] raise)
        {
            var mine = allies.Prepend(own).ToArray();
            var caps = capabilities.Take(mine.Length + opponentShares.Length).ToArray();
            var offer = mine.Select((x, k) => caps[k] * x).Sum() / caps.Take(mine.Length).Sum();
            var theirs = opponentShares.Select(s => offer + s * (100 - offer)).ToArray();
            var positions = mine.Concat(theirs).ToArray();
            var ideal = offer * beyond;
            if (mirrored)
            {
                positions = [.. positions.Select(x => 100 - x)];
                ideal = 100 - ideal;
            }
            var sides = positions.Select((_, k) => k < mine.Length ? 0 : 1).ToArray();
            var p = probabilities.Take(positions.Length).ToArray();
            var raised = p.Select((x, k) => x + raise[k] * (1 - x)).ToArray();
            return new Table(ideal, positions, caps, sides, p, raised);
        }
    }
}

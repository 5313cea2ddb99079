using Entente.Models.Diplomacy.Negotiations;

namespace Entente.Models.Tests.Diplomacy.V2.Negotiations;

/// <summary>W11: the hold-out rule with deadline anticipation, w = 0.2, C = 0.3, β = 0.7, T = 6, h = 0.02, g = 0.</summary>
public sealed class DeadlineTests
{
    private static readonly HoldingCosts Visit = new(NoDealCost: 0.3, Discount: 0.7, Deadline: 6, DelayCost: 0.02, DelayBenefit: 0);

    [Theory]
    [InlineData(0.3, 1)]
    [InlineData(0.5, 3)]
    [InlineData(0.7, 4)]
    [InlineData(0.9, 5)]
    public void A_more_resolved_party_concedes_later_but_before_the_deadline(double resolve, int round)
    {
        var stake = new HoldOutStake(resolve, WaitingGain: 0.2, StandCost: 0);

        Assert.Equal(round, ConcessionRule.FirstConcessionRound(stake, Visit));
        Assert.Equal(round, ConcessionClosedForm.FirstConcessionRound(stake, Visit));
    }

    [Fact]
    public void At_resolve_0_7_the_party_holds_in_round_3_and_concedes_in_round_4()
    {
        var stake = new HoldOutStake(0.7, 0.2, 0);

        Worked.Near(0.3 * 0.7 * 0.7 * 0.7 + 0.02, Visit.CostOfWaiting(3));
        Assert.False(ConcessionRule.ConcedesNow(stake, Visit, 3));
        Assert.True(ConcessionRule.ConcedesNow(stake, Visit, 4));
    }

    [Fact]
    public void Without_discounting_the_deadline_is_felt_only_when_it_arrives()
    {
        var stake = new HoldOutStake(0.7, 0.2, 0);
        var myopic = Visit with { Discount = 0 };

        Assert.Equal(6, ConcessionRule.FirstConcessionRound(stake, myopic));
        Assert.Equal(6, ConcessionClosedForm.FirstConcessionRound(stake, myopic));
    }

    [Fact]
    public void Against_united_opponents_waiting_gains_nothing_and_the_party_concedes_at_once()
    {
        var stake = new HoldOutStake(0.9, WaitingGain: 0, StandCost: 0);

        Assert.Equal(1, ConcessionRule.FirstConcessionRound(stake, Visit));
        Assert.Equal(1, ConcessionClosedForm.FirstConcessionRound(stake, Visit));
    }

    [Fact]
    public void An_exact_tie_holds()
    {
        // K(T) = C + h − g = 0.375 in binary fractions, so the tie is exact: a stake of 0.375 is not outweighed.
        var stake = new HoldOutStake(1, WaitingGain: 0.25, StandCost: 0.125);
        var costs = new HoldingCosts(0.25, 0.5, 6, 0.125, 0);

        Assert.False(ConcessionRule.ConcedesNow(stake, costs, 6));
        Assert.Null(ConcessionRule.FirstConcessionRound(stake, costs));
        Assert.Null(ConcessionClosedForm.FirstConcessionRound(stake, costs));
    }

    [Fact]
    public void A_stake_no_deadline_can_outweigh_is_held_to_the_end()
    {
        var stake = new HoldOutStake(1, WaitingGain: 0.5, StandCost: 0);

        Assert.Null(ConcessionRule.FirstConcessionRound(stake, Visit));
        Assert.Null(ConcessionClosedForm.FirstConcessionRound(stake, Visit));
    }

    [Fact]
    public void Without_a_deadline_a_party_concedes_at_once_or_never()
    {
        var costs = HoldingCosts.WithoutDeadline(horizon: 20, delayCost: 0.05, delayBenefit: 0.01);

        Assert.Equal(3, ConcessionClosedForm.FirstConcessionRound(new HoldOutStake(0.5, 0.05, 0), costs, firstRound: 3));
        Assert.Equal(3, ConcessionRule.FirstConcessionRound(new HoldOutStake(0.5, 0.05, 0), costs, firstRound: 3));
        Assert.Null(ConcessionClosedForm.FirstConcessionRound(new HoldOutStake(0.5, 0.1, 0), costs));
        Assert.Null(ConcessionRule.FirstConcessionRound(new HoldOutStake(0.5, 0.1, 0), costs));
    }

    [Fact]
    public void No_round_is_decided_after_the_deadline()
    {
        var stake = new HoldOutStake(0.3, 0.2, 0);

        Assert.Null(ConcessionRule.FirstConcessionRound(stake, Visit, firstRound: 7));
        Assert.Null(ConcessionClosedForm.FirstConcessionRound(stake, Visit, firstRound: 7));
    }
}

using Entente.Models.Diplomacy.Engine;
using Entente.Simulation.Comparison;

namespace Entente.Simulation.Tests.Comparison;

/// <summary>What accounts for a variant's difference (issue 18.6): only differences a reader can see, each said once.</summary>
public class VariantAccountTests
{
    [Fact]
    public void Credibilities_equal_as_printed_are_no_difference()
    {
        var account = VariantAccount.Of(Outcome(Reading(0.0121)), Outcome(Reading(0.0124)));

        Assert.Empty(account);
    }

    [Fact]
    public void Credibilities_that_differ_as_printed_are_listed_with_both_values()
    {
        var account = VariantAccount.Of(Outcome(Reading(0.5)), Outcome(Reading(0.25)));

        Assert.Equal(["signal 'envoy': KP finds it 0.5 credible (private) in the base, 0.25 (private) in the variant"], account);
    }

    [Fact]
    public void A_decision_both_runs_take_differently_is_one_line_not_an_only_on_each_side()
    {
        var account = VariantAccount.Of(Outcome(decisions: [(1, Choose(20))]), Outcome(decisions: [(1, Choose(20)), (3, Choose(70))]));

        Assert.Equal(["KP sets kp_strike at 20 in round 1 in the base; at 20 in round 1, at 70 in round 3 in the variant"], account);
    }

    [Fact]
    public void A_decision_one_run_alone_takes_is_in_that_run_only()
    {
        var honour = new LayerDecision { Kind = "honour", Actor = "US", Signal = "leak", Issue = "us_cn_stance", Value = 0.34, Cost = 0.18 };

        var account = VariantAccount.Of(Outcome(decisions: [(3, honour)]), Outcome());

        Assert.Equal(["in the base only: US honours 'leak' on us_cn_stance in round 3"], account);
    }

    private static LayerDecision Choose(double level) =>
        new() { Kind = "choose", Actor = "KP", Signal = "", Issue = "kp_strike", Level = level, Value = 0, Cost = 0 };

    private static ObserverReading Reading(double credibility) => new("KP", 0.5, credibility, "pure", "resolve", 0.5, 0.6);

    private static StrategicOutcome Outcome(ObserverReading? reading = null, (int Round, LayerDecision Decision)[]? decisions = null)
    {
        var rounds = Enumerable.Range(1, 3).Select(round => new LayerRound
        {
            Round = round,
            Signals = round == 1 && reading is not null
                ? [new SignalReading { Id = "envoy", Sender = "CN", Channel = "private", Kind = "threat", Observers = [reading] }]
                : [],
            Decisions = (decisions ?? []).Where(d => d.Round == round).Select(d => d.Decision).ToList(),
            Beliefs = [],
        }).ToList();
        return new StrategicOutcome { Rounds = rounds };
    }
}

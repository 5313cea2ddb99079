using Entente.Domain.Validation;
using Entente.Simulation.Diplomacy;
using static Entente.Simulation.Tests.Diplomacy.SourceCases;

namespace Entente.Simulation.Tests.Diplomacy;

/// <summary>
/// examples/korea-2010-yeonpyeong.yaml as shipped: the mechanisms of December 2010, each by a paired Monte Carlo
/// comparison over the analyst's type priors (400 trials, seed 1) whose 90% interval excludes zero.
/// </summary>
public sealed class Korea2010CaseTests
{
    private const string File = "korea-2010-yeonpyeong.yaml";
    private static readonly Entente.Domain.Scenario Case = Load(File);

    // North Korean restraint through the state visit: no more than a token response on kp_strike.
    private static bool Restraint(Models.ForecastResult r) => PairedRuns.Forecast("kp_strike")(r) <= 20;

    [Fact]
    public void The_file_is_a_version_2_case_that_validates_without_errors_or_warnings()
    {
        var document = Document(File);
        Assert.False(document.StrategicFromVersion1);
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Nominal_run_the_north_stays_quiet_at_the_drill_china_keeps_its_pressure_and_washington_rewards_it()
    {
        var run = Nominal(Case);
        Assert.Equal(20, Position(run, "kp_strike", "KP", 1));
        Assert.Equal(60, PairedRuns.Forecast("cn_pressure")(run));
        Assert.Equal(20, PairedRuns.Forecast("kp_strike")(run));
        Assert.Equal(85, PairedRuns.Forecast("us_cn_stance")(run));
        var leak = Reading(run, "leak", "CN");
        Assert.Equal("q", leak.Dimension);
        Assert.Equal(1, leak.Credibility, 9);
        Assert.Equal(0.35, leak.PriorMean, 9);
        Assert.Equal(0.7, leak.PosteriorMean, 9);
    }

    [Fact]
    public void The_leak_raises_beijings_belief_that_washington_reciprocates_its_pressure_and_northern_restraint_the_same_credit_in_private_does_less()
    {
        var runs = Paired(Case, Variant(Case, "praise-in-private"));

        Lower(runs.Compare(PairedRuns.Credibility("leak", "CN")));
        Lower(runs.Compare(PairedRuns.Posterior("leak", "CN")));
        Lower(runs.Compare(PairedRuns.Forecast("cn_pressure")));
        Lower(runs.CompareEvent(Restraint).Difference);
    }

    [Fact]
    public void Without_any_credit_china_eases_its_pressure_and_the_north_is_restrained_less_often()
    {
        var runs = Paired(Case, Variant(Case, "no-leak"));

        Lower(runs.Compare(PairedRuns.Forecast("cn_pressure")));
        Lower(runs.CompareEvent(Restraint).Difference);
    }

    [Fact]
    public void The_private_credit_is_babble_at_beijings_prior_credibility()
    {
        var leak = Reading(Nominal(Variant(Case, "praise-in-private")), "leak", "CN");
        Assert.Equal("babbling", leak.Kind);
        Assert.Equal(0.5, leak.Credibility, 9);
        Assert.Equal(leak.PriorMean, leak.PosteriorMean, 9);
    }

    [Fact]
    public void The_envoy_informs_pyongyang_only_through_chinas_reaction_cost()
    {
        var nominal = Reading(Nominal(Case), "envoy", "KP");
        Assert.Equal("pure", nominal.Kind);
        Assert.Equal(0.5, nominal.Credibility, 9);
        Assert.Equal(0.5, nominal.PriorMean, 9);
        Assert.Equal(0.7, nominal.PosteriorMean, 9);

        var withoutReaction = WithSignal(Case, "envoy", s => s with { Reaction = null });
        var babble = Reading(Nominal(withoutReaction), "envoy", "KP");
        Assert.Equal("babbling", babble.Kind);
        Assert.Equal(babble.PriorMean, babble.PosteriorMean, 9);

        var runs = Paired(Case, withoutReaction);
        Lower(runs.Compare(PairedRuns.Credibility("envoy", "KP")));
        Lower(runs.Compare(PairedRuns.Posterior("envoy", "KP")));
        Lower(runs.CompareEvent(Restraint).Difference);
    }

    [Fact]
    public void Without_the_envoy_the_north_is_restrained_less_often()
    {
        Lower(Paired(Case, Variant(Case, "no-envoy")).CompareEvent(Restraint).Difference);
    }

    [Fact]
    public void The_sacred_war_threat_is_discounted_babble_with_no_credibility_and_no_effect()
    {
        var run = Nominal(Case);
        foreach (var observer in new[] { "KR", "US", "CN" })
        {
            var reading = Reading(run, "sacred_war", observer);
            Assert.Equal("babbling", reading.Kind);
            Assert.Equal(0, reading.Credibility, 12);
        }

        var runs = Paired(Case, Variant(Case, "no-sacred-war"));
        Assert.All(runs.Base, r => Assert.Equal(0, PairedRuns.Credibility("sacred_war", "KR")(r), 12));
        foreach (var issue in new[] { "kp_strike", "cn_pressure", "rok_drills" })
        {
            var d = runs.Compare(PairedRuns.Forecast(issue));
            Assert.Equal(0, d.Higher);
            Assert.Equal(0, d.Lower);
        }
    }
}

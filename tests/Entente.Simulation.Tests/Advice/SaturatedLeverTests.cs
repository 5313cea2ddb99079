using Entente.Domain;
using Entente.Models;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;
using static Entente.Simulation.Tests.Diplomacy.SourceCases;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// Why unrelated levers of China's in the 2010 case show exactly the same effect (+2.84): sending the envoy's threat
/// through another channel (leak, public, jointly: an audience cost ties China's hands) and caring more about
/// kp_cn_alignment (a larger reaction cost: only resolved types send) each make the threat fully credible to
/// Pyongyang, and North Korea's best response is a choice between two points (70, or the asked 20). Once the
/// credibility is 1 nothing more can change: the same draws flip from 70 to 20 whichever lever raised it.
/// </summary>
public sealed class SaturatedLeverTests
{
    private const int Draws = 200;
    private static readonly Scenario Case = Load("korea-2010-yeonpyeong.yaml");

    private static readonly string[] Saturating =
    [
        "send 'envoy' leak (not private)",
        "send 'envoy' public (not private)",
        "send 'envoy' jointly with KR (not private)",
        "care more about kp_cn_alignment: salience 0.63 (from 0.5)",
        "care more about kp_cn_alignment: salience 0.75 (from 0.5)",
    ];

    private static IEnumerable<Lever> Levers()
    {
        var issues = Case.Issues.Where(i => Case.Stances.Any(s => s.ActorId == "CN" && s.IssueId == i.Id)).Select(i => i.Id).ToArray();
        var generator = new LeverGenerator(Case, "CN", issues, [.. issues.Select(i => LeverSearch.Ideal(Case, "CN", i))],
            Case.Issues.ToDictionary(i => i.Id, _ => 50.0), 4);
        return generator.Generate([LeverFamily.Salience, LeverFamily.Channel]).Where(l => Saturating.Contains(l.Description));
    }

    // Per draw: the envoy's credibility to North Korea and the North's choice on kp_strike.
    private static (double Credibility, double Strike)[] Draw(Scenario scenario)
    {
        var model = ModelCatalog.Create("eum-diplomacy", Case.Model!.Options);
        return [.. Enumerable.Range(0, Draws).Select(t =>
        {
            var run = model.Run(scenario, new ModelRunContext { Seed = 1, Trial = (ulong)t });
            return (Reading(run, "envoy", "KP").Credibility, run.Issues.Single(i => i.IssueId == "kp_strike").Forecast);
        })];
    }

    [Fact]
    public void The_levers_show_one_effect_in_the_advice()
    {
        var result = LeverSearch.Run(new ForecastRequest { Scenario = Case },
            new AdviceSettings { Actor = "CN", Families = [LeverFamily.Salience, LeverFamily.Channel], Trials = Draws, Search = AdviceSearch.Grid });
        var effects = result.Levers.Where(l => Saturating.Contains(l.Description)).ToArray();
        Assert.Equal(Saturating.Length, effects.Length);
        Assert.Single(effects.Select(l => (l.Effect, l.HelpsShare)).Distinct());
        Assert.True(effects[0].Effect.Mean > 0);
    }

    [Fact]
    public void Each_makes_the_envoy_fully_credible_and_the_north_flips_from_70_to_20_in_the_same_draws()
    {
        var baseline = Draw(Case);
        Assert.Contains(baseline, d => d.Credibility < 1);
        var flips = Levers().Select(lever =>
        {
            var draws = Draw(lever.Variant);
            Assert.All(draws, d => Assert.Equal(1.0, d.Credibility, 12));
            // Where the North's choice differs from the base, it is 20 instead of 70: nothing in between.
            var changed = Enumerable.Range(0, Draws).Where(t => draws[t].Strike != baseline[t].Strike).ToArray();
            Assert.NotEmpty(changed);
            Assert.All(changed, t => Assert.Equal((70.0, 20.0), (baseline[t].Strike, draws[t].Strike)));
            return string.Join(",", changed);
        }).ToArray();
        Assert.Equal(Saturating.Length, flips.Length);
        Assert.Single(flips.Distinct());
    }
}

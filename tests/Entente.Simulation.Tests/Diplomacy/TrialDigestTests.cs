using Entente.Models;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Tests.Diplomacy;

/// <summary>
/// A trial written as numbers and read back keeps all that the summaries over types and the paired comparisons read:
/// its forecasts, its focal dyads' escalations, its negotiations in the record's order and their deals, and every
/// honour and renege decision.
/// </summary>
public sealed class TrialDigestTests
{
    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml")]
    [InlineData("korea-2017-coordination.yaml")]
    [InlineData("gulf-1991-ultimatum.yaml")]
    [InlineData("climate-2014-us-china.yaml")]
    public void A_trial_read_back_is_the_trial_as_the_summaries_see_it(string example)
    {
        var scenario = SourceCases.Load(example);
        var request = new ForecastRequest { Scenario = scenario, Seed = 3 };
        var model = ForecastRunner.ResolveModel(request);
        var trials = TypeMonteCarlo.Results(scenario, model, ForecastRunner.ResolveOptions(request, model), 3, 25, null, null, CancellationToken.None);
        var digest = new TrialDigest(scenario);
        var numbers = new List<double>();
        foreach (var trial in trials)
        {
            digest.Write(trial, numbers);
        }

        var at = 0;
        var read = trials.Select(_ => digest.Read(numbers, ref at, model)).ToArray();

        Assert.Equal(numbers.Count, at);
        foreach (var (trial, back) in trials.Zip(read))
        {
            var (a, b) = (TrialOutcome.Of(trial), TrialOutcome.Of(back));
            Assert.Equal(a.EscalationRound, b.EscalationRound);
            Assert.Equal(a.DyadEscalated, b.DyadEscalated);
            Assert.Equal(a.Deals, b.Deals);
            Assert.Equal(a.Forecasts.Select(BitConverter.DoubleToInt64Bits), b.Forecasts.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(a.Decisions.OrderBy(d => d.Key, StringComparer.Ordinal), b.Decisions.OrderBy(d => d.Key, StringComparer.Ordinal));
            Assert.Equal(trial.Strategic!.Negotiations.Select(n => (n.Id, n.Deal)), back.Strategic!.Negotiations.Select(n => (n.Id, n.Deal)));
            Assert.Equal(trial.Strategic.Dyads, back.Strategic.Dyads);
        }
        Assert.Contains(trials, t => t.Strategic!.Rounds.Any(r => r.Decisions.Any(d => d.Kind is "honour" or "renege")) || example == "climate-2014-us-china.yaml");
    }

    [Fact]
    public void A_run_that_names_what_its_scenario_lacks_is_refused_by_name()
    {
        var scenario = SourceCases.Load("gulf-1991-ultimatum.yaml");
        var stranger = new ForecastResult
        {
            Model = "x",
            Issues = [new IssueForecast { IssueId = "atlantis", Forecast = 1, WeightedMean = 1, WeightedMedian = 1, Rounds = [] }],
        };

        var error = Assert.Throws<InvalidOperationException>(() => new TrialDigest(scenario).Write(stranger, []));

        Assert.Contains("issue 'atlantis'", error.Message, StringComparison.Ordinal);
    }
}

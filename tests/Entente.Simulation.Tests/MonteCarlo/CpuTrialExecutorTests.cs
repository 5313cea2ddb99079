using Entente.Domain;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.MonteCarlo;

public class CpuTrialExecutorTests
{
    private static SweepPlan Plan(Scenario scenario, long trials, NoiseSettings noise, string model = "compromise") => new()
    {
        Scenario = scenario,
        Model = model,
        Trials = trials,
        Seed = 2026,
        Noise = noise,
    };

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var plan = Plan(Scenarios.ThreeActors(), 3000, new NoiseSettings { Position = 0.05, Salience = 0.1, Capability = 0.2 }, "median");

        var one = new CpuTrialExecutor(1).Run(plan);
        var two = new CpuTrialExecutor(2).Run(plan);
        var five = new CpuTrialExecutor(5).Run(plan);

        Assert.Equal(one.Issues, two.Issues);
        Assert.Equal(one.Issues, five.Issues);
    }

    [Fact]
    public void Without_noise_the_distribution_collapses_on_the_input_forecast()
    {
        var result = new CpuTrialExecutor().Run(Plan(Scenarios.ThreeActors(), 100, NoiseSettings.None));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(Scenarios.ThreeActorsCompromise, issue.Baseline, 12);
        Assert.Equal(Scenarios.ThreeActorsCompromise, issue.Forecast.P5, 6);
        Assert.Equal(Scenarios.ThreeActorsCompromise, issue.Forecast.P95, 6);
        Assert.Equal(0, issue.Forecast.StandardDeviation, 6);
    }

    [Fact]
    public void Position_noise_spreads_the_compromise_as_its_weights_imply()
    {
        // The compromise is linear in positions: with independent normal noise σ·width on each and no
        // clamping (positions sit 40 points from the ends), it is normal with the input's mean and
        // standard deviation σ·width·sqrt(Σ w²)/Σ w.
        const double sigma = 0.02;
        var result = new CpuTrialExecutor().Run(Plan(Scenarios.ThreeActors(), 20_000, new NoiseSettings { Position = sigma }));

        var forecast = Assert.Single(result.Issues).Forecast;
        var expectedSd = sigma * 100 * Math.Sqrt(1 + 4 + 9) / 6;
        Assert.Equal(expectedSd, forecast.StandardDeviation, 1);
        var standardError = expectedSd / Math.Sqrt(20_000);
        Assert.InRange(forecast.Mean, Scenarios.ThreeActorsCompromise - 4 * standardError, Scenarios.ThreeActorsCompromise + 4 * standardError);
        Assert.InRange(forecast.P95 - forecast.Median, 1.645 * expectedSd * 0.95, 1.645 * expectedSd * 1.05);
    }

    [Fact]
    public void The_same_seed_gives_the_same_numbers_and_another_seed_others()
    {
        var noise = new NoiseSettings { Position = 0.05 };
        var plan = Plan(Scenarios.ThreeActors(), 500, noise);

        var first = new CpuTrialExecutor().Run(plan);
        var again = new CpuTrialExecutor().Run(plan);
        var other = new CpuTrialExecutor().Run(plan with { Seed = 7 });

        Assert.Equal(first.Issues, again.Issues);
        Assert.NotEqual(first.Issues[0].Forecast.Mean, other.Issues[0].Forecast.Mean);
    }
}

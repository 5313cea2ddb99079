using Entente.Simulation.Backtest;
using Entente.Simulation.Backtest.Honest;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.Backtest.Honest;

/// <summary>Distributions from input noise in the backtest: the sweep's draws, keyed by input, scored as distributions.</summary>
public class NoiseSamplesTests
{
    private static readonly IReadOnlyList<BacktestCase> Cases = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal);

    [Fact]
    public void Without_noise_every_trial_is_the_forecast()
    {
        var cases = Cases.Take(12).ToArray();
        var samples = NoiseSamples.Of("compromise", [], false, cases, NoiseSettings.None, 4, 0);
        var forecasts = cases.Select(c => Models.ModelCatalog.Create("compromise").Run(c.Scenario, new Models.ModelRunContext()).Issues[0].Forecast);

        Assert.Equal(forecasts, samples.Select(s => s.Distinct().Single()));
    }

    [Fact]
    public void An_issue_draws_the_same_whether_it_runs_alone_or_in_its_proposal()
    {
        // The compromise model treats issues apart, so run on whole proposals it must give each issue the forecasts it
        // gives the issue alone: the draws are keyed by (seed, trial, actor and issue), not by the scenario they sit in.
        var cases = Cases.Where(c => Cases.Count(o => o.Group == c.Group) > 2).Take(9).ToArray();
        var alone = NoiseSamples.Of("compromise", [], false, cases, NoiseSettings.Default, 16, 5);
        var inProposal = NoiseSamples.Of("compromise", [], true, cases, NoiseSettings.Default, 16, 5);
        var otherSeed = NoiseSamples.Of("compromise", [], false, cases, NoiseSettings.Default, 16, 6);

        Assert.Equal(alone, inProposal);
        Assert.NotEqual(alone, otherSeed);
        Assert.All(alone, s => Assert.True(s[0] < s[^1], "the noise should move the forecast"));
    }

    [Fact]
    public void On_the_development_split_the_noise_of_the_coding_is_far_narrower_than_the_errors()
    {
        // Measured with: entente backtest tests/data/deu/deu3-dev.tsv -m compromise --noise-trials 20 --folds 0 (seed 0).
        var rows = BacktestRunner.Run(Cases, new BacktestOptions { Models = ["compromise"], Folds = 0, NoiseTrials = 20, Replicates = 200, References = false });
        var noise = rows.Single(r => r.Name == "compromise@noise");
        var plain = rows.Single(r => r.Name == "compromise");

        Assert.Equal("noise", noise.Kind);
        Assert.Equal("input-noise", noise.Distribution!.Calibration);
        Assert.Equal(plain.Mae, noise.Mae);
        Assert.Equal(23.64, noise.Distribution.Crps, 2);
        Assert.Equal(0.06, noise.Distribution.Intervals[1].Coverage, 2);
        Assert.Equal(5.76, noise.Distribution.Intervals[1].MeanWidth, 2);
        Assert.Equal(6.33, noise.CrpsVersusBaseline!.Difference, 2);
    }
}

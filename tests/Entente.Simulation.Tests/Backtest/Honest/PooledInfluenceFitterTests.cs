using Entente.Formats.Importers.Deu;
using Entente.Simulation.Backtest;
using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Tests.Backtest.Honest;

/// <summary>The influence multipliers pooled by group: one factor per group, as if each actor had its group's.</summary>
public class PooledInfluenceFitterTests
{
    private static readonly IReadOnlyList<BacktestCase> Cases = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal);
    private static readonly InfluenceFit.CaseWeights[] Weights = InfluenceFit.Prepare(Cases, []);
    private static readonly int[] All = [.. Enumerable.Range(0, Cases.Count)];

    [Fact]
    public void The_pooled_forecast_is_the_one_of_every_actor_given_its_group_s_factor()
    {
        var fitted = new PooledInfluenceFitter(Weights, 0).Fit(All);
        var factors = fitted.Choice.Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        var perActor = DeuActors.All.ToDictionary(a => a.Id, a => factors.GetValueOrDefault(DeuActors.PoolOf(a.Id), 1.0), StringComparer.Ordinal);

        // Measured on the development split, equal capabilities (the backtest's influence-pooled@in-sample at penalty 0).
        Assert.Equal("com:2,ep:2,eu15-large:2,later-large:0.5,later-small:0.5", fitted.Choice);
        Assert.Equal(Weights.Select(w => InfluenceFit.Forecast(w, perActor)), fitted.Forecasts.Select(f => f!.Value));
        var mae = All.Average(i => Math.Abs(fitted.Forecasts[i]!.Value - Cases[i].Outcome));
        var unfitted = All.Average(i => Math.Abs(new PooledInfluenceFitter(Weights, double.PositiveInfinity).Fit(All).Forecasts[i]!.Value - Cases[i].Outcome));
        Assert.True(mae < unfitted);
    }
}

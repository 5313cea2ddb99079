using Entente.Models;
using Entente.Simulation.Backtest;

namespace Entente.Simulation.Tests.Backtest;

/// <summary>The reference figures of issue 6 on the development split.</summary>
public class ReproductionTests
{
    private static double CompromiseMae(CapabilityScheme scheme)
    {
        var cases = DeuCases.From(DevSplit.Dataset, scheme);
        var compromise = Predictor.FromModel("compromise", ModelCatalog.Create("compromise"), 0);
        return ErrorStatistics.Errors(compromise, cases).Average(e => e.Error);
    }

    [Fact]
    public void The_compromise_model_with_equal_capabilities_has_MAE_24_8()
    {
        Assert.Equal(24.8, CompromiseMae(CapabilityScheme.Equal), 0.1);
    }

    [Fact]
    public void The_compromise_model_with_GDP_capabilities_has_MAE_23_9()
    {
        Assert.Equal(23.9, CompromiseMae(CapabilityScheme.Gdp), 0.1);
    }

    [Fact]
    public void Every_issue_with_an_outcome_is_scored()
    {
        Assert.Equal(247, DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal).Count);
    }
}

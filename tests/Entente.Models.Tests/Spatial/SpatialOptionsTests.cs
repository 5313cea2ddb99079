using Entente.Domain;
using Entente.Models.Spatial;

namespace Entente.Models.Tests.Spatial;

/// <summary>The smp options: KTAB's defaults, KTAB's names case-insensitively, and every problem reported at once.</summary>
public sealed class SpatialOptionsTests
{
    [Fact]
    public void Defaults_are_KTAB_s()
    {
        var options = SpatialOptions.Parse([]);
        Assert.Equal(VictoryModel.Linear, options.VictoryModel);
        Assert.Equal(VotingRule.Prop, options.VotingRule);
        Assert.Equal(PceModel.Conditional, options.PceModel);
        Assert.Equal(StateTransition.Deterministic, options.StateTransition);
        Assert.Equal(BigRRange.Mid, options.BigRRange);
        Assert.Equal(BigRAdjust.OneThird, options.BigRAdjust);
        Assert.Equal(ThirdPartyCommit.SemiCommit, options.ThirdPartyCommit);
        Assert.Equal(VectorInterpolation.S2P2, options.Interpolation);
        Assert.Equal(BargainingModel.InitOnlyInterp, options.BargainingModel);
        Assert.Equal((0.02, 2, 100, false), (options.StopFraction, options.MinTurns, options.MaxTurns, options.Corrected));
    }

    [Fact]
    public void Names_are_read_case_insensitively()
    {
        var options = SpatialOptions.Parse([new ModelOption("votingrule", "propbin"), new ModelOption("pceModel", "markovuniform")]);
        Assert.Equal(VotingRule.PropBin, options.VotingRule);
        Assert.Equal(PceModel.MarkovUniform, options.PceModel);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<ModelOptionsException>(() => SpatialOptions.Parse(
        [
            new ModelOption("votingRule", "Majority"),
            new ModelOption("stopFraction", "2"),
            new ModelOption("minTurns", "5"),
            new ModelOption("maxTurns", "3"),
            new ModelOption("victoryModle", "Square"),
        ]));
        Assert.Equal(4, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("'votingRule' must be one of Binary, PropBin, Prop", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'stopFraction' must be above 0 and below 1", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'minTurns' (5) must not exceed 'maxTurns' (3)", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("did you mean 'victoryModel'?", StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalog_lists_smp()
    {
        Assert.NotNull(ModelCatalog.Find("smp"));
    }
}

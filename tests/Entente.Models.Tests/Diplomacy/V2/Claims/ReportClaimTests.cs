using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Claims;

/// <summary>Reports about third parties (W6).</summary>
public sealed class ReportClaimTests
{
    [Fact]
    public void W6_a_report_that_costs_nothing_if_false_tells_nothing()
    {
        var s = StageGameSolver.Solve(ReportClaim.Game([(0.6, false), (0.4, true)], 0.3, 0.0));
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0.4, s.ClaimCredibility);
    }

    [Fact]
    public void W6_a_costly_lie_makes_only_the_truth_reported()
    {
        var s = StageGameSolver.Solve(ReportClaim.Game([(0.6, false), (0.4, true)], 0.3, 0.5));
        Near.Equal([0, 1], s.Sigma);
        Near.Equal(1, s.ClaimCredibility);
    }

    [Fact]
    public void The_lie_cost_is_the_contradiction_cost_times_the_chance_of_exposure()
    {
        Near.Equal(0.5, ReportClaim.LieCost(1.0));
    }
}

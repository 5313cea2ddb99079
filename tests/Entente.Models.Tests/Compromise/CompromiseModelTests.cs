using Entente.Models.Tests.ExpectedUtility;

namespace Entente.Models.Tests.Compromise;

public sealed class CompromiseModelTests
{
    [Fact]
    public void The_capability_and_salience_weighted_mean()
    {
        // Σcsx / Σcs = (1·0.5·2 + 2·1·8) / (0.5 + 2) = 17 / 2.5 = 6.8.
        Assert.Equal(6.8, OneIssue.Run("compromise", OneIssue.Of(("A", 2, 0.5, 1), ("B", 8, 1, 2))).Forecast, 12);
    }

    [Fact]
    public void With_zero_total_weight_every_actor_counts_equally()
    {
        Assert.Equal(5, OneIssue.Run("compromise", OneIssue.Of(("A", 2, 0, 1), ("B", 8, 0, 2))).Forecast, 12);
    }
}

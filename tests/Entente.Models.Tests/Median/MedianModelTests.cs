using Entente.Models.Tests.ExpectedUtility;

namespace Entente.Models.Tests.Median;

public sealed class MedianModelTests
{
    [Fact]
    public void The_first_sorted_position_whose_cumulative_weight_reaches_half()
    {
        // Weights 1, 2, 3 at 8, 2, 5: sorted 2 (2), 5 (3), 8 (1); half of 6 is 3, reached at 5.
        Assert.Equal(5, OneIssue.Run("median", OneIssue.Of(("A", 8, 1, 1), ("B", 2, 1, 2), ("C", 5, 1, 3))).Forecast);
    }

    [Fact]
    public void Exactly_half_takes_the_lower_position()
    {
        Assert.Equal(2, OneIssue.Run("median", OneIssue.Of(("A", 8, 1, 1), ("B", 2, 1, 1))).Forecast);
    }

    [Fact]
    public void Input_order_does_not_matter()
    {
        Assert.Equal(2, OneIssue.Run("median", OneIssue.Of(("B", 2, 1, 1), ("A", 8, 1, 1))).Forecast);
    }
}

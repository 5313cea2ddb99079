using Entente.Models.Diplomacy.Summaries;

namespace Entente.Models.Tests.Diplomacy.V2.Summaries;

/// <summary>Type-7 quantiles: h = (N − 1)p on the sorted sample, linear between neighbours.</summary>
public sealed class QuantileTests
{
    private static readonly double[] Sample = [4, 1, 3, 2];

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.05, 1.15)]
    [InlineData(0.95, 3.85)]
    [InlineData(1, 4)]
    public void Between_order_statistics_the_quantile_interpolates(double p, double quantile)
    {
        Worked.Near(quantile, Quantile.Type7(Sample, p));
    }

    [Fact]
    public void The_sample_is_left_as_it_was()
    {
        double[] sample = [3, 1, 2];

        Quantile.Type7(sample, 0.5);

        Assert.Equal([3, 1, 2], sample);
    }

    [Fact]
    public void A_single_value_is_every_quantile()
    {
        Assert.Equal(7, Quantile.Type7([7.0], 0.3));
    }
}

using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.MonteCarlo;

/// <summary>The accumulator's fixed point through a long is the direct conversion's value, at every magnitude.</summary>
public sealed class FixedPointTests
{
    [Fact]
    public void Values_convert_to_the_direct_conversion_s_fixed_point()
    {
        var random = new Random(40);
        var values = new List<double> { 0, -0.0, 1, -1, 0.5, 1e-13, -1e-13, 4194303.999, 4194304, -4194304, 4194305, 1e8, -1e8, 1e20, -1e20 };
        for (var k = 0; k < 200_000; k++)
        {
            values.Add((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-14, 12)));
        }
        foreach (var value in values)
        {
            Assert.Equal((Int128)Math.Round(value * 1099511627776.0), DistributionAccumulator.ToFixed(value));
        }
    }
}

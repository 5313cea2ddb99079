using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.MonteCarlo;

/// <summary>The finishing formulas in lanes are StanceDraws' bits: noise off, clamps at both ends, short and long rows.</summary>
public sealed class StanceDrawLanesTests
{
    [Fact]
    public void Rows_in_lanes_are_the_scalar_formulas_bits()
    {
        var random = new Random(12);
        for (var round = 0; round < 3000; round++)
        {
            var n = 1 + random.Next(30);
            double[] Row(Func<double> next) => Enumerable.Range(0, n).Select(_ => next()).ToArray();
            var position = Row(() => 100 * random.NextDouble());
            var sigma = Row(() => random.Next(4) switch { 0 => 0, 1 => -0.1, _ => random.NextDouble() });
            var width = Row(() => 100.0);
            var min = Row(() => 0.0);
            var max = Row(() => 100.0);
            var gaussians = Row(() => 8 * (random.NextDouble() - 0.5));
            const double ceiling = 100;

            var positions = new double[n];
            var saliences = new double[n];
            var exponents = new double[n];
            StanceDrawLanes.Positions(position, sigma, width, min, max, gaussians, positions);
            StanceDrawLanes.Saliences(position, sigma, ceiling, gaussians, saliences);
            StanceDrawLanes.CapabilityExponents(sigma, gaussians, exponents);

            for (var p = 0; p < n; p++)
            {
                Assert.Equal(Bits(StanceDraws.PositionFrom(position[p], sigma[p], width[p], min[p], max[p], gaussians[p])), Bits(positions[p]));
                Assert.Equal(Bits(StanceDraws.SalienceFrom(position[p], sigma[p], ceiling, gaussians[p]) / ceiling), Bits(saliences[p]));
                Assert.Equal(Bits(StanceDraws.CapabilityExponent(sigma[p], gaussians[p])), Bits(exponents[p]));
            }
        }
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}

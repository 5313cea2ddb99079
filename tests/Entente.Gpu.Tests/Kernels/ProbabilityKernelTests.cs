using Entente.Models.ExpectedUtility;

namespace Entente.Gpu.Tests.Kernels;

/// <summary>The benchmark's probability kernel computes the bdm probability the CPU's sorted form computes.</summary>
public sealed class ProbabilityKernelTests
{
    [Theory]
    [InlineData(7, 3)]
    [InlineData(40, 2)]
    public void The_definition_on_the_device_gives_the_sorted_form_s_probabilities_to_1e_12(int actors, int draws)
    {
        var random = new Random(actors);
        var positions = Enumerable.Range(0, actors * draws).Select(_ => (double)random.Next(0, 60)).ToArray();
        var weights = Enumerable.Range(0, actors * draws).Select(_ => 0.1 + random.NextDouble()).ToArray();

        var device = ProbabilityBench.Compute(SharedDevice.Device, positions, weights, actors);

        var compared = 0;
        for (var d = 0; d < draws; d++)
        {
            var x = positions.AsSpan(d * actors, actors);
            var w = weights.AsSpan(d * actors, actors);
            var saliences = Enumerable.Repeat(1.0, actors).ToArray();
            var sorted = new SortedPositions(actors);
            sorted.Fill(x, saliences, w, delta: 60);
            var probability = new SortedBdmProbability();
            probability.Prepare(sorted, Enumerable.Repeat(1.0, actors).ToArray(), 60);
            var wins = new double[actors];
            var losses = new double[actors];
            for (var slot = 0; slot < actors; slot++)
            {
                probability.FillRow(slot, wins, losses);
                var i = sorted.Order[slot];
                for (var t = 0; t < actors; t++)
                {
                    var j = sorted.Order[t];
                    if (x[i] == x[j])
                    {
                        continue; // no contest between equal positions: the sorted form leaves it out
                    }
                    Assert.Equal(wins[t], device[(d * actors + i) * actors + j], 1e-12);
                    compared++;
                }
            }
        }
        Assert.True(compared > actors * (actors - 1) * draws / 2, $"{compared} pairs compared");
    }

    [Fact]
    public void The_benchmark_counts_six_operations_a_voter_and_knows_the_peak_of_CUDA_devices_only()
    {
        var result = ProbabilityBench.Measure(SharedDevice.Device, actors: 12, draws: 4, repeats: 1);

        Assert.Equal(4.0 * 12 * 12 * 12 * 6 / result.Seconds, result.FlopsPerSecond, 1e-6 * result.FlopsPerSecond);
        Assert.Equal(SharedDevice.OnCuda, result.PeakFlopsPerSecond is > 1e9);
        Assert.Equal(SharedDevice.OnCuda, result.ShareOfPeak is > 0);
    }
}

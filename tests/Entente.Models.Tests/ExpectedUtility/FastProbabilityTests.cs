using CsCheck;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>The sorted prefix-sum probability agrees with the voter-by-voter oracle.</summary>
public sealed class FastProbabilityTests
{
    private static readonly Gen<(double[] Positions, double[] Saliences, double[] Capabilities)> Issues =
        Gen.Int[2, 200].SelectMany(n => Gen.Select(
            // Positions on a fine grid (0.001 on 0-100, finer than any coded data) and a coarse one, so
            // that ties occur. Not the raw continuum: for two positions 1e-68 apart the naive votes
            // |x_k − x_j| − |x_k − x_i| round to 0 for every distant voter, so the oracle itself is wrong there.
            Gen.OneOf(Gen.Int[0, 100_000].Select(i => i / 1000.0), Gen.Int[0, 20].Select(i => i * 5.0)).Array[n],
            Gen.Double[0.05, 1].Array[n],
            Gen.Double[0.05, 1].Array[n]));

    [Fact]
    public void Fast_and_naive_probabilities_agree_to_1e_9_on_random_issues()
    {
        Issues.Sample(issue =>
        {
            var (positions, saliences, capabilities) = issue;
            var delta = positions.Max() - positions.Min();
            if (delta == 0)
            {
                return;
            }
            var n = positions.Length;
            var weights = positions.Select((_, i) => saliences[i] * capabilities[i]).ToArray();
            var sorted = new SortedPositions(n);
            sorted.Fill(positions, saliences, weights, delta);
            var fast = new SortedBdmProbability();
            var naive = new NaiveBdmProbability();
            var ones = Enumerable.Repeat(1.0, n).ToArray();
            fast.Prepare(sorted, ones, delta);
            naive.Prepare(sorted, ones, delta);
            double[] fastWins = new double[n], fastLosses = new double[n], naiveWins = new double[n], naiveLosses = new double[n];
            for (var slot = 0; slot < n; slot++)
            {
                fast.FillRow(slot, fastWins, fastLosses);
                naive.FillRow(slot, naiveWins, naiveLosses);
                for (var t = 0; t < n; t++)
                {
                    Assert.True(Math.Abs(fastWins[t] - naiveWins[t]) <= 1e-9, $"P[{slot},{t}] fast {fastWins[t]:R} naive {naiveWins[t]:R}");
                    Assert.True(Math.Abs(fastLosses[t] - naiveLosses[t]) <= 1e-9, $"P[{t},{slot}] fast {fastLosses[t]:R} naive {naiveLosses[t]:R}");
                }
            }
        }, iter: 200);
    }
}

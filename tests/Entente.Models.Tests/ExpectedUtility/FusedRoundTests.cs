using CsCheck;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// The fused round (pairwise neutral danger, one vectorised offer pass per receiver) plays the same rounds as
/// the row-by-row path on the naive oracle: risk exponents, accepted proposers and positions agree.
/// </summary>
public sealed class FusedRoundTests
{
    private static readonly Gen<(double[] Positions, double[] Saliences, double[] Capabilities)> Issues =
        Gen.Int[2, 90].SelectMany(n => Gen.Select(
            // A fine grid and a coarse one, so that ties of position (and of movement) occur.
            Gen.OneOf(Gen.Int[0, 100_000].Select(i => i / 1000.0), Gen.Int[0, 20].Select(i => i * 5.0)).Array[n],
            Gen.Double[0.05, 1].Array[n],
            Gen.Double[0.05, 1].Array[n]));

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.6, 0.3)]
    public void Fused_rounds_match_the_naive_row_by_row_rounds(double q, double t)
    {
        var options = new ExpectedUtilityOptions { Q = q, T = t };
        Issues.Sample(issue =>
        {
            var (positions, saliences, capabilities) = issue;
            if (positions.Max() == positions.Min())
            {
                return;
            }
            var fused = new EumEngine(positions, saliences, capabilities, options, new SortedBdmProbability());
            var naive = new EumEngine(positions, saliences, capabilities, options, new NaiveBdmProbability());
            for (var round = 0; round < 4; round++)
            {
                fused.Step();
                naive.Step();
                for (var i = 0; i < positions.Length; i++)
                {
                    Assert.True(Math.Abs(fused.Risk[i] - naive.Risk[i]) <= 1e-9, $"round {round} r[{i}] fused {fused.Risk[i]:R} naive {naive.Risk[i]:R}");
                    Assert.True(naive.Proposer[i] == fused.Proposer[i],
                        $"round {round} actor {i}: fused {fused.Proposer[i]} {fused.OfferReceiverUtility[i]:R} {fused.OfferProposerUtility[i]:R} naive {naive.Proposer[i]} {naive.OfferReceiverUtility[i]:R} {naive.OfferProposerUtility[i]:R}");
                    Assert.Equal(naive.Kind[i], fused.Kind[i]);
                    Assert.True(Math.Abs(fused.Positions[i] - naive.Positions[i]) <= 1e-9, $"round {round} x[{i}] fused {fused.Positions[i]:R} naive {naive.Positions[i]:R}");
                }
            }
        }, iter: 150);
    }
}

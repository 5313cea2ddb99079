using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// The bdm win probability of every ordered pair of every draw, from its definition: under linear votes voter k gives
/// i over j the weight w_k·(|x_k − x_j| − |x_k − x_i|), so P_ij = Σ_k w_k·max(0, |x_k − x_j| − |x_k − x_i|) over the
/// same sum of both sides. O(n) a pair, O(n³) a draw: the float64 throughput benchmark of <c>entente bench gpu</c>
/// (the sweep kernel uses the O(log n) form of <see cref="EumTrial"/>), checked against the CPU's sorted form.
/// </summary>
internal static class ProbabilityKernel
{
    /// <summary>Floating-point operations counted per voter of a pair: three subtractions, a multiplication, two additions.</summary>
    public const int FlopsPerVoter = 6;

    /// <summary>Item (d, i, j) writes P_ij of draw d to <c>wins[(d·n + i)·n + j]</c>.</summary>
    public static void Run(Index1D thread, long threads, ArrayView<double> positions, ArrayView<double> weights, int n, long draws, ArrayView<double> wins)
    {
        var pairs = (long)n * n;
        for (var item = (long)thread.X; item < draws * pairs; item += threads)
        {
            var draw = item / pairs;
            var i = (int)(item % pairs / n);
            var j = (int)(item % n);
            var offset = draw * n;
            var xi = positions[offset + i];
            var xj = positions[offset + j];
            double forI = 0, forJ = 0;
            for (var k = 0; k < n; k++)
            {
                var xk = positions[offset + k];
                var toJ = xk - xj;
                var toI = xk - xi;
                var vote = weights[offset + k] * ((toJ < 0 ? -toJ : toJ) - (toI < 0 ? -toI : toI));
                forI += vote > 0 ? vote : 0;
                forJ += vote < 0 ? vote : 0;
            }
            var all = forI - forJ;
            wins[item] = all > 0 ? forI / all : 0.5;
        }
    }
}

using Entente.Models.Spatial;
using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// The coalition strengths behind a PCE over m options, parallel over pairs: item (i, j &lt; i) sums, voter by voter
/// in voter order, the votes for i and for j, exactly CoalitionStrengths.ScalarRow (whose sums the CPU's lanes
/// repeat). Utilities are voter-major, so the threads of one row read one voter's utilities side by side.
/// </summary>
internal static class CoalitionKernel
{
    /// <summary>Writes C[i·m + j] and C[j·m + i] for every pair, and the diagonal's minimum coalition.</summary>
    public static void Run(Index1D thread, long threads, int options, int voters, VotingRule rule, ArrayView<double> byVoter,
        ArrayView<double> weights, ArrayView<double> coalitions)
    {
        var m = (long)options;
        for (var item = (long)thread.X; item < m * m; item += threads)
        {
            var i = item / m;
            var j = item % m;
            if (j > i)
            {
                continue;
            }
            if (j == i)
            {
                coalitions[item] = Voting.MinCoalition;
                continue;
            }
            double forI = Voting.MinCoalition, forJ = Voting.MinCoalition;
            for (var k = 0; k < voters; k++)
            {
                var v = Voting.Vote(rule, weights[k], byVoter[k * m + i], byVoter[k * m + j]);
                if (v > 0)
                {
                    forI += v;
                }
                else if (v < 0)
                {
                    forJ -= v;
                }
            }
            coalitions[i * m + j] = forI;
            coalitions[j * m + i] = forJ;
        }
    }
}

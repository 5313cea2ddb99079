using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.Spatial;

/// <summary>
/// The coalition strengths behind every PCE: for each pair of options, the votes for either side summed
/// over all voters. This is n³/2 votes per analysis of a state, so eight opponents share each pass over
/// the voters; every lane adds its votes in voter order, as KTAB's scalar loop does, so the strengths are
/// bit-identical to it.
/// </summary>
internal static class CoalitionStrengths
{
    /// <summary>
    /// C[i·m + j] for option i against j over <paramref name="options"/> options, where
    /// <paramref name="utilities"/>[o·voters + k] is voter k's utility of option o.
    /// </summary>
    public static double[] Of(ReadOnlySpan<double> utilities, ReadOnlySpan<double> weights, int options, VotingRule rule, ILoopRunner? loops = null)
    {
        var voters = weights.Length;
        var width = Vector512<double>.Count;
        // Voter-major, padded to whole vectors: one voter's utilities of eight options are contiguous.
        var stride = (options + width - 1) / width * width;
        var byVoter = LanePlan.Vectorised ? new double[voters * stride] : [];
        for (var o = 0; o < options && LanePlan.Vectorised; o++)
        {
            for (var k = 0; k < voters; k++)
            {
                byVoter[k * stride + o] = utilities[o * voters + k];
            }
        }
        var u = utilities.ToArray();
        var w = weights.ToArray();
        var c = new double[options * options];
        // Row i fills the pairs (i, j < i) and their mirror: rows are independent, so the split over threads changes no sum.
        ParallelPlan.Run(loops, options, (long)options * voters, i =>
        {
            var forI = ArrayPool<double>.Shared.Rent(stride);
            var forJ = ArrayPool<double>.Shared.Rent(stride);
            if (LanePlan.Vectorised)
            {
                Row(i, u.AsSpan(i * voters, voters), w, byVoter, stride, rule, forI, forJ);
            }
            else
            {
                ScalarRow(i, u, w, rule, forI, forJ);
            }
            for (var j = 0; j < i; j++)
            {
                c[i * options + j] = forI[j];
                c[j * options + i] = forJ[j];
            }
            c[i * options + i] = Voting.MinCoalition;
            ArrayPool<double>.Shared.Return(forI);
            ArrayPool<double>.Shared.Return(forJ);
        });
        return c;
    }

    /// <summary>KTAB's loop, pair by pair: the same sums as <see cref="Row"/>, for machines without wide vectors.</summary>
    internal static void ScalarRow(int i, ReadOnlySpan<double> utilities, ReadOnlySpan<double> w, VotingRule rule, Span<double> forI, Span<double> forJ)
    {
        var voters = w.Length;
        var ui = utilities.Slice(i * voters, voters);
        for (var j = 0; j < i; j++)
        {
            var uj = utilities.Slice(j * voters, voters);
            double cij = Voting.MinCoalition, cji = Voting.MinCoalition;
            for (var k = 0; k < voters; k++)
            {
                var v = Voting.Vote(rule, w[k], ui[k], uj[k]);
                if (v > 0)
                {
                    cij += v;
                }
                else if (v < 0)
                {
                    cji -= v;
                }
            }
            forI[j] = cij;
            forJ[j] = cji;
        }
    }

    // Option i against every j < i (lanes past i are computed and ignored), voter by voter.
    // Fully optimised from the first call: the loop is hot at once, and unoptimised vector code is slower than scalar.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Row(int i, ReadOnlySpan<double> ui, double[] w, double[] byVoter, int stride, VotingRule rule,
        double[] forIOut, double[] forJOut)
    {
        var width = Vector512<double>.Count;
        var length = (i + width - 1) / width * width;
        var forI = forIOut.AsSpan(0, length);
        var forJ = forJOut.AsSpan(0, length);
        forI.Fill(Voting.MinCoalition);
        forJ.Fill(Voting.MinCoalition);
        var zero = Vector512<double>.Zero;
        for (var k = 0; k < w.Length && length > 0; k++)
        {
            var wk = Vector512.Create(w[k]);
            var uik = Vector512.Create(ui[k]);
            var row = byVoter.AsSpan(k * stride, length);
            for (var lanes = 0; lanes < length; lanes += width)
            {
                var v = VoteLanes.Vote(rule, wk, uik, Vector512.Create<double>(row.Slice(lanes, width)));
                // Adding +0 leaves a sum unchanged, so the masked lanes match the scalar code's skipped additions.
                var sumI = Vector512.Create<double>(forI.Slice(lanes, width)) + Vector512.ConditionalSelect(Vector512.GreaterThan(v, zero), v, zero);
                var sumJ = Vector512.Create<double>(forJ.Slice(lanes, width)) - Vector512.ConditionalSelect(Vector512.LessThan(v, zero), v, zero);
                sumI.CopyTo(forI.Slice(lanes, width));
                sumJ.CopyTo(forJ.Slice(lanes, width));
            }
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.Spatial;

/// <summary>
/// The initiator's sweep over every target, the n³ heart of a turn: eight targets share each pass over
/// the third parties. Each lane adds the third parties' votes in the scalar order of
/// <see cref="Evaluate"/>, so the sweep gives the same bits as n calls of it.
/// </summary>
internal sealed partial class ChallengeEvaluator
{
    /// <summary>
    /// Actor i's own estimate (h = k = i) of its challenge to every j ≠ i, with i's view from
    /// <see cref="Prepare"/>(i, i); slot i of the results is left as it was.
    /// </summary>
    public void EvaluateTargets(int i, ReadOnlySpan<double> risk, ReadOnlySpan<double> utilityOfI, ReadOnlySpan<double> utilityOfOwn,
        Span<double> probabilities, Span<double> gains)
    {
        var n = _actors.Count;
        var width = Vector512<double>.Count;
        var j0 = 0;
        Span<double> principalsI = stackalloc double[width];
        Span<double> principalsJ = stackalloc double[width];
        Span<double> uij = stackalloc double[width];
        Span<double> forI = stackalloc double[width];
        Span<double> forJ = stackalloc double[width];
        for (; LanePlan.Vectorised && j0 + width <= n; j0 += width)
        {
            for (var l = 0; l < width; l++)
            {
                // Lane j = i is computed like the others and discarded: its division by zero is harmless.
                (principalsI[l], principalsJ[l], uij[l]) = Principals(i, j0 + l, risk, utilityOfI, utilityOfOwn);
            }
            ThirdParties(i, j0, risk, utilityOfI, utilityOfOwn, principalsI, principalsJ, forI, forJ);
            for (var l = 0; l < width; l++)
            {
                var j = j0 + l;
                if (j != i)
                {
                    (probabilities[j], gains[j]) = Outcome(i, i, j, forI[l], forJ[l], utilityOfI[i], uij[l], risk);
                }
            }
        }
        for (var j = j0; j < n; j++)
        {
            if (j != i)
            {
                (probabilities[j], gains[j]) = Evaluate(i, i, j, risk, utilityOfI, utilityOfOwn);
            }
        }
    }

    // The third parties' votes for targets j0 … j0 + 7, added to the principals' coalitions in actor order.
    // Fully optimised from the first call: the loop is hot at once, and unoptimised vector code is slower than scalar.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ThirdParties(int i, int j0, ReadOnlySpan<double> risk, ReadOnlySpan<double> utilityOfI, ReadOnlySpan<double> utilityOfOwn,
        ReadOnlySpan<double> principalsI, ReadOnlySpan<double> principalsJ, Span<double> forIOut, Span<double> forJOut)
    {
        var n = _actors.Count;
        var rule = _options.VotingRule;
        var commit = _options.ThirdPartyCommit;
        var weights = _actors.VoteWeights;
        // d(a, j) at [a·n + j]: the targets' lanes are contiguous for each third party a.
        ref var distances = ref _analysis.Distances[0];
        var baseI = Vector512.Create(principalsI);
        var baseJ = Vector512.Create(principalsJ);
        var forI = baseI;
        var forJ = baseJ;
        var zero = Vector512<double>.Zero;
        for (var a = 0; a < n; a++)
        {
            if (a == i)
            {
                continue;
            }
            var uaj = VoteLanes.Utility(Vector512.LoadUnsafe(ref distances, (nuint)(a * n + j0)), Vector512.Create(risk[a]));
            var vote = VoteLanes.ThirdPartyVote(rule, commit, Vector512.Create(weights[a]), Vector512.Create(utilityOfI[a]), uaj,
                Vector512.Create(utilityOfOwn[a]), baseI, baseJ);
            if (a >= j0 && a < j0 + Vector512<double>.Count)
            {
                // A target is no third party in its own contest.
                vote = vote.WithElement(a - j0, 0.0);
            }
            // Adding +0 leaves a sum unchanged, so masked lanes match the scalar code's skipped additions.
            forI += Vector512.ConditionalSelect(Vector512.GreaterThan(vote, zero), vote, zero);
            forJ -= Vector512.ConditionalSelect(Vector512.LessThan(vote, zero), vote, zero);
        }
        forI.CopyTo(forIOut);
        forJ.CopyTo(forJOut);
    }
}

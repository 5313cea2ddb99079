using Entente.Models.Spatial;
using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// The spatial model's challenge step, the n³ heart of a turn, parallel over pairs: item (i, j) is actor i's own
/// estimate (h = k = i) of its challenge to j, ChallengeEvaluator.Evaluate's arithmetic in its order with i's view
/// (estimated risk attitudes and utilities) computed on the fly, by the CPU's own static functions.
/// </summary>
internal static class ChallengeKernel
{
    /// <summary>Writes φ and the gain of i's challenge to j to <c>[i·n + j]</c> (the diagonal is left as it was).</summary>
    public static void Run(Index1D thread, long threads, ChallengeInputs inputs, ArrayView<double> probabilities, ArrayView<double> gains)
    {
        var n = inputs.Count;
        for (var item = (long)thread.X; item < (long)n * n; item += threads)
        {
            var i = (int)(item / n);
            var j = (int)(item % n);
            if (i == j)
            {
                continue;
            }
            var (phi, gain) = Evaluate(inputs, i, j);
            probabilities[item] = phi;
            gains[item] = gain;
        }
    }

    private static (double Phi, double Gain) Evaluate(ChallengeInputs x, int i, int j)
    {
        var n = x.Count;
        var rh = x.Risk[i];
        var riskI = RiskAttitudes.Estimate(rh, x.Risk[i], x.Adjust);
        var riskJ = RiskAttitudes.Estimate(rh, x.Risk[j], x.Adjust);
        var uii = SpatialActors.Utility(x.DistancesTo[(long)i * n + i], riskI);
        var uij = SpatialActors.Utility(x.DistancesTo[(long)j * n + i], riskI);
        var uji = SpatialActors.Utility(x.DistancesTo[(long)i * n + j], riskJ);
        var ujj = SpatialActors.Utility(x.Distances[(long)j * n + j], riskJ);
        var (forI, forJ) = ChallengeEvaluator.PrincipalCoalitions(
            Voting.Vote(x.Rule, x.VoteWeights[i], uii, uij), Voting.Vote(x.Rule, x.VoteWeights[j], uji, ujj));
        var principalsI = forI;
        var principalsJ = forJ;
        for (var a = 0; a < n; a++)
        {
            if (a == i || a == j)
            {
                continue;
            }
            var riskA = RiskAttitudes.Estimate(rh, x.Risk[a], x.Adjust);
            var uai = SpatialActors.Utility(x.DistancesTo[(long)i * n + a], riskA);
            var uaj = SpatialActors.Utility(x.DistancesTo[(long)j * n + a], riskA);
            var uaa = SpatialActors.Utility(x.Distances[(long)a * n + a], riskA);
            var vote = ChallengeEvaluator.ThirdPartyVote(x.Rule, x.Commit, x.VoteWeights[a], uai, uaj, uaa, principalsI, principalsJ);
            if (vote > 0)
            {
                forI += vote;
            }
            if (vote < 0)
            {
                forJ -= vote;
            }
        }
        return ChallengeEvaluator.Gain(forI, forJ, uii, uij, x.SalienceTotals[j]);
    }
}

/// <summary>A turn's inputs to the challenge step, on the device.</summary>
internal struct ChallengeInputs
{
    public int Count;
    public VotingRule Rule;
    public ThirdPartyCommit Commit;
    public BigRAdjust Adjust;
    /// <summary>Each actor's own risk attitude R.</summary>
    public ArrayView<double> Risk;
    /// <summary>d(a, b) at [a·n + b]: from a's ideal to b's position.</summary>
    public ArrayView<double> Distances;
    /// <summary>d(b, a) at [a·n + b]: the transpose, as the CPU keeps it.</summary>
    public ArrayView<double> DistancesTo;
    public ArrayView<double> VoteWeights;
    public ArrayView<double> SalienceTotals;
}

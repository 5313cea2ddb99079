namespace Entente.Models.Spatial;

/// <summary>Actor h's estimate of a challenge of i to j: i's chance of winning, and the expected change in utility to k.</summary>
/// <param name="Probability">φ, h's estimate that i defeats j.</param>
/// <param name="Gain">h's estimate of k's expected change in utility against the status quo.</param>
internal readonly record struct Challenge(double Probability, double Gain);

/// <summary>
/// KTAB's probEduChlg: the principals vote with salience × capability, each third party judges from the
/// little contest of i, j and itself which side to join, and the resulting coalitions give φ; the gain
/// weighs j's chance of simply giving in (1 − s_j) against a contest.
/// </summary>
internal sealed partial class ChallengeEvaluator
{
    private const double MinCoalition = 1e-10;

    private readonly SpatialActors _actors;
    private readonly TurnAnalysis _analysis;
    private readonly SpatialOptions _options;

    public ChallengeEvaluator(SpatialActors actors, TurnAnalysis analysis, SpatialOptions options)
    {
        _actors = actors;
        _analysis = analysis;
        _options = options;
    }

    /// <summary>
    /// h's view, fixed for a series of challenges: its estimates of everyone's risk attitude, of every
    /// actor's utility of i's position, and of every actor's utility of its own position.
    /// </summary>
    public void Prepare(int h, int i, Span<double> risk, Span<double> utilityOfI, Span<double> utilityOfOwn)
    {
        var n = _actors.Count;
        _analysis.EstimatedRisk(h, _options.BigRAdjust, risk);
        var dTo = _analysis.DistancesTo;
        var d = _analysis.Distances;
        for (var a = 0; a < n; a++)
        {
            utilityOfI[a] = SpatialActors.Utility(dTo[i * n + a], risk[a]);
            utilityOfOwn[a] = SpatialActors.Utility(d[a * n + a], risk[a]);
        }
    }

    /// <summary>h's estimate of the challenge of i to j for k, with h's view from <see cref="Prepare"/> for this i.</summary>
    public Challenge Evaluate(int k, int i, int j, ReadOnlySpan<double> risk, ReadOnlySpan<double> utilityOfI, ReadOnlySpan<double> utilityOfOwn)
    {
        var n = _actors.Count;
        var rule = _options.VotingRule;
        var commit = _options.ThirdPartyCommit;
        var weights = _actors.VoteWeights;
        var toJ = _analysis.DistancesTo.AsSpan(j * n, n);
        var (forI, forJ, uij) = Principals(i, j, risk, utilityOfI, utilityOfOwn);
        // Each third party starts afresh from the principals' own contributions.
        var principalsI = forI;
        var principalsJ = forJ;
        for (var a = 0; a < n; a++)
        {
            if (a == i || a == j)
            {
                continue;
            }
            var uai = utilityOfI[a];
            var uaj = SpatialActors.Utility(toJ[a], risk[a]);
            var uaa = utilityOfOwn[a];
            var vote = ThirdPartyVote(rule, commit, weights[a], uai, uaj, uaa, principalsI, principalsJ);
            if (vote > 0)
            {
                forI += vote;
            }
            if (vote < 0)
            {
                forJ -= vote;
            }
        }
        return Outcome(k, i, j, forI, forJ, utilityOfI[i], uij, risk);
    }

    /// <summary>The principals' coalitions: i and j vote with salience × capability on i's position against j's.</summary>
    private (double ForI, double ForJ, double Uij) Principals(int i, int j, ReadOnlySpan<double> risk,
        ReadOnlySpan<double> utilityOfI, ReadOnlySpan<double> utilityOfOwn)
    {
        var n = _actors.Count;
        var rule = _options.VotingRule;
        var weights = _actors.VoteWeights;
        var uii = utilityOfI[i];
        var uij = SpatialActors.Utility(_analysis.DistancesTo[j * n + i], risk[i]);
        var uji = utilityOfI[j];
        var ujj = utilityOfOwn[j];

        var (forI, forJ) = PrincipalCoalitions(Voting.Vote(rule, weights[i], uii, uij), Voting.Vote(rule, weights[j], uji, ujj));
        return (forI, forJ, uij);
    }

    /// <summary>The coalitions the principals' votes start: each vote on the side it favours, above a floor. Static, so a GPU kernel calls it too.</summary>
    public static (double ForI, double ForJ) PrincipalCoalitions(double contributionI, double contributionJ)
    {
        double forI = MinCoalition, forJ = MinCoalition;
        if (contributionI > 0)
        {
            forI += contributionI;
        }
        if (contributionI < 0)
        {
            forJ -= contributionI;
        }
        if (contributionJ > 0)
        {
            forI += contributionJ;
        }
        if (contributionJ < 0)
        {
            forJ -= contributionJ;
        }
        return (forI, forJ);
    }

    /// <summary>φ from the final coalitions, and k's expected gain.</summary>
    private Challenge Outcome(int k, int i, int j, double forI, double forJ, double uii, double uij, ReadOnlySpan<double> risk)
    {
        var n = _actors.Count;
        var uki = k == i ? uii : SpatialActors.Utility(_analysis.DistancesTo[i * n + k], risk[k]);
        var ukj = k == i ? uij : SpatialActors.Utility(_analysis.DistancesTo[j * n + k], risk[k]);
        var (phi, gain) = Gain(forI, forJ, uki, ukj, _actors.SalienceTotals[j]);
        return new Challenge(phi, gain);
    }

    /// <summary>
    /// φ from the final coalitions, and the expected gain to an actor with utilities <paramref name="uki"/> of i's and
    /// <paramref name="ukj"/> of j's position, j conceding outright with chance 1 − s_j. Static, so a GPU kernel calls it too.
    /// </summary>
    public static (double Phi, double Gain) Gain(double forI, double forJ, double uki, double ukj, double sj)
    {
        var phi = forI / (forI + forJ);
        var phiJ = forJ / (forI + forJ);
        var statusQuo = uki + ukj;
        var victory = uki + uki;
        var defeat = ukj + ukj;
        var contest = phi * victory + phiJ * defeat;
        var challenge = (1 - sj) * victory + sj * contest;
        return (phi, challenge - statusQuo);
    }

    /// <summary>
    /// A third party's vote in the contest of i against j: its chance of ending on the winning side, from
    /// the little contest, times what each side's victory is worth to it (KTAB's vProbLittle and thirdPartyVoteSU).
    /// </summary>
    public static double ThirdPartyVote(VotingRule rule, ThirdPartyCommit commit, double weight,
        double uni, double unj, double unn, double principalsI, double principalsJ)
    {
        var own = Voting.Vote(rule, weight, uni, unj);
        var ci = own > 0 ? principalsI + own : principalsI;
        var cj = own < 0 ? principalsJ - own : principalsJ;
        var pi = ci / (ci + cj);
        var pj = 1.0 - pi;
        double joinIWins, joinILoses, joinJLoses, joinJWins;
        switch (commit)
        {
            case ThirdPartyCommit.FullCommit:
                joinIWins = uni + uni + uni;
                joinILoses = unj + unj + unj;
                joinJLoses = uni + uni + uni;
                joinJWins = unj + unj + unj;
                break;
            case ThirdPartyCommit.SemiCommit:
                joinIWins = uni + uni + unn;
                joinILoses = unj + unj + unj;
                joinJLoses = uni + uni + uni;
                joinJWins = unj + unj + unn;
                break;
            case ThirdPartyCommit.NoCommit:
                joinIWins = uni + uni + unn;
                joinILoses = unj + unj + unn;
                joinJLoses = uni + uni + unn;
                joinJWins = unj + unj + unn;
                break;
            default:
                // Unreachable: options come parsed. No throw, so that a GPU kernel can call this very function.
                return double.NaN;
        }
        var joinI = (pi * joinIWins) + (pj * joinILoses);
        var joinJ = (pi * joinJLoses) + (pj * joinJWins);
        return Voting.Vote(rule, weight, joinI, joinJ);
    }
}

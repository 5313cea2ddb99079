namespace Entente.Models.Diplomacy.Escalation;

/// <summary>
/// Bueno de Mesquita's probability that one position prevails over another in a contest on an issue
/// (specification §3): every actor votes with its capability times its salience as the observer perceives
/// it, for the position it prefers. Third parties enter here, which is how a neutral's leaning shifts a
/// dyad's odds.
/// </summary>
public static class WinProbability
{
    /// <summary>
    /// P = Σ_{v_k &gt; 0} v_k / Σ_k |v_k| with v_k = c_k·ŝ_k·(u_k(own) − u_k(rival)), u_k(x) = 1 − 2·|x − x_k|/Δ;
    /// ½ when nobody cares (denominator 0).
    /// </summary>
    /// <param name="own">x_id, the position whose chance is wanted.</param>
    /// <param name="rival">x_jd, the position it contests.</param>
    /// <param name="voterPositions">x_kd of every actor (the two contestants included).</param>
    /// <param name="capabilities">c_k, aligned with the positions.</param>
    /// <param name="saliences">ŝ^h_kd from the observer h's perspective (its own: its true resolve), aligned.</param>
    /// <param name="range">Δ_d, the range.</param>
    public static double Bdm(
        double own, double rival, ReadOnlySpan<double> voterPositions, ReadOnlySpan<double> capabilities,
        ReadOnlySpan<double> saliences, double range)
    {
        if (capabilities.Length != voterPositions.Length || saliences.Length != voterPositions.Length)
        {
            throw new ArgumentException("Positions, capabilities and saliences must list the same voters.", nameof(capabilities));
        }
        var n = voterPositions.Length;
        var forOwn = n <= 64 ? stackalloc double[n] : new double[n];
        var forRival = n <= 64 ? stackalloc double[n] : new double[n];
        var weights = n <= 64 ? stackalloc double[n] : new double[n];
        for (var k = 0; k < n; k++)
        {
            forOwn[k] = 1 - 2 * Math.Abs(own - voterPositions[k]) / range;
            forRival[k] = 1 - 2 * Math.Abs(rival - voterPositions[k]) / range;
            weights[k] = capabilities[k] * saliences[k];
        }
        return FromVotes(forOwn, forRival, weights);
    }

    /// <summary>
    /// <see cref="Bdm"/> from its parts computed beforehand (the escalation watch computes them once a round): each
    /// voter's utility u_k of the two positions and its weight c_k·ŝ_k; the vote is weight × (u_k(own) − u_k(rival)).
    /// </summary>
    internal static double FromVotes(ReadOnlySpan<double> forOwn, ReadOnlySpan<double> forRival, ReadOnlySpan<double> weights)
    {
        double favour = 0, all = 0;
        for (var k = 0; k < weights.Length; k++)
        {
            var vote = weights[k] * (forOwn[k] - forRival[k]);
            if (vote > 0)
            {
                favour += vote;
            }
            all += Math.Abs(vote);
        }
        return all <= 0 ? 0.5 : favour / all;
    }
}

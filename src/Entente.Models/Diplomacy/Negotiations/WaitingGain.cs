namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>
/// Why a party may prefer to wait (specification §8): if an opponent concedes on its own, the other side's
/// offer moves toward the party's side. A divided opposition — some members likely to fold — makes waiting
/// pay; a united one (every π = 0) makes it worthless.
/// </summary>
public static class WaitingGain
{
    /// <summary>
    /// δ_ij = dist(x*_i, O_{−s}) − dist(x*_i, O′_{−s}), O′ computed with j moved to the offer of i's side s:
    /// what i gains per unit resolve if j alone concedes.
    /// </summary>
    /// <param name="ideal">x*_id, i's ideal point.</param>
    /// <param name="positions">Every party's position on the issue.</param>
    /// <param name="capabilities">Every party's capability, aligned.</param>
    /// <param name="sides">Every party's side, aligned.</param>
    /// <param name="side">side(i).</param>
    /// <param name="conceder">j, a party not on i's side.</param>
    /// <param name="range">Δ_d, the range.</param>
    public static double Delta(
        double ideal, ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<int> sides,
        int side, int conceder, double range)
    {
        Parties.RequireAligned(positions, capabilities, sides);
        if (sides[conceder] == side)
        {
            throw new ArgumentException("Only a party of the other side can concede to i's side.", nameof(conceder));
        }
        var before = SideOffer.OfOthers(positions, capabilities, sides, side);
        var moved = positions.ToArray();
        moved[conceder] = SideOffer.Of(positions, capabilities, sides, side);
        var after = SideOffer.OfOthers(moved, capabilities, sides, side);
        return (Math.Abs(ideal - before) - Math.Abs(ideal - after)) / range;
    }

    /// <summary>
    /// w_i = Σ_{j ∉ side(i)} π^i_j·δ_ij, summed in party order: the expected gain per unit resolve from waiting.
    /// </summary>
    /// <param name="ideal">x*_id, i's ideal point.</param>
    /// <param name="positions">Every party's position on the issue.</param>
    /// <param name="capabilities">Every party's capability, aligned.</param>
    /// <param name="sides">Every party's side, aligned.</param>
    /// <param name="side">side(i).</param>
    /// <param name="concessionProbabilities">π^i_j for every party (entries on i's side are ignored), from <see cref="LevelZero.ConcessionProbability"/>.</param>
    /// <param name="range">Δ_d, the range.</param>
    public static double PerUnitResolve(
        double ideal, ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<int> sides,
        int side, ReadOnlySpan<double> concessionProbabilities, double range)
    {
        Parties.RequireAligned(positions, capabilities, sides);
        if (concessionProbabilities.Length != positions.Length)
        {
            throw new ArgumentException("Give a concession probability for every party.", nameof(concessionProbabilities));
        }
        var total = 0.0;
        for (var j = 0; j < positions.Length; j++)
        {
            if (sides[j] != side)
            {
                total += concessionProbabilities[j] * Delta(ideal, positions, capabilities, sides, side, j, range);
            }
        }
        return total;
    }
}

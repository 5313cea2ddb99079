namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>
/// What a side of a negotiation offers on an issue (specification §8): the capability-weighted mean of its
/// members' positions. A side speaks with the voice of its strong members, so the offer a party bargains
/// against is this mean, not any single opponent's position.
/// </summary>
public static class SideOffer
{
    /// <summary>O_s = Σ_{j∈s} c_j x_j / Σ_{j∈s} c_j over the parties whose side is <paramref name="side"/>.</summary>
    /// <param name="positions">Every party's position on the issue, in scenario order.</param>
    /// <param name="capabilities">Every party's capability c_j, aligned with <paramref name="positions"/>.</param>
    /// <param name="sides">Every party's side index, aligned with <paramref name="positions"/>.</param>
    /// <param name="side">The side whose offer is wanted.</param>
    public static double Of(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<int> sides, int side) =>
        Mean(positions, capabilities, sides, side, onSide: true);

    /// <summary>O_{−s}: the same mean over every party not on <paramref name="side"/> — what that side bargains against.</summary>
    /// <param name="positions">Every party's position on the issue, in scenario order.</param>
    /// <param name="capabilities">Every party's capability c_j, aligned with <paramref name="positions"/>.</param>
    /// <param name="sides">Every party's side index, aligned with <paramref name="positions"/>.</param>
    /// <param name="side">The side whose opponents' offer is wanted.</param>
    public static double OfOthers(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<int> sides, int side) =>
        Mean(positions, capabilities, sides, side, onSide: false);

    private static double Mean(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<int> sides, int side, bool onSide)
    {
        Parties.RequireAligned(positions, capabilities, sides);
        double weighted = 0, total = 0;
        for (var j = 0; j < positions.Length; j++)
        {
            if ((sides[j] == side) == onSide)
            {
                weighted += capabilities[j] * positions[j];
                total += capabilities[j];
            }
        }
        if (total <= 0)
        {
            // A side without capability has no offer; a weighted mean over nothing would be 0/0.
            throw new ArgumentException($"The parties {(onSide ? "on" : "not on")} side {side} have no capability, so they make no offer.", nameof(sides));
        }
        return weighted / total;
    }
}

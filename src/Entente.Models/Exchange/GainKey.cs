namespace Entente.Models.Exchange;

/// <summary>
/// A candidate's place in the incremental round's order: its gain when it was placed, and a stamp that
/// orders equal gains as the stable sort would (by their previous place). Stamps are unique, so the order
/// is total and a candidate is found again by the key it went in with, whatever its gain is now.
/// </summary>
internal readonly record struct GainKey(double Gain, long Stamp, int Id) : IComparable<GainKey>
{
    /// <summary>Best first: higher gain, then the lower stamp.</summary>
    public int CompareTo(GainKey other)
    {
        var byGain = other.Gain.CompareTo(Gain);
        return byGain != 0 ? byGain : Stamp.CompareTo(other.Stamp);
    }
}

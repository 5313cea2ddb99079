namespace Entente.Models.ExpectedUtility;

/// <summary>
/// How likely each position is to prevail over another in a vote of all actors: P_ij, computed one
/// receiver's row at a time so that a round needs O(n) memory whatever n is.
/// </summary>
internal interface IWinProbability
{
    /// <summary>Readies the round: positions are sorted in <paramref name="sorted"/>; <paramref name="voterRisk"/> is by input index.</summary>
    void Prepare(SortedPositions sorted, ReadOnlySpan<double> voterRisk, double delta);

    /// <summary>
    /// For the actor in slot <paramref name="receiverSlot"/> (i) and every slot t (j): P_ij into
    /// <paramref name="wins"/>[t] and P_ji into <paramref name="losses"/>[t]; 0 where x_i = x_j.
    /// </summary>
    void FillRow(int receiverSlot, Span<double> wins, Span<double> losses);
}

namespace Entente.Models.Spatial;

/// <summary>How the two positions of a bargain are interpolated, dimension by dimension (KTAB's InterVecBrgn).</summary>
public enum VectorInterpolation
{
    /// <summary>Weights s·p: salience times win probability, first powers.</summary>
    S1P1,
    /// <summary>Weights s²·p²: both squared.</summary>
    S2P2,
    /// <summary>Only the weaker side moves, by its probability deficit weighted by squared saliences.</summary>
    S2PMax,
}

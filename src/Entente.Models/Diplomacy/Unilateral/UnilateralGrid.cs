namespace Entente.Models.Diplomacy.Unilateral;

/// <summary>
/// The positions a decider chooses among on a unilateral issue (specification §9): lo + Δ·j/G for
/// j = 0…G. A fixed grid keeps the choice exact and reproducible where a continuous optimiser would not be.
/// </summary>
/// <param name="Lo">lo_d, the bottom of the range.</param>
/// <param name="Range">Δ_d = hi_d − lo_d.</param>
/// <param name="Intervals">G, the number of steps (default 100), so G + 1 points.</param>
public sealed record UnilateralGrid(double Lo, double Range, int Intervals = 100)
{
    /// <summary>G + 1, the number of points.</summary>
    public int Count => checked(Intervals + 1);

    /// <summary>Point j: lo + Δ·j/G.</summary>
    /// <param name="j">0 ≤ j ≤ G.</param>
    public double Point(int j)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(j);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(j, Intervals);
        return Lo + Range * j / Intervals;
    }
}

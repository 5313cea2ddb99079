namespace Entente.Models.Diplomacy.Unilateral;

/// <summary>
/// The decider's choice on a unilateral issue (specification §9): the grid point maximising the sum of its
/// utility terms (see <see cref="WelfareTerms"/>). Values within 1e-12 count as equal; among equals the
/// decider stays closest to where it stands, then takes the lower position, so an indifferent decider does
/// not move.
/// </summary>
public static class BestResponse
{
    /// <summary>Values and distances closer than this are treated as ties.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>The best grid point for W(x) = Σ terms(x), summed in the order given.</summary>
    /// <param name="grid">The candidate positions.</param>
    /// <param name="current">The decider's position at the start of the round.</param>
    /// <param name="terms">The utility terms of W_k.</param>
    public static GridChoice OnGrid(UnilateralGrid grid, double current, IReadOnlyList<Func<double, double>> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return OnGrid(grid, current, x => Welfare(terms, x));
    }

    /// <summary>The best grid point for the objective <paramref name="welfare"/>.</summary>
    /// <param name="grid">The candidate positions.</param>
    /// <param name="current">The decider's position at the start of the round.</param>
    /// <param name="welfare">W_k.</param>
    public static GridChoice OnGrid(UnilateralGrid grid, double current, Func<double, double> welfare)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(welfare);
        var bestPosition = grid.Point(0);
        var bestValue = welfare(bestPosition);
        for (var j = 1; j <= grid.Intervals; j++)
        {
            var x = grid.Point(j);
            var value = welfare(x);
            if (Beats(x, value, bestPosition, bestValue, current))
            {
                (bestPosition, bestValue) = (x, value);
            }
        }
        return new GridChoice(bestPosition, bestValue);
    }

    /// <summary>W(x) = Σ terms(x), summed left to right.</summary>
    /// <param name="terms">The utility terms.</param>
    /// <param name="x">A position.</param>
    public static double Welfare(IReadOnlyList<Func<double, double>> terms, double x)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var w = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            w += terms[i](x);
        }
        return w;
    }

    // The incumbent is the best point scanned so far, so a later point wins a tie only by standing closer to
    // the current position; scanning upwards, "lower first" then needs a strict comparison.
    private static bool Beats(double position, double value, double incumbentPosition, double incumbentValue, double current)
    {
        if (value > incumbentValue + Tolerance)
        {
            return true;
        }
        if (Math.Abs(value - incumbentValue) > Tolerance)
        {
            return false;
        }
        var near = Math.Abs(position - current);
        var incumbentNear = Math.Abs(incumbentPosition - current);
        return near < incumbentNear - Tolerance
            || (Math.Abs(near - incumbentNear) <= Tolerance && position < incumbentPosition);
    }
}

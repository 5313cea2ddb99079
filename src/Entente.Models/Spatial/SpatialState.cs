namespace Entente.Models.Spatial;

/// <summary>
/// The positions after one turn, on 0-1 per dimension (row-major by actor). Immutable: each turn makes a
/// new state. Ideals track positions, as in KTAB's default identity accommodation.
/// </summary>
internal sealed class SpatialState
{
    /// <summary>Positions closer than this (Euclidean, 0-1 scale) are the same position.</summary>
    public const double PositionTolerance = 1e-3;

    public SpatialState(int turn, double[] positions, int dimensions)
    {
        Turn = turn;
        Positions = positions;
        Dimensions = dimensions;
    }

    public int Turn { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<double> Position(int a) => Positions.AsSpan(a * Dimensions, Dimensions);

    public double Coordinate(int a, int k) => Positions[a * Dimensions + k];

    internal double[] Positions { get; }

    /// <summary>Euclidean distance between the positions of actors a and b.</summary>
    public double Gap(int a, int b) => Norm(Position(a), Position(b));

    /// <summary>Σ over actors of how far each moved between <paramref name="from"/> and <paramref name="to"/> (KTAB's stateDist).</summary>
    public static double Change(SpatialState from, SpatialState to)
    {
        double sum = 0;
        for (var a = 0; a < from.Positions.Length / from.Dimensions; a++)
        {
            sum += Norm(from.Position(a), to.Position(a));
        }
        return sum;
    }

    /// <summary>
    /// The first actor of each distinct position (KTAB's unique indices), in actor order.
    /// </summary>
    public int[] DistinctPositions()
    {
        var count = Positions.Length / Dimensions;
        var unique = new List<int>();
        for (var a = 0; a < count; a++)
        {
            var found = false;
            foreach (var u in unique)
            {
                if (Gap(a, u) < PositionTolerance)
                {
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                unique.Add(a);
            }
        }
        return [.. unique];
    }

    private static double Norm(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0;
        for (var k = 0; k < x.Length; k++)
        {
            var d = x[k] - y[k];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }
}

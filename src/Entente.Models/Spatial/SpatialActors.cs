namespace Entente.Models.Spatial;

/// <summary>
/// The fixed data of a spatial run: per actor its name, capability and salience on each dimension
/// (saliences on 0-1, row-major by actor). Positions, which change, live in <see cref="SpatialState"/>.
/// </summary>
internal sealed class SpatialActors
{
    public SpatialActors(IReadOnlyList<string> names, double[] capabilities, double[] saliences, int dimensions)
    {
        Count = names.Count;
        Dimensions = dimensions;
        Names = names;
        Capabilities = capabilities;
        Saliences = saliences;
        SalienceTotals = new double[Count];
        SalienceSquares = new double[Count];
        VoteWeights = new double[Count];
        for (var a = 0; a < Count; a++)
        {
            double total = 0, squares = 0;
            for (var k = 0; k < dimensions; k++)
            {
                var s = saliences[a * dimensions + k];
                total += s;
                squares += s * s;
            }
            SalienceTotals[a] = total;
            SalienceSquares[a] = squares;
            // A principal or third party weighs in with its total salience times its capability.
            VoteWeights[a] = total * capabilities[a];
        }
    }

    public int Count { get; }

    public int Dimensions { get; }

    public IReadOnlyList<string> Names { get; }

    public double[] Capabilities { get; }

    public double[] Saliences { get; }

    public double[] SalienceTotals { get; }

    public double[] SalienceSquares { get; }

    public double[] VoteWeights { get; }

    /// <summary>Salience-weighted distance from <paramref name="ideal"/> (actor a's) to <paramref name="position"/>, with a's saliences.</summary>
    public double Distance(int a, ReadOnlySpan<double> ideal, ReadOnlySpan<double> position)
    {
        var squares = SalienceSquares[a];
        // An actor that cares about nothing is indifferent: every position is at distance 0 from it.
        if (squares <= 0)
        {
            return 0;
        }
        double weighted = 0;
        var s = Saliences.AsSpan(a * Dimensions, Dimensions);
        for (var k = 0; k < s.Length; k++)
        {
            var ds = (ideal[k] - position[k]) * s[k];
            weighted += ds * ds;
        }
        return Math.Sqrt(weighted / squares);
    }

    /// <summary>Utility of a position at distance <paramref name="d"/> to an actor of risk attitude <paramref name="r"/>: (1 − d)(1 + d R).</summary>
    public static double Utility(double d, double r) => d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
}

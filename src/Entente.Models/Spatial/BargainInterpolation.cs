namespace Entente.Models.Spatial;

/// <summary>
/// KTAB's interpolation of a vector bargain: dimension by dimension, the two positions are pulled
/// together with weights from the parties' saliences and chances of winning.
/// </summary>
internal static class BargainInterpolation
{
    // Keeps 0/0 away when neither side cares or can coerce; the asymmetry it gives is KTAB's, on purpose.
    private const double MinWeight = 1e-6;

    public static ProposedBargain Interpolate(SpatialActors actors, int i, int j, ReadOnlySpan<double> positionI,
        ReadOnlySpan<double> positionJ, double probabilityI, double probabilityJ, VectorInterpolation rule)
    {
        var dims = actors.Dimensions;
        var bi = new double[dims];
        var bj = new double[dims];
        for (var k = 0; k < dims; k++)
        {
            var ti = positionI[k];
            var tj = positionJ[k];
            var si = actors.Saliences[i * dims + k];
            var sj = actors.Saliences[j * dims + k];
            (bi[k], bj[k]) = rule switch
            {
                VectorInterpolation.S1P1 => Powers(1, 1, ti, si, probabilityI, tj, sj, probabilityJ),
                VectorInterpolation.S2P2 => Powers(2, 2, ti, si, probabilityI, tj, sj, probabilityJ),
                VectorInterpolation.S2PMax => WeakerMoves(ti, si, probabilityI, tj, sj, probabilityJ),
                _ => throw new ArgumentOutOfRangeException(nameof(rule)),
            };
        }
        return new ProposedBargain(i, j, bi, bj);
    }

    /// <summary>Weights sⁿ·pᵐ; results rounded to 4 decimals to avoid spurious asymmetry and precision.</summary>
    public static (double, double) Powers(int n, int m, double ti, double si, double pi, double tj, double sj, double pj)
    {
        var wi = Math.Pow(si, n) * Math.Pow(pi, m);
        var wj = Math.Pow(sj, n) * Math.Pow(pj, m);
        var bi = Round4(((wi + MinWeight) * ti + wj * tj) / (wi + MinWeight + wj));
        var bj = Round4((wi * ti + (MinWeight + wj) * tj) / (wi + MinWeight + wj));
        return (bi, bj);
    }

    /// <summary>Only the side less likely to win moves, by its deficit in probability weighted by squared saliences.</summary>
    public static (double, double) WeakerMoves(double ti, double si, double pi, double tj, double sj, double pj)
    {
        var di = pj > pi ? pj - pi : 0;
        var dj = pi > pj ? pi - pj : 0;
        var si2 = si * si;
        var sj2 = sj * sj;
        var dik = (di * sj2) / ((di * sj2) + MinWeight + ((1 - di) * si2));
        var djk = (dj * si2) / ((dj * si2) + MinWeight + ((1 - dj) * sj2));
        return (ti + dik * (tj - ti), tj + djk * (ti - tj));
    }

    /// <summary>KTAB's rounding to 4 decimals: truncation of x·10⁴ + ½.</summary>
    public static double Round4(double x) => Math.Truncate(0.5 + x * 10000.0) / 10000.0;
}

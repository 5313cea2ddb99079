namespace Entente.Models.Spatial;

/// <summary>KTAB's "big R": risk attitudes inferred from how likely each actor's position is to prevail.</summary>
internal static class RiskAttitudes
{
    /// <summary>
    /// Maps win probabilities onto the range: the most likely position's actor is the most risk-averse.
    /// When every position is equally likely there is nothing to infer and everyone is risk-neutral.
    /// </summary>
    public static double[] FromProbabilities(double[] p, BigRRange range)
    {
        double pMin = 1.0, pMax = 0.0;
        foreach (var pi in p)
        {
            pMin = pi < pMin ? pi : pMin;
            pMax = pi > pMax ? pi : pMax;
        }
        var r = new double[p.Length];
        if (!(pMax - pMin > 0))
        {
            return r;
        }
        for (var i = 0; i < p.Length; i++)
        {
            r[i] = range switch
            {
                BigRRange.Min => (p[i] - pMin) / (pMax - pMin),
                BigRRange.Mid => (3 * p[i] - (pMax + 2 * pMin)) / (2 * (pMax - pMin)),
                BigRRange.Max => (2 * p[i] - (pMax + pMin)) / (pMax - pMin),
                _ => throw new ArgumentOutOfRangeException(nameof(range)),
            };
        }
        return r;
    }

    /// <summary>Actor h's estimate of the risk attitude of an actor whose own is <paramref name="ri"/>.</summary>
    public static double Estimate(double rh, double ri, BigRAdjust adjust) => adjust switch
    {
        BigRAdjust.Full => ri,
        BigRAdjust.TwoThirds => (rh + (2.0 * ri)) / 3.0,
        BigRAdjust.Half => (rh + ri) / 2,
        BigRAdjust.OneThird => ((2.0 * rh) + ri) / 3.0,
        BigRAdjust.None => rh,
        // Unreachable: options come parsed. No throw, so that a GPU kernel can call this very function.
        _ => double.NaN,
    };
}

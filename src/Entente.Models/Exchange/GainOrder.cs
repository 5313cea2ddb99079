namespace Entente.Models.Exchange;

/// <summary>
/// Orders candidates by gain, treating gains within a relative 1e-12 as equal so that a stable sort keeps
/// the earlier-ranked of two mathematically equal gains first (spec S7.2), whatever rounding did to them.
/// </summary>
internal sealed class GainOrder : IComparer<double>
{
    public static GainOrder Instance { get; } = new();

    public int Compare(double x, double y) =>
        Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y)) ? 0 : x.CompareTo(y);
}

namespace Entente.Models.Diplomacy.Unilateral;

/// <summary>
/// A graduated action level z(v) (specification §4.2, §7.2): piecewise linear through its points in a
/// condition value v and flat outside them, so a commitment can promise "the more you do, the more we do"
/// without promising beyond its last step.
/// </summary>
public sealed class Schedule
{
    private readonly (double V, double Z)[] _points;

    /// <summary>A schedule through <paramref name="points"/>, in any order (sorted by v, then z).</summary>
    /// <param name="points">The (v, z) points; at least one.</param>
    public Schedule(IEnumerable<(double V, double Z)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        _points = [.. points.OrderBy(p => p.V).ThenBy(p => p.Z)];
        if (_points.Length == 0)
        {
            throw new ArgumentException("A schedule needs at least one point.", nameof(points));
        }
    }

    /// <summary>The smallest level the schedule reaches.</summary>
    public double MinLevel => _points.Min(p => p.Z);

    /// <summary>The largest level the schedule reaches.</summary>
    public double MaxLevel => _points.Max(p => p.Z);

    /// <summary>The level at condition value <paramref name="v"/>: the first point's level below it, the last one's above it, linear between.</summary>
    /// <param name="v">The condition value.</param>
    public double At(double v)
    {
        if (v <= _points[0].V)
        {
            return _points[0].Z;
        }
        if (v >= _points[^1].V)
        {
            return _points[^1].Z;
        }
        // At a repeated v (a jump) the earlier segment ends exactly there, so its level wins.
        for (var k = 1; k < _points.Length; k++)
        {
            var (v0, z0) = _points[k - 1];
            var (v1, z1) = _points[k];
            if (v0 <= v && v <= v1)
            {
                return z0 + (z1 - z0) * (v - v0) / (v1 - v0);
            }
        }
        return _points[^1].Z;
    }
}

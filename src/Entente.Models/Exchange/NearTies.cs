namespace Entente.Models.Exchange;

/// <summary>
/// Counts the pairs of open candidates whose gains differ yet lie within 4e-12 of each other (relative),
/// four times <see cref="GainOrder"/>'s tolerance, and the gains that are not finite and non-negative.
/// While both counts are zero, GainOrder calls two gains equal exactly when they are equal, with room to
/// spare for rounding in its own test, so it is a strict weak order on the open gains and the stable
/// sort's result is the one order by (gain descending, previous place): the incremental round may keep
/// that order itself. Gains are bucketed by their top bits, so a near gain is always in the same bucket
/// or a neighbouring one, and an update costs the few distinct gains of three buckets.
/// </summary>
internal sealed class NearTies
{
    /// <summary>
    /// 2^16 units in the last place: at least 7e-12 relative, so gains within 4e-12 (at most 2^15.2 units
    /// apart) never lie more than one bucket apart.
    /// </summary>
    private const int BucketBits = 16;

    private readonly Dictionary<long, List<(double Gain, int Count)>> _buckets = [];

    private long _pairs;

    private int _odd;

    /// <summary>Whether no two open gains are near but different and every gain is finite and non-negative.</summary>
    public bool Clear => _pairs == 0 && _odd == 0;

    /// <summary>The comparison with margin: whether two gains could be called equal by GainOrder or nearly so.</summary>
    public static bool Near(double x, double y) => Math.Abs(x - y) <= 4e-12 * Math.Max(x, y);

    /// <summary>Whether a gain can be bucketed (a NaN, an infinity or a negative one turns the fast path off).</summary>
    public static bool Ordinary(double gain) => double.IsFinite(gain) && gain >= 0;

    public void Add(double gain)
    {
        if (!Ordinary(gain))
        {
            _odd++;
            return;
        }
        var key = Key(gain);
        _pairs += NearOthers(gain, key);
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            _buckets[key] = bucket = [];
        }
        var at = IndexOf(bucket, gain);
        if (at < 0)
        {
            bucket.Add((gain, 1));
        }
        else
        {
            bucket[at] = (gain, bucket[at].Count + 1);
        }
    }

    public void Remove(double gain)
    {
        if (!Ordinary(gain))
        {
            _odd--;
            return;
        }
        var key = Key(gain);
        var bucket = _buckets[key];
        var at = IndexOf(bucket, gain);
        if (bucket[at].Count == 1)
        {
            bucket.RemoveAt(at);
            if (bucket.Count == 0)
            {
                _buckets.Remove(key);
            }
        }
        else
        {
            bucket[at] = (gain, bucket[at].Count - 1);
        }
        _pairs -= NearOthers(gain, key);
    }

    /// <summary>How many held gains are near <paramref name="gain"/> but not equal to it.</summary>
    private long NearOthers(double gain, long key)
    {
        long count = 0;
        for (var k = key - 1; k <= key + 1; k++)
        {
            if (_buckets.TryGetValue(k, out var bucket))
            {
                foreach (var (other, n) in bucket)
                {
                    if (other != gain && Near(gain, other))
                    {
                        count += n;
                    }
                }
            }
        }
        return count;
    }

    private static int IndexOf(List<(double Gain, int Count)> bucket, double gain)
    {
        for (var n = 0; n < bucket.Count; n++)
        {
            if (bucket[n].Gain == gain)
            {
                return n;
            }
        }
        return -1;
    }

    // -0.0 compares equal to +0.0, so it goes in the same bucket.
    private static long Key(double gain) => BitConverter.DoubleToInt64Bits(gain == 0 ? 0.0 : gain) >> BucketBits;
}

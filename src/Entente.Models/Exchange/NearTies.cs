namespace Entente.Models.Exchange;

/// <summary>
/// Watches the open candidates' gains for what would make <see cref="GainOrder"/> intransitive. Two
/// different gains are near when they lie within 1e-12 of each other (relative) or a hair more, so a pair
/// that is not near is surely ordered by GainOrder, rounding in its own test included. While no gain has
/// two different near gains (a chain, as a ≈ b ≈ c with a ≉ c could be) and every gain is finite,
/// non-negative and not tiny, GainOrder is a strict weak order on the gains: its classes are single gains
/// or near pairs, and the stable sort's result is the one order by (class descending, previous place),
/// which the incremental round may keep itself. Gains are bucketed by their top bits, so a near gain is
/// always in the same bucket or, for a gain close to a bucket's edge, the neighbour across that edge; a
/// bucket holds its first distinct gain in place and the rare others in a list, so an update is mostly one
/// look-up of a value type (a step makes two updates for each of the hundreds of candidates it changes).
/// </summary>
internal sealed class NearTies
{
    /// <summary>
    /// 2^18 units in the last place: at least 2.9e-11 relative, so near gains (at most 2^13.2 units apart)
    /// never lie more than one bucket apart.
    /// </summary>
    private const int BucketBits = 18;

    /// <summary>
    /// 2^14 units in the last place, more than near gains ever lie apart: only a gain this close to its
    /// bucket's edge can have a near gain in the neighbouring bucket, so only then is that bucket read.
    /// </summary>
    private const long Reach = 1L << 14;

    private readonly BucketTable<Bucket> _buckets;

    private int _chains;

    /// <summary>A watch sized for about <paramref name="gains"/> different gains, so that filling it does not grow it over and over.</summary>
    public NearTies(int gains = 0) => _buckets = new(gains);

    private int _odd;

    /// <summary>Forgets every gain, ready for about <paramref name="gains"/> different ones; the memory is kept.</summary>
    public void Reset(int gains)
    {
        _buckets.Clear(gains);
        _chains = 0;
        _odd = 0;
    }

    /// <summary>Whether GainOrder is provably transitive on the gains held.</summary>
    public bool Clear => _chains == 0 && _odd == 0;

    /// <summary>
    /// Whether two gains could be called equal by GainOrder: its tolerance and a millionth of it more,
    /// far above the rounding of its test, so that gains not near are surely different to it.
    /// </summary>
    public static bool Near(double x, double y) => Math.Abs(x - y) <= 1.000001e-12 * Math.Max(x, y);

    /// <summary>
    /// Whether a gain can be bucketed: a NaN, an infinity, a negative gain, or one so small that the
    /// tolerance would underflow (never a real gain: those below 1e-10 are refused) turns the fast path off.
    /// </summary>
    public static bool Ordinary(double gain) => double.IsFinite(gain) && (gain == 0 || gain >= 1e-200);

    /// <summary>
    /// Reads the table where <paramref name="gain"/>'s bucket would be and returns something of what it read,
    /// changing nothing: the step calls it for hundreds of gains in a row so that their cache misses overlap
    /// before it adds or removes them one by one.
    /// </summary>
    public int Warm(double gain) => Ordinary(gain) ? _buckets.Warm(Key(gain)) : 0;

    public void Add(double gain)
    {
        if (!Ordinary(gain))
        {
            _odd++;
            return;
        }
        var key = Key(gain);
        ref var bucket = ref _buckets.GetOrAdd(key);
        if (bucket.Find(gain) is { } held)
        {
            bucket.Set(held, bucket.At(held) with { Count = bucket.At(held).Count + 1 });
            return;
        }
        // Link only reads and updates buckets, never adds one, so the reference stays good.
        var partners = Link(gain, key, ref bucket, +1);
        bucket.Add(new Entry(gain, 1, partners));
        _chains += partners >= 2 ? 1 : 0;
    }

    public void Remove(double gain)
    {
        if (!Ordinary(gain))
        {
            _odd--;
            return;
        }
        var key = Key(gain);
        ref var bucket = ref _buckets.Find(key);
        var at = bucket.Find(gain)!.Value;
        var entry = bucket.At(at);
        if (entry.Count > 1)
        {
            bucket.Set(at, entry with { Count = entry.Count - 1 });
            return;
        }
        bucket.RemoveAt(at);
        _chains -= entry.Partners >= 2 ? 1 : 0;
        Link(gain, key, ref bucket, -1);
        if (bucket.Count == 0)
        {
            // An empty bucket goes: a changed gain seldom comes back to the same 2^18 units, and kept
            // buckets would pile up over a round's hundreds of thousands of changes.
            _buckets.Remove(key);
        }
    }

    /// <summary>
    /// Adds <paramref name="change"/> to the partner count of every held gain near <paramref name="gain"/>
    /// (its own bucket <paramref name="own"/> and, near an edge, the neighbour across it); returns how many there are.
    /// </summary>
    private int Link(double gain, long key, ref Bucket own, int change)
    {
        var partners = Link(gain, ref own, change);
        var offset = Bits(gain) & ((1L << BucketBits) - 1);
        if (offset < Reach)
        {
            partners += Link(gain, ref _buckets.Find(key - 1), change);
        }
        if (offset >= (1L << BucketBits) - Reach)
        {
            partners += Link(gain, ref _buckets.Find(key + 1), change);
        }
        return partners;
    }

    private int Link(double gain, ref Bucket bucket, int change)
    {
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref bucket))
        {
            return 0;
        }
        var partners = 0;
        for (var n = 0; n < bucket.Count; n++)
        {
            var other = bucket.At(n);
            if (other.Gain == gain || !Near(gain, other.Gain))
            {
                continue;
            }
            partners++;
            var updated = other with { Partners = other.Partners + change };
            bucket.Set(n, updated);
            _chains += (updated.Partners >= 2 ? 1 : 0) - (other.Partners >= 2 ? 1 : 0);
        }
        return partners;
    }

    private static long Key(double gain) => Bits(gain) >> BucketBits;

    // -0.0 compares equal to +0.0, so it goes in the same bucket.
    private static long Bits(double gain) => BitConverter.DoubleToInt64Bits(gain == 0 ? 0.0 : gain);

    /// <summary>A distinct gain held: how many candidates have it, and how many different gains are near it.</summary>
    private readonly record struct Entry(double Gain, int Count, int Partners);

    /// <summary>The distinct gains of one bucket: the first in place (almost always the only one), the others in a list.</summary>
    private struct Bucket
    {
        private Entry _first;
        private List<Entry>? _more;

        public int Count { get; private set; }

        public readonly Entry At(int n) => n == 0 ? _first : _more![n - 1];

        public void Set(int n, Entry entry)
        {
            if (n == 0)
            {
                _first = entry;
            }
            else
            {
                _more![n - 1] = entry;
            }
        }

        public readonly int? Find(double gain)
        {
            for (var n = 0; n < Count; n++)
            {
                if (At(n).Gain == gain)
                {
                    return n;
                }
            }
            return null;
        }

        public void Add(Entry entry)
        {
            if (Count == 0)
            {
                _first = entry;
            }
            else
            {
                (_more ??= []).Add(entry);
            }
            Count++;
        }

        public void RemoveAt(int n)
        {
            if (n == 0 && Count > 1)
            {
                _first = _more![0];
                _more.RemoveAt(0);
            }
            else if (n > 0)
            {
                _more!.RemoveAt(n - 1);
            }
            Count--;
        }
    }
}

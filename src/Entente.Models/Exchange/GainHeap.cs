namespace Entente.Models.Exchange;

/// <summary>
/// A binary heap of <see cref="GainKey"/>s, best first, that leaves outdated keys in place: a candidate
/// whose gain changed is pushed again with a new key, and the old one is skipped when it comes up, which is
/// cheaper than finding and removing it. Whether a key is current is the caller's to say; when outdated
/// keys outnumber current ones the heap is rebuilt from the current ones alone, so it stays within twice
/// the open candidates. A key is current while its candidate is open and still holds that key.
/// </summary>
/// <param name="closed">Which candidates are closed.</param>
/// <param name="held">The key each candidate holds.</param>
/// <param name="storage">An array the heap may start from (a room's, kept over rounds); its contents are not read.</param>
internal sealed class GainHeap(bool[] closed, GainKey[] held, GainKey[]? storage = null)
{
    private GainKey[] _keys = storage ?? new GainKey[16];
    private int _count;

    /// <summary>Keys held, outdated ones included.</summary>
    public int Count => _count;

    public void Clear() => _count = 0;

    private bool Current(GainKey key) => !closed[key.Id] && held[key.Id] == key;

    /// <summary>The best current key without removing it (outdated keys above it go); null when none is left.</summary>
    public GainKey? PeekCurrent()
    {
        while (_count > 0)
        {
            if (Current(_keys[0]))
            {
                return _keys[0];
            }
            _keys[0] = _keys[--_count];
            Down(0);
        }
        return null;
    }

    /// <summary>
    /// Empties the heap for <paramref name="count"/> keys, to be written into the span returned and then
    /// ordered by <see cref="Order"/>. Room is made for twice as many and more, all the heap ever holds
    /// (see <see cref="Compact"/>), so it never grows while a round runs.
    /// </summary>
    public Span<GainKey> Refill(int count)
    {
        if (_keys.Length < 2 * count + 16)
        {
            _keys = new GainKey[2 * count + 16];
        }
        _count = count;
        return _keys.AsSpan(0, count);
    }

    /// <summary>Orders the keys written after <see cref="Refill"/>, in linear time.</summary>
    public void Order()
    {
        for (var n = _count / 2 - 1; n >= 0; n--)
        {
            Down(n);
        }
    }

    public void Push(GainKey key)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, 2 * _count);
        }
        _keys[_count] = key;
        Up(_count++);
    }

    /// <summary>Removes and returns the best current key; there must be one.</summary>
    public GainKey PopCurrent()
    {
        while (true)
        {
            var top = _keys[0];
            _keys[0] = _keys[--_count];
            Down(0);
            if (Current(top))
            {
                return top;
            }
        }
    }

    /// <summary>The current keys, in no order.</summary>
    public IEnumerable<GainKey> Current()
    {
        for (var n = 0; n < _count; n++)
        {
            if (Current(_keys[n]))
            {
                yield return _keys[n];
            }
        }
    }

    /// <summary>Drops outdated keys when they are more than <paramref name="open"/>, the current ones.</summary>
    public void Compact(int open)
    {
        if (_count <= 2 * open + 16)
        {
            return;
        }
        var kept = 0;
        for (var n = 0; n < _count; n++)
        {
            if (Current(_keys[n]))
            {
                _keys[kept++] = _keys[n];
            }
        }
        _count = kept;
        for (var n = _count / 2 - 1; n >= 0; n--)
        {
            Down(n);
        }
    }

    private void Up(int n)
    {
        var key = _keys[n];
        while (n > 0)
        {
            var parent = (n - 1) / 2;
            if (_keys[parent].CompareTo(key) <= 0)
            {
                break;
            }
            _keys[n] = _keys[parent];
            n = parent;
        }
        _keys[n] = key;
    }

    private void Down(int n)
    {
        if (_count == 0)
        {
            return;
        }
        var key = _keys[n];
        while (true)
        {
            var child = 2 * n + 1;
            if (child >= _count)
            {
                break;
            }
            if (child + 1 < _count && _keys[child + 1].CompareTo(_keys[child]) < 0)
            {
                child++;
            }
            if (key.CompareTo(_keys[child]) <= 0)
            {
                break;
            }
            _keys[n] = _keys[child];
            n = child;
        }
        _keys[n] = key;
    }
}

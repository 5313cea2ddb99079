using System.Runtime.CompilerServices;

namespace Entente.Models.Exchange;

/// <summary>
/// A hash table from non-negative keys to values held in place, for <see cref="NearTies"/>' buckets:
/// open addressing with linear probing, key and value side by side, so that a look-up mostly costs one
/// cache miss where a Dictionary costs two (its bucket index, then its entry). A step looks up buckets
/// for hundreds of changed gains. Removal shifts the following entries back, so no tombstones pile up.
/// A slot holds its key plus one, so that a new array, all zeros, is all empty slots without a pass.
/// </summary>
internal sealed class BucketTable<T>
    where T : struct
{
    private const long Empty = 0;

    private Slot[] _slots;
    private int _count;

    /// <summary>A table that holds <paramref name="capacity"/> keys without growing.</summary>
    public BucketTable(int capacity) => _slots = NewSlots(Size(capacity));

    // A power of two, at least twice the keys.
    private static int Size(int capacity)
    {
        var size = 16;
        while (size < 2 * capacity)
        {
            size *= 2;
        }
        return size;
    }

    /// <summary>
    /// Empties the table, ready for <paramref name="capacity"/> keys: its slots are cleared in place when
    /// there are enough, so a table used round after round takes its memory from the system once.
    /// </summary>
    public void Clear(int capacity)
    {
        if (_slots.Length >= 2 * capacity)
        {
            Array.Clear(_slots);
        }
        else
        {
            _slots = NewSlots(Size(capacity));
        }
        _count = 0;
    }

    /// <summary>The value under <paramref name="key"/>, added as default when missing; good until the next add or removal.</summary>
    public ref T GetOrAdd(long key)
    {
        var stored = key + 1;
        // At most half full: probes stay short.
        if (2 * (_count + 1) > _slots.Length)
        {
            Grow();
        }
        var at = Home(stored);
        while (_slots[at].Key != stored)
        {
            if (_slots[at].Key == Empty)
            {
                _slots[at].Key = stored;
                _count++;
                break;
            }
            at = Next(at);
        }
        return ref _slots[at].Value;
    }

    /// <summary>The value under <paramref name="key"/>, or a null reference when missing; good until the next add or removal.</summary>
    public ref T Find(long key)
    {
        if (key < 0)
        {
            // No such key is ever held (and the stored -1 + 1 marks an empty slot).
            return ref Unsafe.NullRef<T>();
        }
        var stored = key + 1;
        var at = Home(stored);
        while (_slots[at].Key != stored)
        {
            if (_slots[at].Key == Empty)
            {
                return ref Unsafe.NullRef<T>();
            }
            at = Next(at);
        }
        return ref _slots[at].Value;
    }

    /// <summary>
    /// Reads the slot where a look-up of <paramref name="key"/> starts and returns part of what it read (see
    /// <see cref="NearTies.Warm"/>); changes nothing.
    /// </summary>
    public int Warm(long key) => unchecked((int)_slots[Home(key + 1)].Key);

    /// <summary>Removes <paramref name="key"/>, which must be held.</summary>
    public void Remove(long key)
    {
        var stored = key + 1;
        var hole = Home(stored);
        while (_slots[hole].Key != stored)
        {
            hole = Next(hole);
        }
        // Move back every later entry of the run whose home does not lie cyclically in (hole, at].
        for (var at = Next(hole); _slots[at].Key != Empty; at = Next(at))
        {
            var home = Home(_slots[at].Key);
            var stays = hole <= at ? hole < home && home <= at : hole < home || home <= at;
            if (!stays)
            {
                _slots[hole] = _slots[at];
                hole = at;
            }
        }
        _slots[hole] = default;
        _count--;
    }

    private int Next(int at) => (at + 1) & (_slots.Length - 1);

    // Fibonacci hashing of a stored key: the top bits of key × 2^64/φ; neighbouring keys land far apart.
    private int Home(long stored) =>
        (int)(unchecked((ulong)stored * 0x9E3779B97F4A7C15UL) >> (64 - System.Numerics.BitOperations.Log2((uint)_slots.Length)));

    private void Grow()
    {
        var old = _slots;
        _slots = NewSlots(2 * old.Length);
        foreach (var slot in old)
        {
            if (slot.Key == Empty)
            {
                continue;
            }
            var at = Home(slot.Key);
            while (_slots[at].Key != Empty)
            {
                at = Next(at);
            }
            _slots[at] = slot;
        }
    }

    private static Slot[] NewSlots(int size) => new Slot[size];

    private struct Slot
    {
        public long Key;
        public T Value;
    }
}

using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Entente.Domain;

/// <summary>
/// An immutable list that compares by its elements, so that records holding lists
/// (a scenario, an issue's scale labels) are equal when their contents are equal.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Creates a list holding <paramref name="items"/> in order.</summary>
    public ValueList(IEnumerable<T> items) => _items = items.ToImmutableArray();

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty => new([]);

    private ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>The array behind the list: two lists with the same identity hold the same items (caches key on it).</summary>
    internal object? Identity => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(_items);

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <summary>Returns a new list with <paramref name="item"/> appended.</summary>
    public ValueList<T> Add(T item) => new(Items.Add(item));

    /// <inheritdoc />
    public bool Equals(ValueList<T> other) =>
        Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>Element-wise equality.</summary>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Element-wise inequality.</summary>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Lets a collection expression build a list: <c>ValueList&lt;string&gt; x = ["a", "b"];</c>.</summary>
    public static implicit operator ValueList<T>(T[] items) => new(items);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Builds <see cref="ValueList{T}"/> values from collection expressions.</summary>
public static class ValueList
{
    /// <summary>A list holding <paramref name="items"/> in order.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());
}

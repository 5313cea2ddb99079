using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// One thread's working memory, carved from two device buffers: <see cref="Doubles"/> arrays of n + 1 doubles and
/// <see cref="Ints"/> arrays of n ints per thread, n the most participants of any issue. Threads are interleaved
/// (element i of every thread's array k sit side by side), so that a warp walking the same loop reads neighbouring
/// words, which a GPU serves in one transaction. A trial allocates nothing.
/// </summary>
internal readonly struct Scratch
{
    /// <summary>Double arrays per thread.</summary>
    public const int Doubles = 16;

    /// <summary>Int arrays per thread.</summary>
    public const int Ints = 4;

    private readonly ArrayView<double> _doubles;
    private readonly ArrayView<int> _ints;
    private readonly long _n, _thread, _threads;

    public Scratch(ArrayView<double> doubles, ArrayView<int> ints, int n, long thread, long threads)
    {
        _n = n;
        _thread = thread;
        _threads = threads;
        _doubles = doubles;
        _ints = ints;
    }

    /// <summary>Double array <paramref name="k"/> (n + 1 long).</summary>
    public ThreadArray<double> D(int k) => new(_doubles, k * (_n + 1) * _threads + _thread, _threads);

    /// <summary>Int array <paramref name="k"/> (n long).</summary>
    public ThreadArray<int> I(int k) => new(_ints, k * _n * _threads + _thread, _threads);

    /// <summary>Doubles one thread needs for issues of up to <paramref name="n"/> participants.</summary>
    public static long DoublesFor(int n) => Doubles * (n + 1L);

    /// <summary>Ints one thread needs for issues of up to <paramref name="n"/> participants.</summary>
    public static long IntsFor(int n) => Ints * (long)Math.Max(n, 1);
}

/// <summary>One thread's array inside an interleaved buffer: element i at start + i·stride.</summary>
internal readonly struct ThreadArray<T>(ArrayView<T> data, long start, long stride) where T : unmanaged
{
    public ref T this[int index] => ref data[start + index * stride];
}

using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// One thread's working memory, carved from two device buffers: <see cref="Doubles"/> arrays of n + 1 doubles and
/// <see cref="Ints"/> arrays of n ints per thread, n the most participants of any issue. A trial allocates nothing.
/// </summary>
internal readonly struct Scratch
{
    /// <summary>Double arrays per thread.</summary>
    public const int Doubles = 16;

    /// <summary>Int arrays per thread.</summary>
    public const int Ints = 4;

    private readonly ArrayView<double> _doubles;
    private readonly ArrayView<int> _ints;
    private readonly long _n;

    public Scratch(ArrayView<double> doubles, ArrayView<int> ints, int n, long thread)
    {
        _n = n;
        _doubles = doubles.SubView(thread * Doubles * (n + 1L), Doubles * (n + 1L));
        _ints = ints.SubView(thread * Ints * (long)n, Ints * (long)n);
    }

    /// <summary>Double array <paramref name="k"/> (n + 1 long).</summary>
    public ArrayView<double> D(int k) => _doubles.SubView(k * (_n + 1), _n + 1);

    /// <summary>Int array <paramref name="k"/> (n long).</summary>
    public ArrayView<int> I(int k) => _ints.SubView(k * _n, _n);

    /// <summary>Doubles one thread needs for issues of up to <paramref name="n"/> participants.</summary>
    public static long DoublesFor(int n) => Doubles * (n + 1L);

    /// <summary>Ints one thread needs for issues of up to <paramref name="n"/> participants.</summary>
    public static long IntsFor(int n) => Ints * (long)Math.Max(n, 1);
}

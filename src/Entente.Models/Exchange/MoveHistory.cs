using System.Runtime.CompilerServices;

namespace Entente.Models.Exchange;

/// <summary>
/// A side's moves this round, the tentative one last, kept inside the side: a round holds hundreds of
/// thousands of sides and a side rarely has more than a few moves, so the first four lie in place and only
/// a longer history takes an array. The checks read it in order, as a list would be read, so sums come
/// out bit for bit the same.
/// </summary>
internal struct MoveHistory
{
    private const int InPlace = 4;

    private Four _first;
    private double[]? _more;
    private int _count;

    public readonly int Count => _count;

    /// <summary>The latest move (the tentative one while a candidate is open).</summary>
    public readonly double Last => At(_count - 1);

    public readonly double At(int n) => n < InPlace ? _first[n] : _more![n - InPlace];

    public void Add(double move)
    {
        if (_count < InPlace)
        {
            _first[_count++] = move;
            return;
        }
        _more ??= new double[InPlace];
        if (_count - InPlace == _more.Length)
        {
            Array.Resize(ref _more, 2 * _more.Length);
        }
        _more[_count++ - InPlace] = move;
    }

    /// <summary>Replaces the latest move.</summary>
    public void SetLast(double move)
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("no move to replace");
        }
        if (_count <= InPlace)
        {
            _first[_count - 1] = move;
        }
        else
        {
            _more![_count - 1 - InPlace] = move;
        }
    }

    public void DropLast()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("no move to drop");
        }
        _count--;
    }

    /// <summary>The moves summed in order from zero, as Enumerable.Sum adds doubles.</summary>
    public readonly double Sum()
    {
        var sum = 0.0;
        for (var n = 0; n < _count; n++)
        {
            sum += At(n);
        }
        return sum;
    }

    /// <summary>Whether every move goes down, or every move goes up (true for no moves, as for an empty list).</summary>
    public readonly bool OneWay()
    {
        var (down, up) = (0, 0);
        for (var n = 0; n < _count; n++)
        {
            var move = At(n);
            down += move < 0 ? 1 : 0;
            up += move > 0 ? 1 : 0;
        }
        return down == _count || up == _count;
    }

    [InlineArray(InPlace)]
    private struct Four
    {
        private double _element;
    }
}

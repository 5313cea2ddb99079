using System.Runtime.CompilerServices;

namespace Entente.Models.Exchange;

/// <summary>
/// A candidate's update book (spec S8.3): realised moves of other actors on its issues made for the same
/// demanding actor, in recording order, one entry per actor and issue. Kept inside the candidate, the first
/// two entries in place: most books stay that small, and a step writes to the books of hundreds of
/// candidates, which should not cost an object each.
/// </summary>
internal struct UpdateBook
{
    private const int InPlace = 2;

    private Two _first;
    private Entry[]? _more;
    private int _count;

    /// <summary>How many entries the book holds, on all issues.</summary>
    public readonly int Count => _count;

    /// <summary>How many of the book's entries are on <paramref name="issue"/>.</summary>
    public readonly int CountOn(int issue)
    {
        var count = 0;
        for (var n = 0; n < _count; n++)
        {
            count += At(n).Issue == issue ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// Writes the entries on <paramref name="issue"/> into <paramref name="into"/> from <paramref name="at"/>
    /// on, in recording order; returns where they end.
    /// </summary>
    public readonly int Write(int issue, Span<(int Actor, double Position)> into, int at)
    {
        for (var n = 0; n < _count; n++)
        {
            var e = At(n);
            if (e.Issue == issue)
            {
                into[at++] = (e.Actor, e.Position);
            }
        }
        return at;
    }

    /// <summary>
    /// Records a realised move of <paramref name="actor"/> on <paramref name="issue"/>. A second record keeps
    /// the lower of the two positions when the first lay at or above the round start, else the higher: the
    /// rule of the public implementation (spec S8.3), kept so that caps match it.
    /// </summary>
    public void Record(int issue, int actor, double start, double position)
    {
        for (var n = 0; n < _count; n++)
        {
            var held = At(n);
            if (held.Issue == issue && held.Actor == actor)
            {
                Set(n, held with { Position = start <= held.Position ? Math.Min(held.Position, position) : Math.Max(held.Position, position) });
                return;
            }
        }
        if (_count >= InPlace)
        {
            _more ??= new Entry[InPlace];
            if (_count - InPlace == _more.Length)
            {
                Array.Resize(ref _more, 2 * _more.Length);
            }
        }
        Set(_count++, new Entry(issue, actor, position));
    }

    private readonly Entry At(int n) => n < InPlace ? _first[n] : _more![n - InPlace];

    private void Set(int n, Entry entry)
    {
        if (n < InPlace)
        {
            _first[n] = entry;
        }
        else
        {
            _more![n - InPlace] = entry;
        }
    }

    private readonly record struct Entry(int Issue, int Actor, double Position);

    [InlineArray(InPlace)]
    private struct Two
    {
        private Entry _element;
    }
}

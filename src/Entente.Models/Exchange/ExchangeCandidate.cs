namespace Entente.Models.Exchange;

/// <summary>
/// A possible trade between two actors on issues p and q: I demands p and supplies q, J the reverse.
/// Its update book records realised moves of other actors on its issues made for the same demanding
/// actor, which the outcome cap takes into account.
/// </summary>
internal sealed class ExchangeCandidate
{
    // Made on the first record: most candidates never get one, and a round holds hundreds of thousands.
    private List<(int Issue, int Actor, double Position)>? _book;

    /// <summary>Place in the round's generation order (S3), from 0: the index by which a round keeps its state.</summary>
    public required int Id { get; init; }

    public required ExchangeSide I { get; init; }

    public required ExchangeSide J { get; init; }

    /// <summary>Which side stood left of the compromise on p, the earlier issue: it is written first (actor A).</summary>
    public required bool ILeftOnP { get; init; }

    /// <summary>The gain each side makes (equal under the equal-gain rule).</summary>
    public double Gain { get; set; }

    public bool Valid { get; set; }

    /// <summary>How many of the book's entries are on <paramref name="issue"/>.</summary>
    public int BookCount(int issue)
    {
        var count = 0;
        if (_book is null)
        {
            return 0;
        }
        foreach (var e in _book)
        {
            count += e.Issue == issue ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// Writes the book's entries on <paramref name="issue"/> into <paramref name="into"/> from
    /// <paramref name="at"/> on, in recording order (it must hold <see cref="BookCount"/> of them); returns
    /// where they end. A span, not a new array: the cap reads the book for every candidate a step touches.
    /// </summary>
    public int Book(int issue, Span<(int Actor, double Position)> into, int at)
    {
        if (_book is null)
        {
            return at;
        }
        foreach (var e in _book)
        {
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
        _book ??= [];
        var at = 0;
        while (at < _book.Count && !(_book[at].Issue == issue && _book[at].Actor == actor))
        {
            at++;
        }
        if (at == _book.Count)
        {
            _book.Add((issue, actor, position));
            return;
        }
        var held = _book[at].Position;
        _book[at] = (issue, actor, start <= held ? Math.Min(held, position) : Math.Max(held, position));
    }

    public ExchangeSide Partner(ExchangeSide side) => ReferenceEquals(side, I) ? J : I;
}

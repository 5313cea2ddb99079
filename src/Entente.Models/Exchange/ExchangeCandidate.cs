namespace Entente.Models.Exchange;

/// <summary>
/// A possible trade between two actors on issues p and q: I demands p and supplies q, J the reverse.
/// Its update book records realised moves of other actors on its issues made for the same demanding
/// actor, which the outcome cap takes into account. A value, held with the round's others in one array and
/// changed in place through references: a round holds hundreds of thousands of candidates, which as objects
/// cost the collector more than the model's own arithmetic, and every step reads hundreds of them.
/// </summary>
internal struct ExchangeCandidate
{
    /// <summary>The side that demands p and supplies q.</summary>
    public ExchangeSide I;

    /// <summary>The side that demands q and supplies p.</summary>
    public ExchangeSide J;

    private UpdateBook _book;

    /// <summary>Place in the round's generation order (S3), from 0: its index in the round's array.</summary>
    public int Id;

    /// <summary>Which side stood left of the compromise on p, the earlier issue: it is written first (actor A).</summary>
    public bool ILeftOnP;

    /// <summary>The gain each side makes (equal under the equal-gain rule).</summary>
    public double Gain;

    public bool Valid;

    /// <summary>How many entries the book holds, on all issues.</summary>
    public readonly int BookSize => _book.Count;

    /// <summary>How many of the book's entries are on <paramref name="issue"/>.</summary>
    public readonly int BookCount(int issue) => _book.CountOn(issue);

    /// <summary>
    /// Writes the book's entries on <paramref name="issue"/> into <paramref name="into"/> from
    /// <paramref name="at"/> on, in recording order (it must hold <see cref="BookCount"/> of them); returns
    /// where they end. A span, not a new array: the cap reads the book for every candidate a step touches.
    /// </summary>
    public readonly int Book(int issue, Span<(int Actor, double Position)> into, int at) => _book.Write(issue, into, at);

    /// <summary>Records a realised move of <paramref name="actor"/> on <paramref name="issue"/> (see <see cref="UpdateBook.Record"/>).</summary>
    public void Record(int issue, int actor, double start, double position) => _book.Record(issue, actor, start, position);
}

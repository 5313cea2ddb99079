using Entente.Models.Common;
using Entente.Models.Exchange;

namespace Entente.Models.Tests.Exchange;

/// <summary>
/// The two compromises the cap computes in one pass, against the single compromise of each override list,
/// bit for bit; and the fact the cap's base relies on when it reuses one of them: with no entry for the
/// supplier in the book, putting the supplier before the book or after it gives the same bits.
/// </summary>
public sealed class CompromisesTests
{
    public static TheoryData<ulong> Seeds() => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Two_compromises_at_once_are_each_the_single_compromise(ulong seed)
    {
        var random = new CounterRandom(seed, 7);
        foreach (var board in Generated(seed))
        {
            for (var n = 0; n < 2000; n++)
            {
                var issue = random.NextInt(board.IssueCount);
                var actor = random.NextInt(board.ActorCount);
                var book = Book(ref random, board.ActorCount, exclude: -1);
                var (first, second) = (100 * random.NextDouble(), 100 * random.NextDouble());

                var (one, two) = board.Compromises(issue, book, actor, first, second);

                Assert.Equal(Bits(board.Compromise(issue, [.. book, (actor, first)])), Bits(one));
                Assert.Equal(Bits(board.Compromise(issue, [.. book, (actor, second)])), Bits(two));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_an_entry_for_the_supplier_its_place_before_or_after_the_book_gives_the_same_bits(ulong seed)
    {
        var random = new CounterRandom(seed, 8);
        foreach (var board in Generated(seed))
        {
            for (var n = 0; n < 2000; n++)
            {
                var issue = random.NextInt(board.IssueCount);
                var supplier = random.NextInt(board.ActorCount);
                var book = Book(ref random, board.ActorCount, exclude: supplier);
                var position = 100 * random.NextDouble();

                Assert.Equal(
                    Bits(board.Compromise(issue, [.. book, (supplier, position)])),
                    Bits(board.Compromise(issue, [(supplier, position), .. book])));
            }
        }
    }

    // Fine and coarse boards, and one where some actors have no data on some issues (they are skipped).
    private static IEnumerable<ExchangeBoard> Generated(ulong seed)
    {
        yield return Boards.Fine(6, 8, seed);
        yield return Boards.Coarse(7, 8, seed);
        var random = new CounterRandom(seed, 9);
        var sparse = new ExchangeBoard(8, 6);
        for (var k = 0; k < 8; k++)
        {
            for (var x = 0; x < 6; x++)
            {
                if (random.NextDouble() < 0.7)
                {
                    sparse.Set(k, x, 100 * random.NextDouble(), random.NextDouble(), 1 + 9 * random.NextDouble());
                }
            }
        }
        yield return sparse;
    }

    // Up to four entries, an actor sometimes twice (the later one wins), never the excluded actor.
    private static (int Actor, double Position)[] Book(ref CounterRandom random, int actors, int exclude)
    {
        var book = new List<(int, double)>();
        var size = random.NextInt(5);
        while (book.Count < size)
        {
            var actor = random.NextInt(actors);
            if (actor != exclude)
            {
                book.Add((actor, 100 * random.NextDouble()));
            }
        }
        return [.. book];
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}

namespace Entente.Models.Exchange;

/// <summary>
/// Builds the round's candidate exchanges (spec S3): for every pair of issues p before q, every pair of
/// actors on opposite sides of both compromises, the one caring relatively more about p demanding it.
/// The order (issue pairs, then a×d before b×c, actors in input order) decides ties later on. The
/// candidates are counted first and made in one array of the exact size: a round holds hundreds of
/// thousands, and a growing list would copy them all a few times over.
/// </summary>
internal static class CandidateList
{
    /// <summary>The groups that trade, in order: a with d, then b with c.</summary>
    private static readonly (int Outer, int Inner)[] Opposite = [(0, 3), (1, 2)];

    /// <summary>
    /// Builds the candidates into the first <paramref name="count"/> places of the array returned: the
    /// room's when there is one (it may be longer), else a new one of that length.
    /// </summary>
    public static ExchangeCandidate[] Build(ExchangeBoard board, ExchangeOptions options, EqualGain equalGain, CandidateRoom? room, out int count)
    {
        var compromise = Enumerable.Range(0, board.IssueCount).Select(board.Compromise).ToArray();
        bool Left(int actor, int issue) => options.StrictLeft
            ? board.Position(actor, issue) < compromise[issue]
            : board.Position(actor, issue) <= compromise[issue];

        // Group code: left on p counts 1, left on q counts 2 (a = 0, b = 1, c = 2, d = 3). The lists are
        // emptied for each issue pair rather than made anew: there are I²/2 pairs.
        var groups = new List<int>[] { [], [], [], [] };
        void Group(int p, int q)
        {
            foreach (var group in groups)
            {
                group.Clear();
            }
            for (var k = 0; k < board.ActorCount; k++)
            {
                if (board.Trades(k, p) && board.Trades(k, q))
                {
                    groups[(Left(k, p) ? 1 : 0) + (Left(k, q) ? 2 : 0)].Add(k);
                }
            }
        }

        count = 0;
        for (var p = 0; p < board.IssueCount; p++)
        {
            for (var q = p + 1; q < board.IssueCount; q++)
            {
                Group(p, q);
                count += groups[0].Count * groups[3].Count + groups[1].Count * groups[2].Count;
            }
        }
        var candidates = room?.Take(count) ?? new ExchangeCandidate[count];
        var id = 0;
        for (var p = 0; p < board.IssueCount; p++)
        {
            for (var q = p + 1; q < board.IssueCount; q++)
            {
                Group(p, q);
                foreach (var (outer, inner) in Opposite)
                {
                    foreach (var i in groups[outer])
                    {
                        foreach (var j in groups[inner])
                        {
                            ref var candidate = ref candidates[id];
                            candidate = Pair(board, id++, i, j, p, q, iLeftOnP: outer == 1);
                            equalGain.Calculate(ref candidate);
                        }
                    }
                }
            }
        }
        return candidates;
    }

    private static ExchangeCandidate Pair(ExchangeBoard board, int id, int i, int j, int p, int q, bool iLeftOnP)
    {
        // The actor with the larger salience ratio p:q gets p moved its way (ties keep the order).
        var swap = board.Salience(i, p) / board.Salience(i, q) < board.Salience(j, p) / board.Salience(j, q);
        var (demandsP, demandsQ) = swap ? (j, i) : (i, j);
        return new ExchangeCandidate
        {
            Id = id,
            I = Side(board, demandsP, supply: q, demand: p),
            J = Side(board, demandsQ, supply: p, demand: q),
            ILeftOnP = (demandsP == i) == iLeftOnP,
        };
    }

    private static ExchangeSide Side(ExchangeBoard board, int actor, int supply, int demand) => new()
    {
        Actor = actor,
        Supply = supply,
        Demand = demand,
        Position = board.Position(actor, supply),
    };
}

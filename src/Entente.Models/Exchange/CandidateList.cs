namespace Entente.Models.Exchange;

/// <summary>
/// Builds the round's candidate exchanges (spec S3): for every pair of issues p before q, every pair of
/// actors on opposite sides of both compromises, the one caring relatively more about p demanding it.
/// The order (issue pairs, then a×d before b×c, actors in input order) decides ties later on.
/// </summary>
internal static class CandidateList
{
    /// <summary>The groups that trade, in order: a with d, then b with c.</summary>
    private static readonly (int Outer, int Inner)[] Opposite = [(0, 3), (1, 2)];

    public static List<ExchangeCandidate> Build(ExchangeBoard board, ExchangeOptions options, EqualGain equalGain)
    {
        var compromise = Enumerable.Range(0, board.IssueCount).Select(board.Compromise).ToArray();
        bool Left(int actor, int issue) => options.StrictLeft
            ? board.Position(actor, issue) < compromise[issue]
            : board.Position(actor, issue) <= compromise[issue];

        var candidates = new List<ExchangeCandidate>();
        // Group code: left on p counts 1, left on q counts 2 (a = 0, b = 1, c = 2, d = 3). The lists are
        // emptied for each issue pair rather than made anew: there are I²/2 pairs.
        var groups = new List<int>[] { [], [], [], [] };
        for (var p = 0; p < board.IssueCount; p++)
        {
            for (var q = p + 1; q < board.IssueCount; q++)
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
                foreach (var (outer, inner) in Opposite)
                {
                    foreach (var i in groups[outer])
                    {
                        foreach (var j in groups[inner])
                        {
                            var candidate = Pair(board, candidates.Count, i, j, p, q, iLeftOnP: outer == 1);
                            equalGain.Calculate(candidate);
                            candidates.Add(candidate);
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
        Start = board.Position(actor, supply),
        Target = board.Position(actor, demand),
        Salience = board.Salience(actor, supply),
        DemandSalience = board.Salience(actor, demand),
    };
}

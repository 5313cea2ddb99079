using Entente.Domain;
using Entente.Models.Exchange;

namespace Entente.Models.Tests.Exchange;

/// <summary>
/// The index a step reads instead of all candidates: after a realised exchange it must list exactly the
/// open candidates the exchange changes (spec S8), no fewer (the round would go wrong) and no more (the
/// round would read what it need not).
/// </summary>
public sealed class CandidateIndexTests
{
    public static TheoryData<ulong, string, bool> Cases() => new()
    {
        { 1, "project", false }, { 2, "reference", false }, { 3, "project", true }, { 4, "reference", true }, { 5, "fixed", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_realised_exchange_touches_exactly_the_candidates_it_changes(ulong seed, string rules, bool coarse)
    {
        var board = coarse ? Boards.Coarse(7, 12, seed) : Boards.Fine(7, 12, seed);
        var options = ExchangeOptions.Parse([new ModelOption("rules", rules)]);
        var equalGain = new EqualGain(board, options);
        var recalculation = new Recalculation(board, equalGain, options);
        var all = CandidateList.Build(board, options, equalGain, room: null, out var count);
        var index = new CandidateIndex(all.AsSpan(0, count), board.ActorCount, board.IssueCount);
        var closed = all.Select(c => !c.Valid).ToArray();
        var touched = new List<int>();
        var steps = 0;
        var changes = 0;

        // Realise the best open candidate, as a round does, and check every other open one.
        while (Best(all, closed) is { } best && steps < 60)
        {
            closed[best] = true;
            index.Touching(in all[best], closed, touched);
            var listed = touched.ToHashSet();
            Assert.Equal(touched.Count, listed.Count);
            for (var id = 0; id < count; id++)
            {
                if (closed[id])
                {
                    Assert.DoesNotContain(id, listed);
                    continue;
                }
                var changed = recalculation.Apply(ref all[id], in all[best]);
                Assert.True(changed == listed.Contains(id), $"step {steps + 1}, candidate {id}: changed {changed}, listed {listed.Contains(id)}");
                changes += changed ? 1 : 0;
                closed[id] = !all[id].Valid;
            }
            steps++;
        }

        Assert.True(steps > 5, $"only {steps} steps");
        Assert.True(changes > 0);
    }

    [Fact]
    public void An_index_in_a_room_a_larger_round_left_lists_what_a_fresh_index_lists()
    {
        var options = new ExchangeOptions();
        var room = new CandidateRoom();
        // A larger round first leaves its lists and its visit marks in the room's arrays.
        var large = Boards.Fine(8, 14, 1);
        var before = CandidateList.Build(large, options, new EqualGain(large, options), room, out var beforeCount);
        var earlier = new CandidateIndex(before.AsSpan(0, beforeCount), large.ActorCount, large.IssueCount, room);
        var (none, scratch) = (new bool[beforeCount], new List<int>());
        for (var id = 0; id < 40; id++)
        {
            earlier.Touching(in before[id], none, scratch);
        }
        var board = Boards.Fine(7, 12, 2);
        var all = CandidateList.Build(board, options, new EqualGain(board, options), room: null, out var count);
        var reused = new CandidateIndex(all.AsSpan(0, count), board.ActorCount, board.IssueCount, room);
        var fresh = new CandidateIndex(all.AsSpan(0, count), board.ActorCount, board.IssueCount);
        var closed = new bool[count];
        var (fromRoom, fromFresh) = (new List<int>(), new List<int>());

        // Close candidates in a scattered order, as steps do, and close some of what each touches.
        for (var step = 0; step < 60; step++)
        {
            var id = step * 7919 % count;
            closed[id] = true;
            reused.Touching(in all[id], closed, fromRoom);
            fresh.Touching(in all[id], closed, fromFresh);

            Assert.Equal(fromFresh, fromRoom);
            for (var n = 0; n < fromFresh.Count; n += 5)
            {
                closed[fromFresh[n]] = true;
            }
        }
        Assert.True(beforeCount > count);
    }

    private static int? Best(ExchangeCandidate[] all, bool[] closed)
    {
        int? best = null;
        for (var id = 0; id < closed.Length; id++)
        {
            if (!closed[id] && (best is null || all[id].Gain > all[best.Value].Gain))
            {
                best = id;
            }
        }
        return best;
    }
}

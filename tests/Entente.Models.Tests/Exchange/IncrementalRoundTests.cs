using Entente.Domain;
using Entente.Models.Exchange;

namespace Entente.Models.Tests.Exchange;

/// <summary>
/// The incremental round realises exactly what the spec's full sort realises, in the same order, with the
/// same numbers bit for bit: on the reference data under every rule set, and on generated boards, among
/// them boards full of near-equal gains on which it must fall back on the full sort.
/// </summary>
public sealed class IncrementalRoundTests
{
    public static TheoryData<string, string> ReferenceCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var file in new[] { "cop21.csv", "copenhagen.csv", "sample_data.txt", "cop21-2016-semicolon.csv" })
        {
            foreach (var rules in new[] { "project", "fixed", "reference", "left=strict", "atTarget=nocap", "start=voting" })
            {
                cases.Add(file, rules);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void The_reference_runs_are_the_same_bit_for_bit(string file, string rules)
    {
        var scenario = ExchangeReference.Load(file);
        var options = Options(rules);

        var fast = new ExchangeModel(options).Run(scenario, ModelRunContext.Default);
        var full = new ExchangeModel(options, fullSort: true).Run(scenario, ModelRunContext.Default);

        Assert.Null(SameResult.FirstDifference(fast, full));
        Assert.NotEmpty(fast.Rounds![0].Exchanges!);
    }

    public static TheoryData<int, int, ulong> FineBoards() => new()
    {
        { 4, 6, 1 }, { 6, 10, 2 }, { 8, 12, 3 }, { 10, 16, 4 }, { 12, 8, 5 }, { 5, 30, 6 },
    };

    [Theory]
    [MemberData(nameof(FineBoards))]
    public void Generated_boards_realise_the_same_exchanges_without_falling_back(int actors, int issues, ulong seed)
    {
        var board = Boards.Fine(actors, issues, seed);
        var round = IncrementalRound.Start(board, new ExchangeOptions());

        var fast = round.Finish(CancellationToken.None);
        var full = FullSortRound.Run(Boards.Fine(actors, issues, seed), new ExchangeOptions(), CancellationToken.None);

        Assert.Null(Boards.FirstDifference(fast, full));
        Assert.NotEmpty(fast);
        // All gains differ: the one full sort is the one that takes over the list after the first exchange
        // dropped the impossible candidates (or none at all when every candidate was possible).
        Assert.InRange(round.FullSortSteps, 0, 1);
    }

    public static TheoryData<ulong, string> CoarseBoards()
    {
        var cases = new TheoryData<ulong, string>();
        for (ulong seed = 1; seed <= 8; seed++)
        {
            cases.Add(seed, "project");
            cases.Add(seed, "reference");
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(CoarseBoards))]
    public void Boards_with_near_equal_gains_realise_the_same_exchanges(ulong seed, string rules)
    {
        var options = Options(rules);
        var round = IncrementalRound.Start(Boards.Coarse(8, 10, seed), options);

        var fast = round.Finish(CancellationToken.None);
        var full = FullSortRound.Run(Boards.Coarse(8, 10, seed), options, CancellationToken.None);

        Assert.Null(Boards.FirstDifference(fast, full));
    }

    [Fact]
    public void Near_equal_gains_make_the_round_fall_back_on_the_full_sort()
    {
        // Round values make gains that are equal on paper and a few units apart in doubles: GainOrder calls
        // them equal, and where they chain the order is the sort algorithm's, so only the full sort will do.
        var fallbacks = Enumerable.Range(1, 8)
            .Select(seed => IncrementalRound.Start(Boards.Coarse(8, 10, (ulong)seed), new ExchangeOptions()))
            .Select(round => { round.Finish(CancellationToken.None); return round.FullSortSteps; })
            .ToList();

        Assert.Contains(fallbacks, n => n > 1);
    }

    [Fact]
    public void Several_rounds_of_a_generated_scenario_are_the_same_bit_for_bit()
    {
        var scenario = Generated(9, 14);
        var context = new ModelRunContext { Rounds = 6 };

        var fast = new ExchangeModel(new ExchangeOptions()).Run(scenario, context);
        var full = new ExchangeModel(new ExchangeOptions(), fullSort: true).Run(scenario, context);

        Assert.Null(SameResult.FirstDifference(fast, full));
        Assert.Equal(6, fast.Rounds!.Count);
    }

    public static TheoryData<int, int, ulong, string, bool> GeneratedRuns() => new()
    {
        // Fine boards (gains all different) up to 60 issues, and coarse ones (many gains equal on paper
        // and a few units apart in doubles, so the round falls back on the full sort now and then).
        { 5, 20, 1, "project", false },
        { 5, 40, 2, "reference", false },
        { 5, 60, 3, "fixed", false },
        { 6, 20, 4, "project", true },
        { 5, 40, 5, "reference", true },
        { 8, 16, 6, "left=strict", true },
        { 4, 50, 7, "start=voting", true },
    };

    [Theory]
    [MemberData(nameof(GeneratedRuns))]
    public void Generated_runs_of_several_sizes_are_the_same_bit_for_bit_over_several_rounds(int actors, int issues, ulong seed, string rules, bool coarse)
    {
        // Several rounds: each builds a different number of candidates in the run's one CandidateRoom.
        var scenario = Generated(actors, issues, seed, coarse);
        var options = Options(rules);
        var context = new ModelRunContext { Rounds = 4 };

        var fast = new ExchangeModel(options).Run(scenario, context);
        var full = new ExchangeModel(options, fullSort: true).Run(scenario, context);

        Assert.Null(SameResult.FirstDifference(fast, full));
        Assert.True(fast.Rounds!.Sum(r => r.Exchanges!.Count) > issues, "too few exchanges to test anything");
    }

    [Fact]
    public void A_room_left_by_a_larger_round_changes_nothing()
    {
        // The room's array is longer than the second round needs and full of the first round's candidates.
        var options = new ExchangeOptions();
        var room = new CandidateRoom();
        IncrementalRound.Start(Boards.Fine(8, 20, 9), options, room).Finish(CancellationToken.None);

        var fast = IncrementalRound.Start(Boards.Fine(5, 12, 3), options, room).Finish(CancellationToken.None);
        var full = FullSortRound.Run(Boards.Fine(5, 12, 3), options, CancellationToken.None);

        Assert.Null(Boards.FirstDifference(fast, full));
        Assert.NotEmpty(fast);
    }

    private static ExchangeOptions Options(string rules)
    {
        var (name, value) = rules.Contains('=', StringComparison.Ordinal) ? (rules.Split('=')[0], rules.Split('=')[1]) : ("rules", rules);
        return ExchangeOptions.Parse([new ModelOption(name, value)]);
    }

    private static Scenario Generated(int actors, int issues, ulong seed = 11, bool coarse = true)
    {
        var board = coarse ? Boards.Coarse(actors, issues, seed) : Boards.Fine(actors, issues, seed);
        var rows = new List<(string, string, double, double, double)>();
        for (var k = 0; k < actors; k++)
        {
            for (var x = 0; x < issues; x++)
            {
                rows.Add(($"A{k}", $"I{x}", board.Position(k, x), board.Salience(k, x), board.Capability(k, x)));
            }
        }
        return TwoIssues.Of([.. rows]);
    }
}

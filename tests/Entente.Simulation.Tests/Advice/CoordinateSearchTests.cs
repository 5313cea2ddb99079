using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// The coordinate search over combined levers, on the compromise model, where the forecast of any combination is
/// Σwx/Σw and so the optimum over every combination of the searched coordinates can be found here by hand (by
/// enumerating them with the formula): the coordinate search must reach it, and the full grid of combinations agree.
/// </summary>
public sealed class CoordinateSearchTests
{
    private static readonly (string Id, double Capability, double Position, double Salience)[] Actors =
        [("a", 1.0, 30, 0.4), ("b", 1.3, 70, 0.5), ("c", 0.8, 90, 0.7), ("d", 0.6, 10, 0.6)];

    private static Scenario Case() => new()
    {
        Name = "a known best combination",
        Actors = [.. Actors.Select(a => new Actor { Id = a.Id, Name = a.Id, Capability = a.Capability })],
        Issues = [new Issue { Id = "x", Name = "x", Scale = IssueScale.Percent }],
        Stances = [.. Actors.Select(a => new Stance { ActorId = a.Id, IssueId = "x", Position = a.Position, Salience = a.Salience })],
    };

    private static double Forecast(Scenario s)
    {
        double wx = 0, w = 0;
        foreach (var stance in s.Stances)
        {
            var weight = s.FindActor(stance.ActorId)!.Capability!.Value * stance.Salience;
            wx += weight * stance.Position;
            w += weight;
        }
        return wx / w;
    }

    private static AdviceSettings Settings(AdviceSearch search) =>
        new() { Actor = "a", Families = [LeverFamily.Position, LeverFamily.Salience, LeverFamily.Persuasion], Search = search };

    private static AdviceResult Advise(AdviceSearch search) => LeverSearch.Run(new ForecastRequest { Scenario = Case(), Model = "compromise" }, Settings(search));

    // By hand: every combination of the coordinates' options (none included), each closer to a's ideal 30 by the formula.
    private static (string Description, double Effect, int Count) ByHand(IReadOnlyList<string> coordinates)
    {
        var levers = new LeverGenerator(Case(), "a", ["x"], [30.0], new Dictionary<string, double> { ["x"] = Forecast(Case()) }, 1)
            .Generate([LeverFamily.Position, LeverFamily.Salience, LeverFamily.Persuasion]);
        var options = coordinates.Select(k => levers.Where(l => CombinationSearch.CoordinateOf(l) == k).ToArray()).ToArray();
        var baseline = -Math.Abs(Forecast(Case()) - 30);
        (string, double, int) best = ("", double.NegativeInfinity, 0);
        var count = 0;
        var point = new int[options.Length];
        Array.Fill(point, -1);
        while (true)
        {
            var c = point.Length - 1;
            while (c >= 0 && point[c] + 1 >= options[c].Length)
            {
                point[c--] = -1;
            }
            if (c < 0)
            {
                break;
            }
            point[c]++;
            count++;
            var chosen = point.Select((o, k) => o < 0 ? null : options[k][o]).OfType<Lever>().ToArray();
            var scenario = chosen.Aggregate(Case(), (s, l) => l.Edit(s));
            var effect = -Math.Abs(Forecast(scenario) - 30) - baseline;
            if (effect > best.Item2)
            {
                best = (string.Join(" + ", chosen.Select(l => l.Description)), effect, 0);
            }
        }
        return (best.Item1, best.Item2, count);
    }

    [Fact]
    public void The_coordinate_search_reaches_the_best_combination_and_the_full_grid_agrees()
    {
        var coordinate = Advise(AdviceSearch.Coordinate);
        var grid = Advise(AdviceSearch.Combinations);
        Assert.Equal(coordinate.Coordinates, grid.Coordinates);
        var (description, effect, count) = ByHand(coordinate.Coordinates);
        // The known optimum combines seven levers: a overshoots to 5, cares more, and b, c and d are worked on.
        Assert.Equal(7, description.Split(" + ").Length);
        foreach (var result in (AdviceResult[])[coordinate, grid])
        {
            var found = result.Combinations[0];
            Assert.Equal(LeverFamily.Combination, found.Kind);
            Assert.Equal(description, found.Description);
            Assert.Equal(effect, found.Effect.Mean, 1e-12);
            Assert.True(found.Effect.Mean > result.Levers[0].Effect.Mean + 10, "the combination does far more than the best single lever");
            // Its interaction is its effect less its seven levers' effects, each run alone.
            var alone = found.Description.Split(" + ").Sum(d => result.Levers.Single(l => l.Description == d).Effect.Mean);
            Assert.Equal(found.Effect.Mean - alone, found.Interaction!.Value, 1e-12);
        }
        // The grid runs every combination (the single levers already run are reused); the coordinate search a few.
        Assert.Equal(count, grid.Combinations.Count);
        Assert.True(coordinate.CombinationsEvaluated * 10 < grid.CombinationsEvaluated,
            $"coordinate {coordinate.CombinationsEvaluated} combinations, grid {grid.CombinationsEvaluated}");
        Assert.Equal((8, 1599, 22, 1585), (coordinate.Coordinates.Count, count, coordinate.CombinationsEvaluated, grid.CombinationsEvaluated));
        Assert.True(coordinate.Runs < grid.Runs);
        // The single levers are as the halving search ranks them, whatever the combined search.
        Assert.Equal(Advise(AdviceSearch.Halving).Levers.Select(l => (l.Description, l.Effect, l.Trials)), coordinate.Levers.Select(l => (l.Description, l.Effect, l.Trials)));
    }

    [Fact]
    public void Too_large_a_grid_of_combinations_is_refused_with_the_search_named()
    {
        var settings = Settings(AdviceSearch.Combinations) with { Families = [LeverFamily.Position, LeverFamily.Salience, LeverFamily.Persuasion] };
        var many = Case() with
        {
            Actors = [.. Enumerable.Range(0, 10).Select(k => new Actor { Id = $"o{k}", Name = $"o{k}", Capability = 1 }), new Actor { Id = "a", Name = "a", Capability = 1 }],
            Stances = [.. Enumerable.Range(0, 10).Select(k => new Stance { ActorId = $"o{k}", IssueId = "x", Position = 50 + 4 * k, Salience = 0.5 }),
                new Stance { ActorId = "a", IssueId = "x", Position = 20, Salience = 0.5 }],
        };
        var e = Assert.Throws<ArgumentException>(() => LeverSearch.Run(new ForecastRequest { Scenario = many, Model = "compromise" }, settings with { Budget = 20 }));
        Assert.Equal("search", e.ParamName);
        Assert.Contains("use --search coordinate", e.Message, StringComparison.Ordinal);
    }

    // The diplomacy case with a dominant lever (going public): the signal's channel and its round are two coordinates.
    private static AdviceResult Diplomacy(AdviceSearch search, int? threads = null) => LeverSearch.Run(
        new ForecastRequest { Scenario = ScenarioFiles.Load(Path.Combine(AppContext.BaseDirectory, "data", "advice", "tying-hands-public.yaml")).Scenario },
        new AdviceSettings { Actor = "A", Families = [LeverFamily.Signal, LeverFamily.Channel, LeverFamily.Timing], Trials = 200, Budget = 4, Search = search, Threads = threads });

    [Fact]
    public void Over_the_types_the_coordinate_search_is_paired_deterministic_and_agrees_with_the_grid()
    {
        var one = Diplomacy(AdviceSearch.Coordinate, threads: 1);
        var several = Diplomacy(AdviceSearch.Coordinate, threads: 3);
        var grid = Diplomacy(AdviceSearch.Combinations);
        // Two coordinates: the threat's channel (drop, leak, public) and its round (2, 3); 4 × 3 − 1 combinations.
        Assert.Equal(["signal/warning/channel", "signal/warning/round"], one.Coordinates);
        Assert.Equal(11, grid.Combinations.Count);
        Assert.All(one.Combinations, c => Assert.Equal(200, c.Trials));
        Assert.Equal(one.Combinations.Select(c => (c.Description, c.Effect, c.HelpsShare, c.Cost)), several.Combinations.Select(c => (c.Description, c.Effect, c.HelpsShare, c.Cost)));
        Assert.Equal(grid.Combinations[0].Description, one.Combinations[0].Description);
        Assert.Equal(grid.Combinations[0].Effect, one.Combinations[0].Effect);
        // Going public leads it: the best single lever is where the search starts, and nothing it adds may do worse.
        Assert.StartsWith("send 'warning' public", one.Combinations[0].Description, StringComparison.Ordinal);
        Assert.True(one.Combinations[0].Effect.Mean >= one.Levers[0].Effect.Mean);
    }
}

using Entente.Domain;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// Pairs of the best levers, on the compromise model, where the forecast of any scenario is Σwx/Σw and so can be
/// computed here by hand: each pair's shift must be that of the scenario with both edits made, and its interaction
/// the pair's effect less its two levers' effects.
/// </summary>
public sealed class LeverPairTests
{
    private static readonly (string Id, double Capability, double Position, double Salience)[] Actors =
        [("a", 0.7, 12, 0.6), ("b", 1.3, 47, 0.35), ("c", 2.1, 81, 0.9), ("d", 0.45, 63, 0.8)];

    private static Scenario Case() => new()
    {
        Name = "uneven compromise",
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

    [Fact]
    public void Each_pair_shifts_the_forecast_as_both_edits_together_and_its_interaction_is_measured_against_the_singles()
    {
        var settings = new AdviceSettings { Actor = "a", Families = [LeverFamily.Salience, LeverFamily.Persuasion], Pairs = 4 };
        var result = LeverSearch.Run(new ForecastRequest { Scenario = Case(), Model = "compromise" }, settings);
        var singles = new LeverGenerator(Case(), "a", ["x"], [12.0], new Dictionary<string, double> { ["x"] = Forecast(Case()) }, 1)
            .Generate([LeverFamily.Salience, LeverFamily.Persuasion]).ToDictionary(l => l.Description);
        var best = result.Levers.Where(l => l.Effect.Mean > 0).Take(4).ToArray();
        Assert.Equal(4, best.Length);
        Assert.NotEmpty(result.Pairs);
        Assert.All(result.Pairs, p => Assert.Equal(LeverFamily.Pair, p.Kind));
        foreach (var pair in result.Pairs)
        {
            var parts = best.Where(l => pair.Description.StartsWith(l.Description + " + ", StringComparison.Ordinal) || pair.Description.EndsWith(" + " + l.Description, StringComparison.Ordinal)).ToArray();
            Assert.Equal(2, parts.Length);
            var first = pair.Description.StartsWith(parts[0].Description + " + ", StringComparison.Ordinal) ? parts[0] : parts[1];
            var second = parts.Single(p => p != first);
            var both = singles[second.Description].Edit(singles[first.Description].Variant);
            Assert.Equal(Forecast(both) - Forecast(Case()), pair.Shifts.Single().Mean, 1e-12);
            Assert.Equal(pair.Effect.Mean - first.Effect.Mean - second.Effect.Mean, pair.Interaction!.Value, 1e-12);
        }
        // Four levers give at most six pairs; two on the same stance (a position and a salience of one actor are not the
        // same target) would be left out.
        Assert.InRange(result.Pairs.Count, 1, 6);
        Assert.All(result.Levers, l => Assert.Null(l.Interaction));
    }

    [Fact]
    public void Without_pairs_asked_for_there_are_none()
    {
        var result = LeverSearch.Run(new ForecastRequest { Scenario = Case(), Model = "compromise" },
            new AdviceSettings { Actor = "a", Families = [LeverFamily.Persuasion] });
        Assert.Empty(result.Pairs);
    }
}

using Entente.Domain;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// On the compromise model the forecast is Σwx/Σw (w = capability × salience), so moving actor i's position by Δ moves
/// the forecast by exactly Δ·w_i/Σw: the search's simulated levers must recover that slope, and its exact section must
/// state it, to 1e-12.
/// </summary>
public sealed class ExactLeverTests
{
    // Uneven weights and positions, so that no slope is a round number.
    private static readonly (string Id, double Capability, double Position, double Salience)[] Actors =
        [("a", 0.7, 12, 0.6), ("b", 1.3, 47, 0.35), ("c", 2.1, 81, 0.9), ("d", 0.45, 63, 0.8)];

    private static Scenario Case() => new()
    {
        Name = "uneven compromise",
        Actors = [.. Actors.Select(a => new Actor { Id = a.Id, Name = a.Id, Capability = a.Capability })],
        Issues = [new Issue { Id = "x", Name = "x", Scale = IssueScale.Percent }],
        Stances = [.. Actors.Select(a => new Stance { ActorId = a.Id, IssueId = "x", Position = a.Position, Salience = a.Salience })],
    };

    private static double Total => Actors.Sum(a => a.Capability * a.Salience);

    private static double Forecast => Actors.Sum(a => a.Capability * a.Salience * a.Position) / Total;

    private static AdviceResult Advise(params LeverFamily[] families) =>
        LeverSearch.Run(new ForecastRequest { Scenario = Case(), Model = "compromise" }, new AdviceSettings { Actor = "a", Families = families });

    [Fact]
    public void Each_own_position_move_shifts_the_forecast_by_the_move_times_the_actors_weight_share()
    {
        var result = Advise(LeverFamily.Position);
        var share = 0.7 * 0.6 / Total;
        Assert.NotEmpty(result.Levers);
        foreach (var lever in result.Levers)
        {
            Assert.Equal(LeverFamily.Position, lever.Kind);
            Assert.Equal(share, lever.Shifts.Single().Mean / lever.Step!.Value, 1e-12);
        }
    }

    [Fact]
    public void Each_persuasion_move_of_another_position_shifts_the_forecast_by_that_actors_weight_share()
    {
        var result = Advise(LeverFamily.Persuasion);
        var moves = result.Levers.Where(l => l.Unit == "point").ToArray();
        Assert.Equal(3, moves.Length);
        foreach (var lever in moves)
        {
            var target = Actors.Single(a => lever.Description.StartsWith($"work on {a.Id}:", StringComparison.Ordinal));
            Assert.Equal(target.Capability * target.Salience / Total, lever.Shifts.Single().Mean / lever.Step!.Value, 1e-12);
        }
    }

    [Fact]
    public void The_exact_section_states_w_over_sum_w_and_the_salience_derivative_for_every_participant()
    {
        var result = Advise(LeverFamily.Position);
        Assert.Equal(4, result.Exact.Count);
        foreach (var (id, capability, position, salience) in Actors)
        {
            var exact = result.Exact.Single(e => e.Actor == id);
            Assert.Equal("x", exact.Issue);
            Assert.Equal(capability * salience / Total, exact.Position, 1e-12);
            Assert.Equal(capability * (position - Forecast) / Total, exact.Salience, 1e-12);
        }
    }

    [Fact]
    public void A_small_salience_move_agrees_with_the_exact_salience_derivative_to_first_order()
    {
        // The forecast is not linear in a salience: a step of 0.06 (0.6 to 0.66 would be factor 1.1) is checked
        // against the derivative with the second-order remainder bounded by the step squared.
        var result = Advise(LeverFamily.Salience);
        var exact = result.Exact.Single(e => e.Actor == "a").Salience;
        var smallest = result.Levers.OrderBy(l => Math.Abs(l.Step!.Value)).First();
        var step = smallest.Step!.Value;
        Assert.Equal(exact, smallest.Shifts.Single().Mean / step, Math.Abs(step) * 10);
    }

    [Fact]
    public void A_model_without_types_runs_each_lever_once_and_its_interval_is_the_point()
    {
        var result = Advise(LeverFamily.Position);
        Assert.False(result.OverTypes);
        Assert.Equal(1, result.Settings.Trials);
        Assert.All(result.Levers, l => Assert.Equal(l.Effect.Mean, l.Effect.Low));
        Assert.Equal(-Math.Abs(Forecast - 12), result.BaseObjective, 1e-12);
    }
}

using Entente.Models;

namespace Entente.Simulation.Backtest;

/// <summary>Something that forecasts a case: a catalog model, or a naive reference. It may abstain (null) where it has nothing to say.</summary>
/// <param name="Name">The name reported.</param>
/// <param name="Kind"><c>model</c> or <c>reference</c>.</param>
/// <param name="Forecast">The forecast of a case, or null to abstain.</param>
public sealed record Predictor(string Name, string Kind, Func<BacktestCase, double?> Forecast)
{
    /// <summary>A catalog model, run on each case's one-issue scenario with the given seed.</summary>
    public static Predictor FromModel(string name, IBargainingModel model, ulong seed) =>
        new(name, "model", c => model.Run(c.Scenario, new ModelRunContext { Seed = seed }).Issues[0].Forecast);

    /// <summary>The reference point: nothing changes. Abstains where the reference point is unknown.</summary>
    public static Predictor ReferencePoint { get; } =
        new("reference-point", "reference", c => c.Scenario.Issues[0].StatusQuo);

    /// <summary>The Commission's position: the proposal passes unamended. Abstains where the Commission took none.</summary>
    public static Predictor CommissionPosition { get; } =
        new("commission-position", "reference", c => c.Scenario.Stances.FirstOrDefault(s => s.ActorId == "com")?.Position);

    /// <summary>The middle of the scale: knowing nothing about the issue.</summary>
    public static Predictor Midpoint { get; } =
        new("midpoint", "reference", c => (c.Scenario.Issues[0].Scale.Min + c.Scenario.Issues[0].Scale.Max) / 2);

    /// <summary>The three naive references, in report order.</summary>
    public static IReadOnlyList<Predictor> References { get; } = [ReferencePoint, CommissionPosition, Midpoint];
}

namespace Entente.Simulation.Sensitivity;

/// <summary>One bar of a tornado: how an issue's forecast moves when one input of one actor moves down and up.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Field">The input moved.</param>
/// <param name="Low">Forecast with the input moved down.</param>
/// <param name="High">Forecast with the input moved up.</param>
public sealed record TornadoBar(string ActorId, SensitivityField Field, double Low, double High)
{
    /// <summary>The width of the bar: how far the forecast swings between the two runs.</summary>
    public double Swing => Math.Abs(High - Low);
}

/// <summary>What leaving one actor out does to an issue's forecast.</summary>
/// <param name="ActorId">The actor left out.</param>
/// <param name="Without">The forecast without it (NaN when the issue would have fewer than two participants).</param>
/// <param name="Shift">Without − baseline.</param>
/// <param name="Pivotal">Whether the shift reaches the pivotal threshold.</param>
public sealed record ActorInfluence(string ActorId, double Without, double Shift, bool Pivotal);

/// <summary>Sensitivity of one issue's forecast.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Baseline">The forecast with the inputs as given.</param>
/// <param name="Tornado">Bars, widest first.</param>
/// <param name="Influence">Leave-one-out shifts of the participants, largest first.</param>
public sealed record IssueSensitivity(string IssueId, double Baseline, IReadOnlyList<TornadoBar> Tornado, IReadOnlyList<ActorInfluence> Influence);

/// <summary>The sensitivity of every issue's forecast to every actor's inputs.</summary>
/// <param name="Model">The model analysed.</param>
/// <param name="Settings">The steps used.</param>
/// <param name="Issues">Per issue, in scenario order.</param>
public sealed record SensitivityResult(string Model, SensitivitySettings Settings, IReadOnlyList<IssueSensitivity> Issues);

namespace Entente.Simulation.Sensitivity;

/// <summary>How far one-at-a-time sensitivity moves each input, and when an actor counts as pivotal.</summary>
public sealed record SensitivitySettings
{
    /// <summary>Position step as a share of the scale width, down and up (default 0.1: 10 points on 0-100).</summary>
    public double PositionStep { get; init; } = 0.1;

    /// <summary>Salience step on 0-1, down and up (default 0.1).</summary>
    public double SalienceStep { get; init; } = 0.1;

    /// <summary>Capability factor: capability is divided by it, then multiplied by it (default 1.5).</summary>
    public double CapabilityFactor { get; init; } = 1.5;

    /// <summary>
    /// An actor is pivotal on an issue when leaving it out moves the forecast by at least this share of
    /// the scale width (default 0.05).
    /// </summary>
    public double PivotalShare { get; init; } = 0.05;
}

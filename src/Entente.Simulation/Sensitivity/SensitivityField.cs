namespace Entente.Simulation.Sensitivity;

/// <summary>The input of an actor that a sensitivity analysis moves.</summary>
public enum SensitivityField
{
    /// <summary>The actor's position on every issue it takes part in, moved by a share of each scale's width.</summary>
    Position,

    /// <summary>The actor's salience on every issue, moved on the 0-1 scale.</summary>
    Salience,

    /// <summary>The actor's capability on every issue, multiplied and divided by a factor.</summary>
    Capability,
}

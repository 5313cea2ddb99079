namespace Entente.Models.Spatial;

/// <summary>How coalition strengths become a probability of victory (KTAB's VPModel).</summary>
public enum VictoryModel
{
    /// <summary>P = C₁ / (C₁ + C₂): a 2:1 advantage wins two times in three.</summary>
    Linear,
    /// <summary>Strengths squared: 2:1 wins four times in five.</summary>
    Square,
    /// <summary>Strengths to the fourth power.</summary>
    Quartic,
    /// <summary>Strengths to the eighth power.</summary>
    Octic,
    /// <summary>A 10% advantage wins for certain, with a linear ramp between.</summary>
    Binary,
}

namespace Entente.Models.Spatial;

/// <summary>How an actor's difference in utility between two options becomes a vote (KTAB's VotingRule).</summary>
public enum VotingRule
{
    /// <summary>All or nothing: the sign of the difference (a steep linear ramp within 1e-8).</summary>
    Binary,
    /// <summary>0.8 × proportional + 0.2 × binary.</summary>
    PropBin,
    /// <summary>Proportional to the difference (KTAB's "Prop").</summary>
    Prop,
    /// <summary>½ difference + ½ difference cubed.</summary>
    PropCbc,
    /// <summary>The difference cubed.</summary>
    Cubic,
    /// <summary>Losses count fully, gains two thirds (prospect-theory asymmetry).</summary>
    ASymProsp,
}

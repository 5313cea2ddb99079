namespace Entente.Models.Spatial;

/// <summary>The range onto which win probabilities are mapped to give risk attitudes R (KTAB's BigRRange).</summary>
public enum BigRRange
{
    /// <summary>R from 0 (the least likely position) to 1 (the most likely).</summary>
    Min,
    /// <summary>R from −½ to 1.</summary>
    Mid,
    /// <summary>R from −1 to 1.</summary>
    Max,
}

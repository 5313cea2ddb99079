namespace Entente.Models.NashBargaining;

/// <summary>How an actor's utility falls with the distance between the outcome and its position.</summary>
public enum UtilityShape
{
    /// <summary>U(x) = −s·|x − position|.</summary>
    Linear,

    /// <summary>U(x) = −s·(x − position)².</summary>
    Quadratic,
}

namespace Entente.Models.Exchange;

/// <summary>When the outcome cap cuts a supplier's move (spec S6.2, S12.3 N4).</summary>
public enum CapTest
{
    /// <summary>P: when the compromise would cross the demanding actor's position.</summary>
    Crossing,

    /// <summary>N4: when the compromise would end beyond the demanding actor's position; a base already beyond it leaves no room.</summary>
    EndPoint,
}

namespace Entente.Models.Exchange;

/// <summary>The compromise against which the outcome cap measures a supplier's move (spec S6.2, S12.3 N2).</summary>
public enum CapBase
{
    /// <summary>P: the round-start positions with the candidate's update book and the supplier at its current position.</summary>
    Current,

    /// <summary>N2: the round-start positions with the update book only; the supplier's move is added as a shift from there.</summary>
    Book,
}

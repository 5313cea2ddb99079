namespace Entente.Models.Diplomacy.Unilateral;

/// <summary>A decider's best response on a unilateral issue and the value W_k it attains there.</summary>
/// <param name="Position">The chosen grid point.</param>
/// <param name="Value">W_k at that point.</param>
public sealed record GridChoice(double Position, double Value);

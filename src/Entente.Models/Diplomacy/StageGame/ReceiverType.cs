namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// One receiver type: its weight in the sender's belief and the credibility τ above which it responds
/// favourably (below it unfavourably; at it, it may mix). τ may be ±∞: a receiver who never or always yields.
/// </summary>
/// <param name="Weight">The sender's weight on the type (normalised with the others).</param>
/// <param name="Threshold">τ.</param>
public sealed record ReceiverType(double Weight, double Threshold);

namespace Entente.Models.Diplomacy.Claims;

/// <summary>One receiver type of a threat or promise, in the sender's view (specification §4.3).</summary>
/// <param name="Weight">The sender's weight on the type.</param>
/// <param name="ComplianceLoss">L_R: what complying with the ask costs the receiver.</param>
/// <param name="Stake">What the action does to the receiver: the harm Δ_R of a threat carried out, or the gain G_R of a promise kept.</param>
public sealed record ClaimReceiver(double Weight, double ComplianceLoss, double Stake);

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// One sender type of a threat or promise, in the observer's view (specification §4.3).
/// </summary>
/// <param name="Prior">The observer's weight on the type.</param>
/// <param name="Benefit">B_S: what the sender gains if the receiver complies.</param>
/// <param name="Cost">C_S: what carrying out the action costs the sender (for a contest, its conflict cost κ_S).</param>
/// <param name="Reciprocity">q_S: the type's reciprocity, which earns it q·W for keeping its word.</param>
public sealed record ClaimSender(double Prior, double Benefit, double Cost, double Reciprocity);

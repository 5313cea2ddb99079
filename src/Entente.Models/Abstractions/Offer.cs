namespace Entente.Models;

/// <summary>
/// An offer a receiver accepted in one round of the expected utility model, with the two expected
/// utilities, both seen from the receiver's side, that made it acceptable.
/// </summary>
/// <param name="Receiver">The actor that moves.</param>
/// <param name="Proposer">The actor whose position it moves toward.</param>
/// <param name="Kind">Confrontation, compromise or capitulation.</param>
/// <param name="From">The receiver's position at the start of the round.</param>
/// <param name="To">The receiver's position at the end of the round.</param>
/// <param name="ReceiverUtility">E_ij: what the receiver expects from challenging the proposer.</param>
/// <param name="ProposerUtility">E_ji: what the receiver believes the proposer expects from challenging it.</param>
public sealed record Offer(
    string Receiver,
    string Proposer,
    OfferKind Kind,
    double From,
    double To,
    double ReceiverUtility,
    double ProposerUtility);

namespace Entente.Models;

/// <summary>Why a receiver gives ground to a proposer in the expected utility model.</summary>
public enum OfferKind
{
    /// <summary>Both expect to gain from a challenge and the proposer expects more: the receiver loses and takes the proposer's position.</summary>
    Confrontation,

    /// <summary>The proposer expects to gain, the receiver to lose less than the proposer gains: the receiver moves part of the way.</summary>
    Compromise,

    /// <summary>The proposer expects to gain, the receiver to lose more than that: the receiver gives in and takes the proposer's position.</summary>
    Capitulation,
}

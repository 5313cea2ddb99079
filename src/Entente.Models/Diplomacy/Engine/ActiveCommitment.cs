using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Claims;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>
/// A commitment a sent claim created (specification §7.1): first tested the round after it was sent
/// (amendment A2), until it expires, is broken or disowned.
/// </summary>
internal sealed class ActiveCommitment(ResolvedClaim claim, int created, double audienceCost, BoundDirection direction)
{
    public ResolvedClaim Claim { get; } = claim;

    public int Created { get; } = created;

    /// <summary>a = α_aud·A_S with the sender's true capacity: what reneging costs it.</summary>
    public double AudienceCost { get; } = audienceCost;

    /// <summary>Which side of the action level the committer must reach (from where it stood when it committed).</summary>
    public BoundDirection Direction { get; } = direction;

    /// <summary>Broken (reneged) or disowned: never tested again.</summary>
    public bool Ended { get; set; }

    /// <summary>The level the committer holds after honouring; moves back across it are truncated.</summary>
    public double? Held { get; set; }

    /// <summary>
    /// Where the committer stood on the action's issue when it first honoured: where it returns if released, so a
    /// reward (or punishment) in place is still worth keeping (avoiding) to the one it is conditioned on.
    /// </summary>
    public double? Released { get; set; }

    /// <summary>Whether the addressee has complied; it then holds the ask's level.</summary>
    public bool Complied { get; set; }

    public bool ActiveIn(int round) => !Ended && round > Created && (Claim.Source.Expires is not { } last || round <= last);
}

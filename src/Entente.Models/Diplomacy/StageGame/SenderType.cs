namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// One sender type of a stage game (specification §5.1): its prior weight, its payoff U(m, y) for each
/// message m (silent, claim) and response y (unfavourable, favourable), and the probability φ(m) that it
/// carries out the action when tested after message m.
/// </summary>
/// <param name="Prior">The observer's weight on the type (normalised with the others).</param>
/// <param name="SilentUnfavourable">U(silent, unfavourable).</param>
/// <param name="SilentFavourable">U(silent, favourable).</param>
/// <param name="ClaimUnfavourable">U(claim, unfavourable).</param>
/// <param name="ClaimFavourable">U(claim, favourable).</param>
/// <param name="FollowThroughSilent">φ(silent).</param>
/// <param name="FollowThroughClaim">φ(claim).</param>
public sealed record SenderType(
    double Prior,
    double SilentUnfavourable,
    double SilentFavourable,
    double ClaimUnfavourable,
    double ClaimFavourable,
    double FollowThroughSilent,
    double FollowThroughClaim)
{
    /// <summary>U(m, y) for message m (0 silent, 1 claim) and response y (0 unfavourable, 1 favourable).</summary>
    public double Payoff(int message, int response) => (message, response) switch
    {
        (0, 0) => SilentUnfavourable,
        (0, _) => SilentFavourable,
        (_, 0) => ClaimUnfavourable,
        _ => ClaimFavourable,
    };

    /// <summary>φ(m) for message m (0 silent, 1 claim).</summary>
    public double FollowThrough(int message) => message == 0 ? FollowThroughSilent : FollowThroughClaim;
}

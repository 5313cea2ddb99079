using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// A report about a third party's type (specification §4.5): the sender, who knows the truth, says the
/// subject's resolve or reciprocity is at least (or at most) some level. The sender gains B if believed;
/// a false report costs it L_lie = a·π_exp when exposed. Without that cost every type reports and the
/// report tells nothing (Crawford and Sobel).
/// </summary>
public static class ReportClaim
{
    /// <summary>π_exp: the probability that a false report is exposed.</summary>
    public const double Exposure = 0.5;

    /// <summary>L_lie from the sender's contradiction cost a.</summary>
    public static double LieCost(double audienceCost) => audienceCost * Exposure;

    /// <summary>
    /// The stage game of a report: one sender type per subject type (its prior and whether the claim is
    /// true of it), one receiver type with threshold ½.
    /// </summary>
    public static SignallingGame Game(IReadOnlyList<(double Prior, bool True)> subjectTypes, double benefit, double lieCost)
    {
        ArgumentNullException.ThrowIfNull(subjectTypes);
        var types = subjectTypes.Select(s =>
        {
            var lie = s.True ? 0.0 : lieCost;
            var phi = s.True ? 1.0 : 0.0;
            return new SenderType(s.Prior, 0.0, benefit, -lie, benefit - lie, phi, phi);
        }).ToArray();
        return new SignallingGame(types, [new ReceiverType(1.0, 0.5)]);
    }
}

namespace Entente.Models.Spatial;

/// <summary>Votes from differences in utility, and victory probabilities from coalition strengths, as KTAB defines them.</summary>
internal static class Voting
{
    /// <summary>Coalitions start from this strength so that no contest is 0 against 0.</summary>
    public const double MinCoalition = 1e-8;

    internal const double BinaryRamp = 1e-8;
    internal const double PropBinShare = 0.2;
    internal const double PropCbcShare = 0.5;

    /// <summary>
    /// The vote of an actor of weight <paramref name="weight"/> for the option it values at
    /// <paramref name="uFor"/> over the one it values at <paramref name="uAgainst"/>; negative votes go to the other side.
    /// </summary>
    public static double Vote(VotingRule rule, double weight, double uFor, double uAgainst)
    {
        var du = uFor - uAgainst;
        return rule switch
        {
            VotingRule.Prop => weight * du,
            VotingRule.Binary => weight * Binary(du),
            VotingRule.PropBin => weight * ((1 - PropBinShare) * du + PropBinShare * Binary(du)),
            VotingRule.PropCbc => weight * ((1 - PropCbcShare) * du + PropCbcShare * du * du * du),
            VotingRule.Cubic => weight * (du * du * du),
            VotingRule.ASymProsp => du < 0 ? weight * du : du > 0 ? 2.0 * weight * du / 3.0 : 0.0,
            // Unreachable: rules come parsed. No throw, so that a GPU kernel can call this very function.
            _ => double.NaN,
        };
    }

    /// <summary>The probability that the side of strength <paramref name="s1"/> beats the side of strength <paramref name="s2"/>.</summary>
    public static double VictoryProbability(VictoryModel model, double s1, double s2) => VictoryProbabilities(model, s1, s2).First;

    /// <summary>Both sides' probabilities of victory, each computed as KTAB does (their sum is 1 up to round-off).</summary>
    public static (double First, double Second) VictoryProbabilities(VictoryModel model, double s1, double s2)
    {
        double x1, x2;
        switch (model)
        {
            case VictoryModel.Linear:
                x1 = s1;
                x2 = s2;
                break;
            case VictoryModel.Square:
                x1 = s1 * s1;
                x2 = s2 * s2;
                break;
            case VictoryModel.Quartic:
                x1 = s1 * s1 * s1 * s1;
                x2 = s2 * s2 * s2 * s2;
                break;
            case VictoryModel.Octic:
                x1 = s1 * s1 * s1 * s1;
                x1 *= x1;
                x2 = s2 * s2 * s2 * s2;
                x2 *= x2;
                break;
            case VictoryModel.Binary:
                (x1, x2) = BinaryVictory(s1, s2);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
        return (x1 / (x1 + x2), x2 / (x1 + x2));
    }

    // Math.Clamp's comparisons written out (Math.Clamp can throw, which a GPU kernel cannot compile).
    private static double Binary(double du) => du / BinaryRamp is var ramp && ramp < -1.0 ? -1.0 : ramp > 1.0 ? 1.0 : ramp;

    // A 10% advantage wins outright; below it the chance rises linearly so that round-off cannot flip results.
    private static (double, double) BinaryVictory(double s1, double s2)
    {
        const double threshold = 1.10;
        const double loser = 1e-6;
        if (s1 >= threshold * s2)
        {
            return (1.0, loser);
        }
        if (s2 >= threshold * s1)
        {
            return (loser, 1.0);
        }
        var share = s1 / (s1 + s2);
        var p = (share * (threshold + 1.0) - 1.0) / (threshold - 1.0);
        return (p, 1 - p);
    }
}

using System.Globalization;
using Entente.Domain.Diplomacy;

namespace Entente.Models.Diplomacy;

/// <summary>
/// Conditional commitments as standing offers to their target: it moves to the threshold when what the
/// commitment is worth to it (the promised or threatened move on the linked issue, valued with its own
/// salience and weighted by the credibility it assigns) exceeds what the move costs it on the condition issue.
/// </summary>
internal static class Linkage
{
    /// <summary>The receiver's position after weighing open commitments aimed at it on issue <paramref name="d"/>.</summary>
    public static double Apply(Cast cast, DiplomacyState state, int d, int target, double from, double chosen, double salience,
        Claim? claim, int round, RoundRecorder record)
    {
        var s = cast.Scenario;
        var position = chosen;
        for (var c = 0; c < s.Commitments.Count; c++)
        {
            var commitment = s.Commitments[c];
            if (state.Commitments[c] != CommitmentStatus.Open || round > commitment.ByRound || commitment.Target != cast.Actors[target]
                || commitment.ConditionIssue != cast.Issues[d] || !cast.ActorIndex.TryGetValue(commitment.Actor, out var j) || !state.Active[j]
                || !cast.IssueIndex.TryGetValue(commitment.Issue, out var e) || Met(commitment, from) || Met(commitment, position))
            {
                continue;
            }
            var value = Value(cast, state, commitment, target, j, e);
            var delta = cast.Delta[d];
            var z = commitment.Threshold;
            var cost = delta > 0 ? salience * Math.Abs(z - from) / delta : 0;
            if (claim is { AudienceCost: > 0 } standing && delta > 0)
            {
                cost += Math.Max(0, standing.AudienceCost * salience * (Math.Abs(z - standing.Position) - Math.Abs(from - standing.Position)) / delta);
            }
            if (value > cost)
            {
                position = z;
                record.Events.Add(new("linkage", commitment.Id, string.Create(CultureInfo.InvariantCulture,
                    $"{cast.ActorName(commitment.Target)} moved to {z:0.##} on {cast.IssueName(commitment.ConditionIssue)} to meet {cast.ActorName(commitment.Actor)}'s {(commitment.Kind == CommitmentKind.Promise ? "promise" : "threat")} '{commitment.Id}' (worth {value:0.###} to it against a cost of {cost:0.###}).")));
            }
        }
        return position;
    }

    /// <summary>The credibility a target assigns to commitment <paramref name="c"/> of actor <paramref name="j"/>.</summary>
    public static double Credibility(Cast cast, DiplomacyState state, Commitment c, int j) =>
        c.Credibility ?? cast.Settings.Credibility(c.Channel) * state.Reputation[j];

    /// <summary>Credibility × the target's salience on the linked issue × the utility it gains from meeting the condition.</summary>
    public static double Value(Cast cast, DiplomacyState state, Commitment c, int target, int j, int e)
    {
        if (!cast.In[e][target] || cast.Delta[e] <= 0)
        {
            return 0;
        }
        var own = state.X[e][target];
        var now = state.Believed(cast, target, j, e);
        var gain = c.Kind == CommitmentKind.Promise
            ? Math.Abs(own - now) - Math.Abs(own - c.MoveTo)
            : Math.Abs(own - c.MoveTo) - Math.Abs(own - now);
        return Credibility(cast, state, c, j) * state.S[e][target] * gain / cast.Delta[e];
    }

    public static bool Met(Commitment c, double position) =>
        c.Direction == ConditionDirection.AtLeast ? position >= c.Threshold : position <= c.Threshold;
}

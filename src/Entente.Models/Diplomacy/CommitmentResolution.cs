using System.Globalization;
using Entente.Domain.Diplomacy;
using Entente.Models.Common;

namespace Entente.Models.Diplomacy;

/// <summary>
/// At the end of a round: a promise whose condition is met is kept, a threat whose round has passed
/// unmet is carried out. Whether the committing actor honours it: in a single run, when the credibility
/// is at least one half (the likelier outcome); in a Monte Carlo trial, a draw with probability w keyed
/// by (seed, trial, commitment).
/// </summary>
internal static class CommitmentResolution
{
    public static void Resolve(Cast cast, DiplomacyState state, int round, RoundRecorder record, ModelRunContext context)
    {
        var s = cast.Scenario;
        for (var c = 0; c < s.Commitments.Count; c++)
        {
            var commitment = s.Commitments[c];
            if (state.Commitments[c] != CommitmentStatus.Open || !cast.ActorIndex.TryGetValue(commitment.Actor, out var j)
                || !cast.ActorIndex.TryGetValue(commitment.Target, out var k) || !cast.IssueIndex.TryGetValue(commitment.ConditionIssue, out var d)
                || !cast.IssueIndex.TryGetValue(commitment.Issue, out var e))
            {
                continue;
            }
            var met = Linkage.Met(commitment, state.X[d][k]);
            var promise = commitment.Kind == CommitmentKind.Promise;
            if (met && !promise)
            {
                state.Commitments[c] = CommitmentStatus.Lapsed;
                record.Events.Add(new("threat-lapsed", commitment.Id, $"{cast.ActorName(commitment.Target)} met the condition of {cast.ActorName(commitment.Actor)}'s threat '{commitment.Id}'; it lapses."));
                continue;
            }
            if (!met && round < commitment.ByRound)
            {
                continue;
            }
            if (!met && promise)
            {
                state.Commitments[c] = CommitmentStatus.Lapsed;
                record.Events.Add(new("promise-lapsed", commitment.Id, $"{cast.ActorName(commitment.Target)} did not meet the condition of promise '{commitment.Id}' by round {commitment.ByRound}."));
                continue;
            }
            var w = Linkage.Credibility(cast, state, commitment, j);
            var honoured = context.Trial is { } trial
                ? new CounterRandom(context.Seed ^ 0xD1B5_4A32_D192_ED03UL, trial).NextDoubleAt((ulong)c) < w
                : w >= 0.5;
            state.Commitments[c] = promise ? CommitmentStatus.Kept : CommitmentStatus.CarriedOut;
            if (honoured && cast.In[e][j])
            {
                state.X[e][j] = commitment.MoveTo;
            }
            var verb = promise ? "kept its promise" : "carried out its threat";
            record.Events.Add(new(promise ? "promise-kept" : "threat-carried-out", commitment.Id, honoured
                ? string.Create(CultureInfo.InvariantCulture, $"{cast.ActorName(commitment.Actor)} {verb} '{commitment.Id}': it moved {cast.IssueName(commitment.Issue)} to {commitment.MoveTo:0.##}.")
                : string.Create(CultureInfo.InvariantCulture, $"{cast.ActorName(commitment.Actor)} did not honour '{commitment.Id}' (credibility {w:0.00}).")));
        }
    }
}

using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Engine;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// A claim as the engine reads it in the round it is sent: indices instead of ids, and the ask, action and
/// condition of stands, credits and blames derived from the positions of that round (specification §4.2).
/// </summary>
internal sealed record ResolvedClaim
{
    public required Entente.Domain.Strategic.Claim Source { get; init; }

    /// <summary>The committer: the sender, or for a joint threat or promise the co-sender that decides the action issue.</summary>
    public required int Sender { get; init; }

    /// <summary>
    /// Whose type the claim speaks for (§4.4): the committer itself when unitary, the sending faction when a faction
    /// sends, a composite's largest faction when the composite sends as a whole. The committer's actions are the
    /// composite's, decided by weighted majority of its factions.
    /// </summary>
    public required int Speaker { get; init; }

    /// <summary>Every sender (actors: a faction's actor).</summary>
    public required int[] Senders { get; init; }

    /// <summary>R: the addressee (the subject of a credit or blame); −1 for a report.</summary>
    public required int Addressee { get; init; }

    /// <summary>Promise and credit reward; threat, stand and blame punish.</summary>
    public required bool Rewards { get; init; }

    public required int AskIssue { get; init; }

    public required BoundDirection AskDirection { get; init; }

    public required double AskLevel { get; init; }

    /// <summary>e: the action's issue (the ask's for a contest).</summary>
    public required int ActionIssue { get; init; }

    public required bool Contest { get; init; }

    /// <summary>z as a function of the condition value v.</summary>
    public required Func<double, double> Level { get; init; }

    public required double LowestLevel { get; init; }

    public required double HighestLevel { get; init; }

    /// <summary>The condition: (actor, issue) whose position is compared or fed to the schedule; by default the ask.</summary>
    public required int ConditionActor { get; init; }

    public required int ConditionIssue { get; init; }

    /// <summary>The condition's threshold (the ask's when the claim gives none).</summary>
    public required Bound? ConditionBound { get; init; }

    /// <summary>Who hears the claim.</summary>
    public required int[] Audience { get; init; }

    /// <summary>Resolves <paramref name="claim"/> with the positions <paramref name="x"/> of its round, or explains why it cannot be read.</summary>
    public static ResolvedClaim Resolve(LayerCast cast, Entente.Domain.Strategic.Claim claim, double[,] x)
    {
        int Agent(string id) => cast.AgentIndex.TryGetValue(id, out var a) ? a
            : throw new InvalidOperationException($"signal '{claim.Id}': unknown actor '{id}'");
        int Actor(string id) => cast.Owner[Agent(id)];
        int Issue(string id) => cast.IssueIndex.TryGetValue(id, out var d) ? d
            : throw new InvalidOperationException($"signal '{claim.Id}': unknown issue '{id}'");
        var senders = claim.Senders.Select(Actor).ToArray();
        var addressee = claim.To is { } to ? Actor(to) : -1;
        var first = senders[0];
        Bound ask;
        ClaimAction action;
        switch (claim.Kind)
        {
            case ClaimKind.Threat or ClaimKind.Promise:
                ask = claim.Ask ?? throw new InvalidOperationException($"signal '{claim.Id}': a {claim.Kind} needs an ask");
                action = claim.Action ?? throw new InvalidOperationException($"signal '{claim.Id}': a {claim.Kind} needs an action");
                break;
            case ClaimKind.Stand:
            {
                // The sender will not move beyond y: the addressee is asked to accept y.
                var d = Issue(claim.Issue!);
                var y = claim.Level ?? throw new InvalidOperationException($"signal '{claim.Id}': a stand needs its level");
                if (addressee < 0)
                {
                    addressee = MainOpponent(cast, d, senders, y);
                }
                var receiverIdeal = addressee >= 0 ? cast.Ideal[addressee, d] : y;
                ask = new Bound(claim.Issue!, receiverIdeal > y ? BoundDirection.AtMost : BoundDirection.AtLeast, y);
                action = new ClaimAction { Issue = claim.Issue, Contest = true };
                break;
            }
            case ClaimKind.Credit:
            {
                // The subject keeps its position at or beyond where it stands, in the direction the sender prefers.
                var d = Issue(claim.Issue!);
                var now = x[addressee, d];
                ask = new Bound(claim.Issue!, cast.Ideal[first, d] >= now ? BoundDirection.AtLeast : BoundDirection.AtMost, now);
                action = claim.Action ?? throw new InvalidOperationException($"signal '{claim.Id}': a credit needs its reward");
                break;
            }
            case ClaimKind.Blame:
            {
                var d = Issue(claim.Issue!);
                var y = claim.Level ?? throw new InvalidOperationException($"signal '{claim.Id}': a blame needs its demand");
                ask = new Bound(claim.Issue!, cast.Ideal[first, d] >= y ? BoundDirection.AtLeast : BoundDirection.AtMost, y);
                action = claim.Action ?? throw new InvalidOperationException($"signal '{claim.Id}': a blame needs its penalty");
                break;
            }
            default:
                throw new InvalidOperationException($"signal '{claim.Id}': reports are read by ReportReading");
        }
        var askIssue = Issue(ask.Issue);
        var actionIssue = action.Contest ? askIssue : Issue(action.Issue ?? ask.Issue);
        // A joint threat or promise is decided by the co-sender that decides the action's issue, else the first listed (§4.4).
        var sender = senders.FirstOrDefault(a => cast.Decider[actionIssue] == a, first);
        var named = Agent(claim.Senders[Array.IndexOf(senders, sender)]);
        var speaker = named == sender ? cast.Voice(sender) : named;
        var schedule = action.Schedule.OrderBy(p => p.V).ToArray();
        Func<double, double> level = action.Contest ? _ => ask.Level
            : action.To is { } z ? _ => z
            : schedule.Length > 0 ? v => Schedule(schedule, v)
            : throw new InvalidOperationException($"signal '{claim.Id}': the action needs 'to', a schedule or 'contest'");
        var levels = action.Contest ? [ask.Level] : action.To is { } z2 ? [z2] : schedule.Select(p => p.Z).ToArray();
        var (conditionActor, conditionIssue, conditionBound) = claim.Condition is { } c
            ? (Actor(c.Actor), Issue(c.Issue), c.Threshold)
            : (addressee, askIssue, ask);
        var audience = AudienceOf(cast, claim, addressee);
        return new ResolvedClaim
        {
            Source = claim,
            Sender = sender,
            Speaker = speaker,
            Senders = senders,
            Addressee = addressee,
            Rewards = claim.Kind is ClaimKind.Promise or ClaimKind.Credit,
            AskIssue = askIssue,
            AskDirection = ask.Direction,
            AskLevel = ask.Level,
            ActionIssue = actionIssue,
            Contest = action.Contest,
            Level = level,
            LowestLevel = levels.Min(),
            HighestLevel = levels.Max(),
            ConditionActor = conditionActor,
            ConditionIssue = conditionIssue,
            ConditionBound = conditionBound,
            Audience = audience,
        };
    }

    /// <summary>
    /// The addressee of a stand sent to nobody in particular (a public declaration): the participant on the far
    /// side of the level from the sender with the most weight (capability × salience) on the issue; −1 if none.
    /// </summary>
    private static int MainOpponent(LayerCast cast, int d, int[] senders, double level)
    {
        var side = Math.Sign(cast.Ideal[senders[0], d] - level);
        var best = -1;
        var most = double.NegativeInfinity;
        foreach (var a in cast.Members[d])
        {
            if (senders.Contains(a) || Math.Sign(cast.Ideal[a, d] - level) == side || cast.Ideal[a, d] == level)
            {
                continue;
            }
            var weight = cast.Capability[a, d] * cast.Salience[a, d];
            if (weight > most)
            {
                (best, most) = (a, weight);
            }
        }
        return best;
    }

    /// <summary>
    /// Who hears a claim (§4.1): its senders, addressee and cc when it is private; every observer (the actors and
    /// the factions that observe) otherwise. <paramref name="addressee"/> is the addressee as resolved (a stand's may
    /// be derived), −1 for none. Members are agents: a faction's index when a faction hears it.
    /// </summary>
    public static int[] AudienceOf(LayerCast cast, Entente.Domain.Strategic.Claim claim, int addressee) =>
        claim.Channel == Channel.Private
            ? claim.Senders.Select(id => cast.Owner[cast.AgentIndex[id]]).Concat(claim.Cc.Select(id => cast.AgentIndex[id]))
                .Append(addressee).Where(a => a >= 0).Distinct().Order().ToArray()
            : cast.Observers;

    /// <summary>Whether a position on the ask's issue complies with the ask.</summary>
    public bool Complies(double position) => AskDirection == BoundDirection.AtMost ? position <= AskLevel : position >= AskLevel;

    /// <summary>ȳ: the compliant point nearest the addressee's ideal.</summary>
    public double CompliantPoint(double ideal) => Complies(ideal) ? ideal : AskLevel;

    /// <summary>
    /// Whether the commitment is triggered by the condition value <paramref name="v"/>: a threat when the
    /// condition is violated, a promise when it is met. A pure schedule argument always triggers.
    /// </summary>
    public bool Triggered(double v) => ConditionBound is not { } b || (Rewards ? b.IsMetBy(v) : !b.IsMetBy(v));

    private static double Schedule(SchedulePoint[] points, double v)
    {
        if (v <= points[0].V)
        {
            return points[0].Z;
        }
        for (var i = 1; i < points.Length; i++)
        {
            if (v <= points[i].V)
            {
                var (a, b) = (points[i - 1], points[i]);
                return b.V > a.V ? a.Z + (b.Z - a.Z) * (v - a.V) / (b.V - a.V) : b.Z;
            }
        }
        return points[^1].Z;
    }
}

namespace Entente.Models.Diplomacy;

/// <summary>A signal as delivered: who sent it, through which channel, to whom, with what credibility.</summary>
/// <param name="Id">The signal's id.</param>
/// <param name="Senders">Its senders.</param>
/// <param name="Issue">The issue of the claim.</param>
/// <param name="Position">The claimed position, if any.</param>
/// <param name="Salience">The claimed salience (0-1), if any.</param>
/// <param name="Channel">private, leak, public or joint.</param>
/// <param name="Recipients">Who heard it.</param>
/// <param name="Credibility">w = β·ρ of its (first) sender at delivery.</param>
/// <param name="Description">What happened, in words.</param>
public sealed record SignalDelivery(
    string Id, IReadOnlyList<string> Senders, string Issue, double? Position, double? Salience, string Channel,
    IReadOnlyList<string> Recipients, double Credibility, string? Description);

/// <summary>How one observer's belief about one actor on one issue moved when a signal arrived.</summary>
/// <param name="Observer">Who holds the belief.</param>
/// <param name="Actor">Whom it is about.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Signal">The signal that moved it.</param>
/// <param name="PositionBefore">Believed position before.</param>
/// <param name="PositionAfter">Believed position after.</param>
/// <param name="SalienceBefore">Believed salience (0-1) before.</param>
/// <param name="SalienceAfter">Believed salience (0-1) after.</param>
/// <param name="ConfidenceAfter">Confidence κ after the update.</param>
public sealed record BeliefShift(
    string Observer, string Actor, string Issue, string Signal,
    double PositionBefore, double PositionAfter, double SalienceBefore, double SalienceAfter, double ConfidenceAfter);

/// <summary>Something that happened in a round besides offers: a summit, a shock, an entry, a kept promise.</summary>
/// <param name="Kind">summit, summit-undone, shock, entry, exit, deadline, promise-kept, threat-carried-out, threat-lapsed, linkage, coalition-split.</param>
/// <param name="Id">The event's or commitment's id.</param>
/// <param name="Text">What happened, in a sentence.</param>
public sealed record RoundEvent(string Kind, string Id, string Text);

/// <summary>An element of the scenario or the run that moved the forecast, measured by re-running without it.</summary>
/// <param name="Kind">signal, commitment, event or offer.</param>
/// <param name="Id">The element's id (for an offer: receiver←proposer@issue).</param>
/// <param name="Round">The round it happened in.</param>
/// <param name="Text">What it is, in words.</param>
/// <param name="Impact">Σ over issues of |forecast with − forecast without| / scale width.</param>
/// <param name="Shifts">Per issue: forecast with it minus forecast without it.</param>
public sealed record Driver(string Kind, string Id, int Round, string Text, double Impact, IReadOnlyDictionary<string, double> Shifts);

/// <summary>Whether an issue ends in agreement: the c·s-weighted mean absolute deviation of final positions, as a share of Δ, against the threshold.</summary>
/// <param name="Spread">The final weighted spread as a share of Δ.</param>
/// <param name="Agreed">Whether it is at most the agreement threshold.</param>
public sealed record IssueAgreement(double Spread, bool Agreed);

/// <summary>What the diplomacy layer adds to a forecast.</summary>
public sealed record DiplomacyOutcome
{
    /// <summary>Escalation index after the last round: share of capability-weighted dyads in mutual conflict.</summary>
    public required double EscalationIndex { get; init; }

    /// <summary>Share of issues in agreement (a single run); in a sweep, the share of trials.</summary>
    public required double AgreementProbability { get; init; }

    /// <summary>Per issue, the final spread and whether it counts as agreed.</summary>
    public required IReadOnlyDictionary<string, IssueAgreement> Agreement { get; init; }

    /// <summary>Final reputation ρ of every actor.</summary>
    public required IReadOnlyDictionary<string, double> Reputation { get; init; }

    /// <summary>The elements that moved the forecast most, largest first.</summary>
    public IReadOnlyList<Driver> Explanation { get; init; } = [];

    /// <summary>The run in sentences an analyst can paste into a memo.</summary>
    public IReadOnlyList<string> Narrative { get; init; } = [];

    /// <summary>The round at which a deadline stopped bargaining, if one did.</summary>
    public int? DeadlineRound { get; init; }
}

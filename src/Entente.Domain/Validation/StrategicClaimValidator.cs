using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;

namespace Entente.Domain.Validation;

/// <summary>Signals: each kind's fields (§4.2), who sends to whom through which channel, and every number in its range.</summary>
public sealed partial class StrategicValidator
{
    private void Claims()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _layer.Signals.Count; i++)
        {
            Claim(_layer.Signals[i], $"{Root}.signals[{i}]", ids);
        }
    }

    private void Claim(Claim c, string at, HashSet<string> ids)
    {
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            Add($"{at}.id", "signal id must not be empty");
        }
        else if (!ids.Add(c.Id))
        {
            Add($"{at}.id", $"duplicate signal id '{c.Id}'");
        }
        RoundFromOne(c.Round, $"{at}.round", $"signal '{c.Id}'");
        Senders(c, at);
        var kind = KindName(c.Kind);
        var (addressee, level, action) = Keys(c.Kind);
        if (c.To is { } to && KnownActor(to, $"{at}.{addressee}") && c.Senders.Contains(to))
        {
            Add($"{at}.{addressee}", $"signal '{c.Id}' is addressed to its own sender '{to}'");
        }
        Required(c, at, kind, addressee, level, action);
        if (c.Ask is { } ask && KnownIssue(ask.Issue, $"{at}.ask.issue"))
        {
            OnScale(ask.Level, ask.Issue, $"{at}.ask.{BoundKey(ask.Direction)}", "the ask's level");
        }
        if (c.Condition is { } condition)
        {
            KnownActor(condition.Actor, $"{at}.condition.actor");
            if (KnownIssue(condition.Issue, $"{at}.condition.issue") && condition.Threshold is { } threshold)
            {
                OnScale(threshold.Level, condition.Issue, $"{at}.condition.{BoundKey(threshold.Direction)}", "the condition's threshold");
            }
        }
        if (c.Action is { } a)
        {
            Action(c, a, $"{at}.{action}", kind);
        }
        if (c.Issue is { } issue && KnownIssue(issue, $"{at}.issue") && c.Level is { } y)
        {
            OnScale(y, issue, $"{at}.{level}", c.Kind == ClaimKind.Blame ? "the demand" : "the stand's level");
        }
        Options(c, at, kind);
        if (c.Report is { } report)
        {
            Report(c, report, $"{at}.report");
        }
    }

    private void Senders(Claim c, string at)
    {
        if (c.Senders.Count == 0)
        {
            Add($"{at}.by", $"signal '{c.Id}' has no sender");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < c.Senders.Count; k++)
        {
            // A sender that names nothing is reported once, as unknown, and not again as a faction.
            if (!KnownParty(c.Senders[k], $"{at}.by[{k}]"))
            {
                continue;
            }
            if (!seen.Add(c.Senders[k]))
            {
                Add($"{at}.by[{k}]", $"signal '{c.Id}' lists sender '{c.Senders[k]}' twice");
            }
            else if (c.Senders[k].Contains('.', StringComparison.Ordinal) && c.Senders.Count > 1)
            {
                Add($"{at}.by[{k}]", $"signal '{c.Id}': a faction ('{c.Senders[k]}') sends alone; a joint signal is sent by actors");
            }
        }
        if (c.Senders.Count > 1 && c.Channel != Channel.Joint)
        {
            Add($"{at}.by", $"signal '{c.Id}' has {c.Senders.Count} senders; only a joint signal has several (channel: joint)");
        }
        if (c.Senders.Count == 1 && c.Channel == Channel.Joint)
        {
            Add($"{at}.channel", $"a joint signal has several senders; '{c.Id}' has one");
        }
        if (c.Cc.Count > 0 && c.Channel != Channel.Private)
        {
            Add($"{at}.cc", $"signal '{c.Id}' goes through channel '{Channels.NameOf(c.Channel)}', which everyone hears; cc applies only to private signals");
        }
        for (var k = 0; k < c.Cc.Count; k++)
        {
            if (KnownParty(c.Cc[k], $"{at}.cc[{k}]"))
            {
                Observer(c.Cc[k], $"{at}.cc[{k}]");
            }
        }
    }

    private void Required(Claim c, string at, string kind, string addressee, string level, string action)
    {
        var missing = new List<string>();
        switch (c.Kind)
        {
            case ClaimKind.Threat or ClaimKind.Promise:
                Need(c.To is not null, addressee);
                Need(c.Ask is not null, "ask");
                Need(c.Action is not null, action);
                break;
            case ClaimKind.Stand:
                Need(c.Issue is not null, "issue");
                Need(c.Level is not null, level);
                break;
            case ClaimKind.Credit:
                Need(c.To is not null, addressee);
                Need(c.Issue is not null, "issue");
                Need(c.Action is not null, action);
                break;
            case ClaimKind.Blame:
                Need(c.To is not null, addressee);
                Need(c.Issue is not null, "issue");
                Need(c.Level is not null, level);
                Need(c.Action is not null, action);
                break;
            case ClaimKind.Report:
                Need(c.Report is not null, "report");
                break;
        }
        foreach (var key in missing)
        {
            Add($"{at}.{key}", $"a {kind} needs '{key}'");
        }

        void Need(bool given, string key)
        {
            if (!given)
            {
                missing.Add(key);
            }
        }
    }

    private void Action(Claim c, ClaimAction a, string at, string kind)
    {
        if (a.Contest)
        {
            if (c.Kind is ClaimKind.Promise or ClaimKind.Credit)
            {
                Add(at, $"a {kind} rewards; contest is a punishment (threat, stand, blame)");
            }
            return;
        }
        if (a.Issue is null)
        {
            Add($"{at}.issue", $"the action of '{c.Id}' names the issue it moves");
        }
        else if (!KnownIssue(a.Issue, $"{at}.issue"))
        {
            return;
        }
        if (a.To is not null && a.Schedule.Count > 0)
        {
            Add($"{at}.schedule", "give to or schedule, not both");
            return;
        }
        if (a.To is null && a.Schedule.Count == 0)
        {
            Add($"{at}.to", $"the action of '{c.Id}' needs a level: to, or a schedule");
            return;
        }
        if (a.To is { } z)
        {
            OnScale(z, a.Issue, $"{at}.to", "the action's level");
        }
        // A schedule's argument is the condition value: the condition's issue, else the ask's.
        var argument = c.Condition?.Issue ?? c.Ask?.Issue;
        for (var k = 0; k < a.Schedule.Count; k++)
        {
            var point = a.Schedule[k];
            if (k > 0 && !(point.V > a.Schedule[k - 1].V))
            {
                Add($"{at}.schedule[{k}]", $"schedule condition values must be strictly ascending ({Show(a.Schedule[k - 1].V)} then {Show(point.V)})");
            }
            OnScale(point.V, argument is not null && _issues.Contains(argument) ? argument : null, $"{at}.schedule[{k}]", "the condition value");
            OnScale(point.Z, a.Issue, $"{at}.schedule[{k}]", "the schedule's level");
        }
    }

    private void Options(Claim c, string at, string kind)
    {
        if (c.Success is { } p)
        {
            Probability(p, $"{at}.success", "the probability of success");
        }
        NotNegative(c.Sunk, $"{at}.sunk", "a sunk cost");
        if (c.Reaction is { } r)
        {
            // A18: the reaction cost enters the threat template only; a promise's addressee has nothing to reorient against.
            if (c.Kind is not (ClaimKind.Threat or ClaimKind.Stand or ClaimKind.Blame))
            {
                Add($"{at}.reaction", $"a reaction cost applies to threats and stands only, not to a {kind}");
            }
            else if (r.Cost is not null == (r.Issue is not null || r.Shift is not null))
            {
                Add($"{at}.reaction", "give the reaction as { cost } or as { issue, shift }, one of the two");
            }
            else if (r.Cost is { } cost)
            {
                NotNegative(cost, $"{at}.reaction.cost", "a reaction cost");
            }
            else if (r.Issue is null || r.Shift is null)
            {
                Add($"{at}.reaction", "a reaction given by its shift names the issue and the shift");
            }
            else if (KnownIssue(r.Issue, $"{at}.reaction.issue"))
            {
                NotNegative(r.Shift.Value, $"{at}.reaction.shift", "a reaction's shift");
            }
        }
        if (c.Expires is { } expires && expires < c.Round)
        {
            Add($"{at}.expires", $"signal '{c.Id}' expires in round {expires}, before it is sent in round {c.Round}");
        }
    }

    private void Report(Claim c, ReportContent report, string at)
    {
        if (KnownParty(report.Subject, $"{at}.subject") && c.Senders.Contains(report.Subject))
        {
            Add($"{at}.subject", $"a report is about a third party; '{report.Subject}' sends '{c.Id}'");
        }
        DimensionIssue(report.Dimension, report.Issue, at, "a report");
        Probability(report.Level, $"{at}.{BoundKey(report.Direction)}", "a reported level");
    }

    /// <summary>The file's keys for a kind's addressee, level and action.</summary>
    private static (string Addressee, string Level, string Action) Keys(ClaimKind kind) => kind switch
    {
        ClaimKind.Credit => ("subject", "at", "reward"),
        ClaimKind.Blame => ("subject", "demand", "penalty"),
        _ => ("to", "at", "action"),
    };

    private static string BoundKey(BoundDirection direction) => direction == BoundDirection.AtMost ? "at_most" : "at_least";

    private static string KindName(ClaimKind kind) => kind.ToString().ToLowerInvariant();
}

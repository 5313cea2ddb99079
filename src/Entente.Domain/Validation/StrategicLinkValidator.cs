using Entente.Domain.Strategic;

namespace Entente.Domain.Validation;

/// <summary>
/// Unilateral issues, ideals, leverage, delay terms and conflict dyads (§2.1, §8, §9, §10): each names actors
/// and issues that exist, and the actor whose position a term reads takes part in that issue, since a term
/// built on a position that does not exist would silently read nothing.
/// </summary>
public sealed partial class StrategicValidator
{
    /// <summary>The decider of each unilateral issue, the first declaration winning (a second is reported).</summary>
    private Dictionary<string, string> Deciders()
    {
        var deciders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var u in _layer.Issues)
        {
            deciders.TryAdd(u.Issue, u.DecidedBy);
        }
        return deciders;
    }

    private void Unilateral()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _layer.Issues.Count; i++)
        {
            var u = _layer.Issues[i];
            var at = $"{Root}.issues[{i}]";
            var known = KnownIssue(u.Issue, at);
            if (known && !seen.Add(u.Issue))
            {
                Add(at, $"issue '{u.Issue}' is decided twice");
            }
            if (KnownActor(u.DecidedBy, $"{at}.decided_by") && known && !Takes(u.DecidedBy, u.Issue))
            {
                Add($"{at}.decided_by", $"'{u.DecidedBy}' decides issue '{u.Issue}' but takes no part in it: give it a position on the issue");
            }
        }
    }

    private void Ideals()
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < _layer.Ideals.Count; i++)
        {
            var x = _layer.Ideals[i];
            var at = $"{Root}.ideals[{i}]";
            // A faction's ideal is its own (§11.3: factions keep their ideals); it takes part where its actor does.
            var known = KnownParty(x.Actor, $"{at}.actor") & KnownIssue(x.Issue, $"{at}.issue");
            if (!known)
            {
                continue;
            }
            if (!Takes(x.Actor.Split('.')[0], x.Issue))
            {
                Add($"{at}.actor", $"'{x.Actor}' takes no part in issue '{x.Issue}': an ideal belongs to an actor with a position on the issue");
            }
            else if (!seen.Add((x.Actor, x.Issue)))
            {
                Add(at, $"the ideal of '{x.Actor}' on '{x.Issue}' is given twice");
            }
            OnScale(x.Ideal, x.Issue, $"{at}.ideal", "the ideal");
        }
    }

    private void Leverage()
    {
        var deciders = Deciders();
        for (var i = 0; i < _layer.Leverage.Count; i++)
        {
            var l = _layer.Leverage[i];
            var at = $"{Root}.leverage[{i}]";
            var by = KnownActor(l.By, $"{at}.by");
            var over = KnownActor(l.Over, $"{at}.over");
            var issue = KnownIssue(l.Issue, $"{at}.issue");
            if (by && over && l.By == l.Over)
            {
                Add($"{at}.over", $"'{l.By}' cannot lever its own choice");
            }
            else if (issue && !deciders.ContainsKey(l.Issue))
            {
                Add($"{at}.issue", $"no one decides issue '{l.Issue}' alone; leverage pulls a unilateral choice (declare it under issues with decided_by)");
            }
            else if (issue && over && deciders[l.Issue] != l.Over)
            {
                Add($"{at}.over", $"'{l.Over}' does not decide issue '{l.Issue}'; '{deciders[l.Issue]}' does");
            }
            if (by && issue && !Takes(l.By, l.Issue))
            {
                Add($"{at}.by", $"'{l.By}' takes no part in issue '{l.Issue}': leverage pulls toward its position there");
            }
            LeverageWeight(l, at, by);
        }
    }

    /// <summary>A weight is a constant or grows with a position (via, scale): exactly one of the two forms.</summary>
    private void LeverageWeight(Leverage l, string at, bool byKnown)
    {
        if (l.Via is not null && l.Weight is not null)
        {
            Add($"{at}.weight", "give either via (with a scale) or a constant weight, not both");
        }
        else if (l.Via is null && l.Weight is null)
        {
            Add(at, $"the leverage of '{l.By}' over '{l.Over}' needs a weight: via (with a scale) or a constant weight");
        }
        if (l.Scale is not null && l.Via is null)
        {
            Add($"{at}.scale", "scale applies only with via; a constant pull is a weight");
        }
        if (l.Via is { } via && KnownIssue(via, $"{at}.via") && byKnown && !Takes(l.By, via))
        {
            Add($"{at}.via", $"'{l.By}' takes no part in issue '{via}': the weight grows with its position there");
        }
        if (l.Scale is { } scale)
        {
            NotNegative(scale, $"{at}.scale", "the leverage scale");
        }
        if (l.Weight is { } weight)
        {
            NotNegative(weight, $"{at}.weight", "the leverage weight");
        }
    }

    private void Delay()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _layer.Delay.Count; i++)
        {
            var d = _layer.Delay[i];
            var at = $"{Root}.delay[{i}]";
            if (KnownActor(d.Actor, $"{at}.actor") && !seen.Add(d.Actor))
            {
                Add($"{at}.actor", $"the delay terms of '{d.Actor}' are given twice");
            }
            if (d.Base is { } h)
            {
                NotNegative(h, $"{at}.base", "the delay cost");
            }
            if (d.Benefit is { } g)
            {
                NotNegative(g, $"{at}.benefit", "the delay benefit");
            }
            for (var k = 0; k < d.From.Count; k++)
            {
                var link = d.From[k];
                var lat = $"{at}.from[{k}]";
                if (KnownActor(link.Actor, $"{lat}.actor") & KnownIssue(link.Issue, $"{lat}.issue") && !Takes(link.Actor, link.Issue))
                {
                    Add($"{lat}.issue", $"'{link.Actor}' takes no part in issue '{link.Issue}': the delay cost of '{d.Actor}' grows with its position there");
                }
                NotNegative(link.Scale, $"{lat}.scale", "a delay scale");
            }
        }
    }

    private void Conflict()
    {
        if (_layer.Conflict is not { } conflict)
        {
            return;
        }
        const string at = $"{Root}.conflict";
        var seen = new HashSet<(string, string)>();
        for (var k = 0; k < conflict.Dyads.Count; k++)
        {
            var dyad = conflict.Dyads[k];
            var dat = $"{at}.dyads[{k}]";
            if (dyad.Count != 2)
            {
                Add(dat, $"a dyad is two actors (got {dyad.Count})");
                continue;
            }
            if (!(KnownActor(dyad[0], $"{dat}[0]") & KnownActor(dyad[1], $"{dat}[1]")))
            {
                continue;
            }
            if (dyad[0] == dyad[1])
            {
                Add($"{dat}[1]", $"a dyad is two distinct actors; '{dyad[0]}' is given twice");
            }
            // A dyad is a pair, not an ordered one: [A, B] and [B, A] are the same dyad.
            else if (!seen.Add(string.CompareOrdinal(dyad[0], dyad[1]) < 0 ? (dyad[0], dyad[1]) : (dyad[1], dyad[0])))
            {
                Add(dat, $"the dyad of '{dyad[0]}' and '{dyad[1]}' is given twice");
            }
        }
        ActorNumbers(conflict.Cost, $"{at}.cost", "the conflict cost", (_, _) => true);
    }

    /// <summary>
    /// Numbers per actor: each names an actor (shown at <c>path[k]</c>, the key), at most once, that
    /// <paramref name="belongs"/> admits (reporting at the path it is given), with a value that is finite and not negative (shown at <c>path.ACTOR</c>).
    /// </summary>
    private void ActorNumbers(ValueList<ActorNumber> numbers, string path, string what, Func<string, string, bool> belongs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < numbers.Count; k++)
        {
            var n = numbers[k];
            if (KnownActor(n.Actor, $"{path}[{k}]") && belongs(n.Actor, $"{path}[{k}]") && !seen.Add(n.Actor))
            {
                Add($"{path}[{k}]", $"{what} of '{n.Actor}' is given twice");
            }
            NotNegative(n.Value, $"{path}.{n.Actor}", $"{what} of '{n.Actor}'");
        }
    }

    /// <summary>An actor proper: a faction takes no decisions, levers, delays or disputes of its own in these sections.</summary>
    private bool KnownActor(string id, string path)
    {
        if (_actors.ContainsKey(id))
        {
            return true;
        }
        if (_parties.Contains(id))
        {
            Add(path, $"'{id}' is a faction; name its actor '{id[..id.IndexOf('.', StringComparison.Ordinal)]}' here");
            return false;
        }
        return KnownParty(id, path);
    }

    /// <summary>Whether <paramref name="actor"/> has a position on <paramref name="issue"/>.</summary>
    private bool Takes(string actor, string issue) => _stances.Contains((actor, issue));
}

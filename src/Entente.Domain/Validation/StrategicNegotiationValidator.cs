using Entente.Domain.Strategic;

namespace Entente.Domain.Validation;

/// <summary>
/// Negotiations (§8): ids, parties and the sides they form, the collective issues and unilateral items
/// bargained over, the deadline with its discount and no-deal costs, and the summit that may end it.
/// </summary>
public sealed partial class StrategicValidator
{
    private void Negotiations()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var signals = _layer.Signals.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var deciders = Deciders();
        for (var i = 0; i < _layer.Negotiations.Count; i++)
        {
            var n = _layer.Negotiations[i];
            var at = $"{Root}.negotiations[{i}]";
            if (string.IsNullOrWhiteSpace(n.Id))
            {
                Add($"{at}.id", "negotiation id must not be empty");
            }
            else if (!ids.Add(n.Id))
            {
                Add($"{at}.id", $"duplicate negotiation id '{n.Id}'");
            }
            else if (signals.Contains(n.Id))
            {
                // Results and variants name negotiations and signals by id alike: one id, one thing.
                Add($"{at}.id", $"negotiation id '{n.Id}' is also a signal's id");
            }
            var parties = Parties(n, at);
            NegotiatedIssues(n, at, parties, deciders);
            Items(n, at, deciders);
            if (n.Issues.Count == 0 && n.Items.Count == 0)
            {
                Add(at, $"negotiation '{n.Id}' negotiates nothing: give issues or items");
            }
            Terms(n, at, parties);
        }
    }

    /// <summary>
    /// The parties, listed or on a side, in that order. With sides, every listed party is on one side and no
    /// actor is on two; an actor named only on a side is a party all the same.
    /// </summary>
    private List<string> Parties(Negotiation n, string at)
    {
        var parties = new List<string>();
        for (var k = 0; k < n.Parties.Count; k++)
        {
            if (!KnownActor(n.Parties[k], $"{at}.parties[{k}]"))
            {
                continue;
            }
            if (parties.Contains(n.Parties[k]))
            {
                Add($"{at}.parties[{k}]", $"negotiation '{n.Id}' lists party '{n.Parties[k]}' twice");
                continue;
            }
            parties.Add(n.Parties[k]);
        }
        if (n.Sides.Count == 1)
        {
            Add($"{at}.sides", $"negotiation '{n.Id}' has one side; sides are two or more (leave sides out for each party on its own)");
        }
        var onSide = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < n.Sides.Count; s++)
        {
            if (n.Sides[s].Count == 0)
            {
                Add($"{at}.sides[{s}]", $"a side of negotiation '{n.Id}' has no party");
            }
            for (var k = 0; k < n.Sides[s].Count; k++)
            {
                var party = n.Sides[s][k];
                if (!KnownActor(party, $"{at}.sides[{s}][{k}]"))
                {
                    continue;
                }
                if (!onSide.Add(party))
                {
                    Add($"{at}.sides[{s}][{k}]", $"'{party}' is on two sides of negotiation '{n.Id}'");
                }
                else if (!parties.Contains(party))
                {
                    parties.Add(party);
                }
            }
        }
        for (var k = 0; k < n.Parties.Count && n.Sides.Count > 0; k++)
        {
            if (_actors.ContainsKey(n.Parties[k]) && !onSide.Contains(n.Parties[k]))
            {
                Add($"{at}.parties[{k}]", $"'{n.Parties[k]}' is a party to negotiation '{n.Id}' but on no side");
            }
        }
        if (parties.Count < 2 && !_problems.Any(p => p.Path.StartsWith($"{at}.parties", StringComparison.Ordinal) || p.Path.StartsWith($"{at}.sides", StringComparison.Ordinal)))
        {
            Add(n.Parties.Count > 0 || n.Sides.Count == 0 ? $"{at}.parties" : $"{at}.sides", $"negotiation '{n.Id}' needs at least 2 parties (got {parties.Count})");
        }
        return parties;
    }

    /// <summary>Collective issues only: a unilateral one is its decider's to choose, and enters as an item.</summary>
    private void NegotiatedIssues(Negotiation n, string at, List<string> parties, Dictionary<string, string> deciders)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < n.Issues.Count; k++)
        {
            var issue = n.Issues[k];
            var path = $"{at}.issues[{k}]";
            if (!KnownIssue(issue, path))
            {
                continue;
            }
            if (!seen.Add(issue))
            {
                Add(path, $"negotiation '{n.Id}' lists issue '{issue}' twice");
            }
            else if (deciders.TryGetValue(issue, out var decider))
            {
                Add(path, $"issue '{issue}' is decided by '{decider}' alone; negotiate it as an item ({{ actor: {decider}, issue: {issue}, at_least or at_most }})");
            }
            else
            {
                // A party with no position on the issue neither offers nor concedes there: legal, but rarely meant.
                foreach (var party in parties.Where(p => !Takes(p, issue)))
                {
                    Add(path, $"party '{party}' of negotiation '{n.Id}' takes no part in issue '{issue}': it neither offers nor concedes there", Severity.Warning);
                }
            }
        }
    }

    private void Items(Negotiation n, string at, Dictionary<string, string> deciders)
    {
        for (var k = 0; k < n.Items.Count; k++)
        {
            var item = n.Items[k];
            var path = $"{at}.items[{k}]";
            var actor = KnownActor(item.Actor, $"{path}.actor");
            if (!KnownIssue(item.Bound.Issue, $"{path}.issue"))
            {
                continue;
            }
            if (!deciders.TryGetValue(item.Bound.Issue, out var decider))
            {
                Add($"{path}.issue", $"issue '{item.Bound.Issue}' is collective: negotiate it under issues; an item is on an issue its actor decides alone");
            }
            else if (actor && decider != item.Actor)
            {
                Add($"{path}.actor", $"'{item.Actor}' does not decide issue '{item.Bound.Issue}'; '{decider}' does");
            }
            OnScale(item.Bound.Level, item.Bound.Issue, $"{path}.{BoundKey(item.Bound.Direction)}", "the item's bound");
        }
    }

    private void Terms(Negotiation n, string at, List<string> parties)
    {
        if (n.Deadline is { } deadline)
        {
            RoundFromOne(deadline, $"{at}.deadline", $"the deadline of '{n.Id}'");
        }
        if (n.Discount is { } beta)
        {
            Probability(beta, $"{at}.discount", "the discount");
        }
        ActorNumbers(n.NoDealCost, $"{at}.no_deal_cost", "the no-deal cost", (actor, path) =>
        {
            var party = parties.Contains(actor);
            if (!party)
            {
                Add(path, $"'{actor}' is not a party to negotiation '{n.Id}'");
            }
            return party;
        });
        if (n.Deadline is null && n.NoDealCost.Count > 0)
        {
            Add($"{at}.no_deal_cost", $"negotiation '{n.Id}' has no deadline, so its no-deal costs are never paid", Severity.Warning);
        }
        if (n.Summit is not { } summit)
        {
            return;
        }
        if (n.Deadline is null)
        {
            Add($"{at}.summit", $"a summit ends at a deadline: give negotiation '{n.Id}' a deadline");
        }
        if (summit.Boost is { } boost && !(double.IsFinite(boost) && boost >= 1))
        {
            Add($"{at}.summit.boost", $"the summit boost must be at least 1 (got {Show(boost)})");
        }
        if (summit.Rounds is { } rounds && rounds < 1)
        {
            Add($"{at}.summit.rounds", $"a summit lasts at least 1 round (got {rounds})");
        }
    }
}

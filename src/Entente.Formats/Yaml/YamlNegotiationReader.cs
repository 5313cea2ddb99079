using Entente.Domain;
using Entente.Domain.Strategic;

namespace Entente.Formats.Yaml;

/// <summary>
/// Negotiations of the version-2 layer (§8, §15): parties or sides, collective issues, unilateral items,
/// a deadline with its discount and no-deal costs, and a summit. The parties are kept as written; an actor
/// named only in <c>sides</c> is a party all the same (the engine and the validator count it).
/// </summary>
internal sealed partial class YamlScenarioReader
{
    private static readonly string[] NegotiationKeys =
        ["source", "id", "parties", "sides", "issues", "items", "deadline", "discount", "no_deal_cost", "summit"];

    private static readonly string[] ItemKeys = ["source", "actor", "issue", "at_least", "at_most"];
    private static readonly string[] SummitKeys = ["source", "boost", "rounds"];

    private Negotiation? Negotiation(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a negotiation (such as { id: visit, parties: [US, China], deadline: 6, issues: [trade] })", NegotiationKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("id");
        if (!f.Has("parties") && !f.Has("sides"))
        {
            _bag.Error(node.Line, node.Column, $"{at}.parties", "a negotiation needs its parties: give parties, sides, or both");
        }
        var parties = _values.TextList(f["parties"], $"{at}.parties");
        var sides = Groups(f["sides"], $"{at}.sides", "a side: a list of parties (such as [US, ROK])");
        return new Negotiation
        {
            Id = _values.RequiredText(f["id"], $"{at}.id"),
            Parties = new(parties),
            Sides = sides,
            Issues = new(_values.TextList(f["issues"], $"{at}.issues")),
            Items = Each(f["items"], $"{at}.items", Item),
            Deadline = Int(f["deadline"], $"{at}.deadline"),
            Discount = _values.Number(f["discount"], $"{at}.discount"),
            NoDealCost = NoDealCost(f["no_deal_cost"], $"{at}.no_deal_cost", [.. parties.Concat(sides.SelectMany(s => s)).Distinct(StringComparer.Ordinal)]),
            Summit = f["summit"] is { } summit ? Summit(summit, $"{at}.summit") : null,
        };
    }

    /// <summary>
    /// A number for every party, or a number per party: one number is expanded to each party (listed or on a
    /// side), every copy recorded at the number's position.
    /// </summary>
    private ValueList<ActorNumber> NoDealCost(YamlNode? node, string path, IReadOnlyList<string> parties)
    {
        if (node is not YamlScalar { IsNull: false } scalar)
        {
            return ActorNumbers(node, path, "party ids to no-deal costs (such as { US: 0.3, China: 0.2 }), or one number for every party");
        }
        _map.Add(path, scalar.Line, scalar.Column);
        if (_values.Number(scalar, path) is not { } cost)
        {
            return ValueList<ActorNumber>.Empty;
        }
        for (var i = 0; i < parties.Count; i++)
        {
            _map.Add($"{path}[{i}]", scalar.Line, scalar.Column);
            _map.Add($"{path}.{parties[i]}", scalar.Line, scalar.Column);
        }
        return new(parties.Select(p => new ActorNumber(p, cost)));
    }

    private NegotiationItem? Item(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "an item (such as { actor: China, issue: cn_pressure, at_least: 70 })", ItemKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("actor", "issue");
        var actor = _values.RequiredText(f["actor"], $"{at}.actor");
        var issue = _values.RequiredText(f["issue"], $"{at}.issue");
        if (Threshold(f, at) is { } threshold)
        {
            return new NegotiationItem(actor, new Bound(issue, threshold.Direction, threshold.Level));
        }
        if (!(f.Has("at_most") && f.Has("at_least")))
        {
            _bag.Error(node.Line, node.Column, $"{at}.at_least", "an item needs a bound: at_least or at_most");
        }
        return null;
    }

    private Summit? Summit(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a summit (such as { boost: 1.25, rounds: 2 })", SummitKeys, _bag, _map);
        return f is null ? null : new Summit(_values.Number(f["boost"], $"{at}.boost"), Int(f["rounds"], $"{at}.rounds"));
    }
}

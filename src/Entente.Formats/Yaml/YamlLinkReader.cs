using Entente.Domain;
using Entente.Domain.Strategic;

namespace Entente.Formats.Yaml;

/// <summary>
/// The layer's links between actors beyond signals (§9, §10, A17): who decides which issue alone, ideals that
/// differ from initial positions, leverage, delay costs and the dyads escalation watches. Negotiations are in
/// <c>YamlNegotiationReader.cs</c>. Sections keyed by id in the file (<c>issues</c>, <c>cost</c>) are lists
/// in the record; each entry's key is recorded at the indexed path too, so that validation can point at it.
/// </summary>
internal sealed partial class YamlScenarioReader
{
    private static readonly string[] UnilateralKeys = ["source", "decided_by"];
    private static readonly string[] IdealKeys = ["source", "actor", "issue", "ideal"];
    private static readonly string[] LeverageKeys = ["source", "by", "over", "issue", "via", "scale", "weight"];
    private static readonly string[] DelayKeys = ["source", "actor", "base", "benefit", "from"];
    private static readonly string[] DelayLinkKeys = ["source", "actor", "issue", "scale"];
    private static readonly string[] ConflictKeys = ["source", "dyads", "cost"];

    private ValueList<UnilateralIssue> Unilateral(YamlNode? node)
    {
        const string at = $"{LayerPath}.issues";
        var list = new List<UnilateralIssue>();
        foreach (var (key, value) in Keyed(node, at, "issue ids to their deciders (such as nk_strike: { decided_by: DPRK })"))
        {
            var path = $"{at}.{key.Value}";
            var f = YamlFields.Read(value, path, $"the decider of '{key.Value}' (such as {{ decided_by: DPRK }})", UnilateralKeys, _bag, _map);
            if (f is null)
            {
                continue;
            }
            f.Require("decided_by");
            Alias($"{path}.decided_by", $"{at}[{list.Count}].decided_by");
            list.Add(new UnilateralIssue(key.Value, _values.RequiredText(f["decided_by"], $"{path}.decided_by")));
        }
        return new(list);
    }

    private IdealPoint? Ideal(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "an ideal (such as { actor: ROK, issue: rok_drills, ideal: 40 })", IdealKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("actor", "issue", "ideal");
        return new IdealPoint(
            _values.RequiredText(f["actor"], $"{at}.actor"),
            _values.RequiredText(f["issue"], $"{at}.issue"),
            _values.RequiredNumber(f["ideal"], $"{at}.ideal"));
    }

    private Leverage? Leverage(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "leverage (such as { by: China, over: DPRK, issue: nk_strike, via: cn_pressure, scale: 0.5 })", LeverageKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("by", "over", "issue");
        return new Leverage
        {
            By = _values.RequiredText(f["by"], $"{at}.by"),
            Over = _values.RequiredText(f["over"], $"{at}.over"),
            Issue = _values.RequiredText(f["issue"], $"{at}.issue"),
            Via = _values.Text(f["via"], $"{at}.via"),
            Scale = _values.Number(f["scale"], $"{at}.scale"),
            Weight = _values.Number(f["weight"], $"{at}.weight"),
        };
    }

    private DelayTerms? Delay(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "delay terms (such as { actor: DPRK, base: 0.01, benefit: 0.03 })", DelayKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("actor");
        return new DelayTerms
        {
            Actor = _values.RequiredText(f["actor"], $"{at}.actor"),
            Base = _values.Number(f["base"], $"{at}.base"),
            Benefit = _values.Number(f["benefit"], $"{at}.benefit"),
            From = Each(f["from"], $"{at}.from", DelayLink),
        };
    }

    private DelayLink? DelayLink(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a source of delay cost (such as { actor: China, issue: cn_pressure, scale: 0.05 })", DelayLinkKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("actor", "issue", "scale");
        return new DelayLink(
            _values.RequiredText(f["actor"], $"{at}.actor"),
            _values.RequiredText(f["issue"], $"{at}.issue"),
            _values.RequiredNumber(f["scale"], $"{at}.scale"));
    }

    private ConflictSettings? Conflict(YamlNode node)
    {
        const string at = $"{LayerPath}.conflict";
        var f = YamlFields.Read(node, at, "the conflict settings (such as { dyads: [[US, DPRK]], cost: { DPRK: 0.5 } })", ConflictKeys, _bag, _map);
        return f is null ? null : new ConflictSettings
        {
            Dyads = Groups(f["dyads"], $"{at}.dyads", "a dyad (such as [US, DPRK])"),
            Cost = ActorNumbers(f["cost"], $"{at}.cost", "actor ids to conflict costs (such as { DPRK: 0.5 })"),
        };
    }

    /// <summary>A list of lists of actor ids (dyads, sides), each id's position recorded.</summary>
    private ValueList<ValueList<string>> Groups(YamlNode? node, string path, string what)
    {
        var items = _values.Items(node, path);
        var groups = new List<ValueList<string>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"{path}[{i}]";
            _map.Add(at, items[i].Line, items[i].Column);
            if (items[i] is not YamlSequence)
            {
                _bag.Error(items[i].Line, items[i].Column, at, $"expected {what}, found {items[i].Kind}");
                continue;
            }
            groups.Add(new(_values.TextList(items[i], at)));
        }
        return new(groups);
    }

    /// <summary>
    /// A mapping of actor ids to numbers. The entry at index i is recorded at <c>path[i]</c> (its key: where an
    /// unknown actor is shown) and at <c>path.ACTOR</c> (its value: where a number out of range is shown).
    /// </summary>
    private ValueList<ActorNumber> ActorNumbers(YamlNode? node, string path, string what)
    {
        var list = new List<ActorNumber>();
        foreach (var (key, value) in Keyed(node, path, what))
        {
            _map.Add($"{path}[{list.Count}]", key.Line, key.Column);
            _map.Add($"{path}.{key.Value}", value.Line, value.Column);
            if (value is YamlScalar { IsNull: true })
            {
                _bag.Error(value.Line, value.Column, $"{path}.{key.Value}", "needs a number");
            }
            else if (_values.Number(value, $"{path}.{key.Value}") is { } number)
            {
                list.Add(new ActorNumber(key.Value, number));
            }
        }
        return new(list);
    }

    /// <summary>
    /// The entries of a mapping keyed by id, <c>source</c> (provenance) left out; reports keys that are not text,
    /// duplicate ids and a value that is not a mapping. Each kept entry's key is recorded at <c>path[i]</c>.
    /// </summary>
    private List<(YamlScalar Key, YamlNode Value)> Keyed(YamlNode? node, string path, string what)
    {
        var entries = new List<(YamlScalar, YamlNode)>();
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                break;
            case YamlMapping mapping:
                _map.Add(path, node.Line, node.Column);
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Entries)
                {
                    if (key is not YamlScalar { IsNull: false } id)
                    {
                        _bag.Error(key.Line, key.Column, path, $"each entry is keyed by an id, found {key.Kind}");
                        continue;
                    }
                    if (id.Value == "source")
                    {
                        continue;
                    }
                    if (seen.TryGetValue(id.Value, out var firstLine))
                    {
                        _bag.Error(key.Line, key.Column, $"{path}.{id.Value}", $"duplicate key '{id.Value}' (first given on line {firstLine})");
                        continue;
                    }
                    seen.Add(id.Value, id.Line);
                    _map.Add($"{path}[{entries.Count}]", id.Line, id.Column);
                    entries.Add((id, value));
                }
                break;
            default:
                _bag.Error(node.Line, node.Column, path, $"expected a mapping of {what}, found {node.Kind}");
                break;
        }
        return entries;
    }

    /// <summary>Records the position already found at <paramref name="path"/> under <paramref name="alias"/> too.</summary>
    private void Alias(string path, string alias)
    {
        if (_map.TryFind(path, out var line, out var column))
        {
            _map.Add(alias, line, column);
        }
    }
}

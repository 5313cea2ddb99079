using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;

namespace Entente.Formats.Yaml;

/// <summary>
/// The signals of the version-2 layer: claims of six kinds, each with the keys its kind takes (§4.2). A key
/// that belongs to another kind is refused here, because the record keeps the meaning and not the spelling
/// (a credit's <c>reward</c> and a threat's <c>action</c> are both <see cref="Claim.Action"/>).
/// </summary>
internal sealed partial class YamlScenarioReader
{
    private static readonly string[] ClaimKeys =
        ["source", "id", "round", "by", "to", "cc", "channel", "kind", "ask", "action", "condition", "subject", "issue", "at", "demand",
         "reward", "penalty", "success", "sunk", "reaction", "expect", "expires", "strategic", "report", "description"];

    /// <summary>Keys every kind takes.</summary>
    private static readonly string[] CommonClaimKeys =
        ["source", "id", "round", "by", "cc", "channel", "kind", "sunk", "reaction", "strategic", "description"];

    /// <summary>The keys proper to each kind, in <see cref="ClaimKind"/> order.</summary>
    private static readonly string[][] KindKeys =
    [
        ["to", "ask", "action", "condition", "success", "expect", "expires"],
        ["to", "ask", "action", "condition", "expect", "expires"],
        ["to", "issue", "at", "success", "expires"],
        ["subject", "issue", "reward", "expect", "expires", "report"],
        ["subject", "issue", "demand", "penalty", "success", "expect", "expires", "report"],
        ["to", "report"],
    ];

    private static readonly string[] ClaimKindNames = ["threat", "promise", "stand", "credit", "blame", "report"];
    private static readonly string[] BoundKeys = ["source", "issue", "at_most", "at_least"];
    private static readonly string[] ActionKeys = ["source", "issue", "to", "schedule"];
    private static readonly string[] ConditionKeys = ["source", "actor", "issue", "at_most", "at_least"];
    private static readonly string[] ReactionKeys = ["source", "cost", "issue", "shift"];
    private static readonly string[] ExpectKeys = ["source", "condition_value"];
    private static readonly string[] ReportKeys = ["source", "subject", "dim", "issue", "at_most", "at_least"];

    private Claim? Claim(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a signal (such as { id: envoy, round: 1, by: CN, to: KP, channel: private, kind: threat, ... })", ClaimKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("id", "round", "by", "kind");
        var kind = ClaimKindOf(f["kind"], $"{at}.kind");
        if (kind is { } k)
        {
            KeysOfKind(f, at, k);
        }
        var senders = OneOrMany(f["by"], $"{at}.by");
        var ask = f["ask"] is { } askNode ? Bound(askNode, $"{at}.ask") : null;
        var addressee = kind is ClaimKind.Credit or ClaimKind.Blame ? "subject" : "to";
        var level = kind == ClaimKind.Blame ? "demand" : "at";
        var action = kind switch
        {
            ClaimKind.Credit => "reward",
            ClaimKind.Blame => "penalty",
            _ => "action",
        };
        return new Claim
        {
            Id = _values.RequiredText(f["id"], $"{at}.id"),
            Round = Int(f["round"], $"{at}.round") ?? 1,
            Senders = new(senders),
            To = _values.Text(f[addressee], $"{at}.{addressee}"),
            Cc = new(OneOrMany(f["cc"], $"{at}.cc")),
            // Several senders can only speak jointly, so that is what a list of senders means unless the file says otherwise.
            Channel = ChannelOf(f["channel"], $"{at}.channel") ?? (senders.Count > 1 ? Channel.Joint : Channel.Private),
            Kind = kind ?? ClaimKind.Threat,
            Ask = ask,
            Action = f[action] is { } actionNode ? Action(actionNode, $"{at}.{action}", ask, contestAllowed: kind != ClaimKind.Credit) : null,
            Condition = f["condition"] is { } condition ? Condition(condition, $"{at}.condition") : null,
            Issue = _values.Text(f["issue"], $"{at}.issue"),
            Level = _values.Number(f[level], $"{at}.{level}"),
            Success = _values.Number(f["success"], $"{at}.success"),
            Sunk = _values.Number(f["sunk"], $"{at}.sunk") ?? 0,
            Reaction = f["reaction"] is { } reaction ? Reaction(reaction, $"{at}.reaction") : null,
            ExpectedConditionValue = f["expect"] is { } expect ? Expect(expect, $"{at}.expect") : null,
            Expires = Int(f["expires"], $"{at}.expires"),
            Strategic = Bool(f["strategic"], $"{at}.strategic"),
            Report = f["report"] is { } report ? Report(report, $"{at}.report") : null,
            Description = _values.Text(f["description"], $"{at}.description"),
        };
    }

    private ClaimKind? ClaimKindOf(YamlNode? node, string path)
    {
        if (_values.Text(node, path) is not { } text)
        {
            return null;
        }
        var index = Array.IndexOf(ClaimKindNames, text);
        if (index >= 0)
        {
            return (ClaimKind)index;
        }
        Unknown(node!, path, "kind of claim", text, ClaimKindNames);
        return null;
    }

    private void KeysOfKind(YamlFields f, string at, ClaimKind kind)
    {
        var own = KindKeys[(int)kind];
        var name = ClaimKindNames[(int)kind];
        foreach (var key in ClaimKeys)
        {
            if (f.KeyOf(key) is { } given && !CommonClaimKeys.Contains(key) && !own.Contains(key))
            {
                _bag.Error(given.Line, given.Column, $"{at}.{key}", $"'{key}' does not apply to a {name}; a {name} takes {string.Join(", ", own)}");
            }
        }
    }

    /// <summary>A direction and a level from <c>at_most</c> or <c>at_least</c>; null when neither (or both) is given.</summary>
    private (BoundDirection Direction, double Level)? Threshold(YamlFields f, string at)
    {
        var most = f["at_most"];
        var least = f["at_least"];
        if (most is not null && least is not null)
        {
            _bag.Error(least.Line, least.Column, $"{at}.at_least", "give either at_most or at_least, not both");
            return null;
        }
        if (most is not null)
        {
            return (BoundDirection.AtMost, _values.RequiredNumber(most, $"{at}.at_most"));
        }
        if (least is not null)
        {
            return (BoundDirection.AtLeast, _values.RequiredNumber(least, $"{at}.at_least"));
        }
        return null;
    }

    private Bound? Bound(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "an ask (such as { issue: strike, at_most: 20 })", BoundKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("issue");
        var issue = _values.RequiredText(f["issue"], $"{at}.issue");
        if (Threshold(f, at) is { } threshold)
        {
            return new Bound(issue, threshold.Direction, threshold.Level);
        }
        if (!(f.Has("at_most") && f.Has("at_least")))
        {
            _bag.Error(node.Line, node.Column, $"{at}.at_most", "an ask needs a level: at_most or at_least");
        }
        return null;
    }

    private ClaimAction? Action(YamlNode node, string at, Bound? ask, bool contestAllowed)
    {
        if (node is YamlScalar { Value: "contest" } && contestAllowed)
        {
            _map.Add(at, node.Line, node.Column);
            return new ClaimAction { Contest = true, Issue = ask?.Issue };
        }
        if (node is YamlScalar { IsNull: false } scalar)
        {
            var expected = contestAllowed ? "contest or a mapping (such as { issue: aid, to: 20 })" : "a mapping (such as { issue: aid, to: 20 })";
            _bag.Error(node.Line, node.Column, at, $"expected {expected}, found '{YamlValues.Clip(scalar.Value)}'");
            return null;
        }
        var f = YamlFields.Read(node, at, "an action (such as { issue: aid, to: 20 } or { issue: aid, schedule: [[0, 20], [100, 100]] })", ActionKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("issue");
        return new ClaimAction
        {
            Issue = _values.RequiredText(f["issue"], $"{at}.issue"),
            To = _values.Number(f["to"], $"{at}.to"),
            Schedule = Schedule(f["schedule"], $"{at}.schedule"),
        };
    }

    private ValueList<SchedulePoint> Schedule(YamlNode? node, string path)
    {
        var points = new List<SchedulePoint>();
        var items = _values.Items(node, path);
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"{path}[{i}]";
            _map.Add(at, items[i].Line, items[i].Column);
            if (items[i] is not YamlSequence { Items.Count: 2 } pair)
            {
                _bag.Error(items[i].Line, items[i].Column, at, $"a schedule point is a pair [condition value, level] (such as [0, 20]), found {items[i].Kind}");
                continue;
            }
            points.Add(new SchedulePoint(_values.RequiredNumber(pair.Items[0], at), _values.RequiredNumber(pair.Items[1], at)));
        }
        return new(points);
    }

    private Condition? Condition(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a condition (such as { actor: KP, issue: missiles, at_most: 30 })", ConditionKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("actor", "issue");
        var issue = _values.RequiredText(f["issue"], $"{at}.issue");
        var threshold = Threshold(f, at);
        return new Condition
        {
            Actor = _values.RequiredText(f["actor"], $"{at}.actor"),
            Issue = issue,
            Threshold = threshold is { } t ? new Bound(issue, t.Direction, t.Level) : null,
        };
    }

    private Reaction? Reaction(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a reaction cost (such as { cost: 0.1 } or { issue: alignment, shift: 50 })", ReactionKeys, _bag, _map);
        return f is null ? null : new Reaction
        {
            Cost = _values.Number(f["cost"], $"{at}.cost"),
            Issue = _values.Text(f["issue"], $"{at}.issue"),
            Shift = _values.Number(f["shift"], $"{at}.shift"),
        };
    }

    private double? Expect(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "an expectation (such as { condition_value: 50 })", ExpectKeys, _bag, _map);
        f?.Require("condition_value");
        return f is null ? null : _values.Number(f["condition_value"], $"{at}.condition_value");
    }

    private ReportContent? Report(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a report (such as { subject: KP, dim: r, issue: strike, at_least: 0.7 })", ReportKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("subject", "dim");
        var threshold = Threshold(f, at);
        if (threshold is null && !(f.Has("at_most") && f.Has("at_least")))
        {
            _bag.Error(node.Line, node.Column, $"{at}.at_least", "a report needs a level: at_least or at_most");
        }
        return new ReportContent
        {
            Subject = _values.RequiredText(f["subject"], $"{at}.subject"),
            Dimension = Dimension(f["dim"], $"{at}.dim"),
            Issue = _values.Text(f["issue"], $"{at}.issue"),
            Direction = threshold?.Direction ?? BoundDirection.AtLeast,
            Level = threshold?.Level ?? 0,
        };
    }
}

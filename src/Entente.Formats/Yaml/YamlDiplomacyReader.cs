using Entente.Domain;
using Entente.Domain.Diplomacy;

namespace Entente.Formats.Yaml;

/// <summary>The diplomacy sections of a scenario file: perceptions, signals, commitments, coalitions, timeline, variants, settings.</summary>
internal sealed partial class YamlScenarioReader
{
    private static readonly string[] FactionKeys = ["name", "weight", "positions"];
    private static readonly string[] PerceptionKeys = ["observer", "actor", "issue", "position", "salience", "confidence"];
    private static readonly string[] SignalKeys = ["id", "from", "issue", "position", "salience", "channel", "round", "to", "strength", "description"];
    private static readonly string[] CommitmentKeys =
        ["id", "kind", "actor", "target", "conditionIssue", "atLeast", "atMost", "byRound", "issue", "moveTo", "channel", "credibility", "description"];
    private static readonly string[] CoalitionKeys = ["id", "name", "members", "jointPosition", "cohesionBand"];
    private static readonly string[] EventKeys =
        ["id", "kind", "round", "actors", "issues", "salienceBoost", "undo", "deadline", "position", "salience", "capability", "description"];
    private static readonly string[] VariantKeys = ["name", "description", "patches"];
    private static readonly string[] SetChannelKeys = ["signal", "channel", "to"];
    private static readonly string[] SettingsKeys = ["audienceCost", "credibility", "reputationMemory", "cohesionBand", "agreementThreshold", "defaultConfidence"];
    private static readonly string[] ChannelKeys = ["private", "leak", "public", "joint"];
    private static readonly string[] CommitmentKindNames = ["promise", "threat"];

    private ValueList<Faction> Factions(YamlNode? node, string at)
    {
        var items = _values.Items(node, at);
        var factions = new List<Faction>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var fat = $"{at}[{i}]";
            var fields = YamlFields.Read(items[i], fat, "a faction (such as { name: president, weight: 0.5, positions: { talks: 20 } })", FactionKeys, _bag, _map);
            if (fields is null)
            {
                continue;
            }
            fields.Require("name", "weight");
            var positions = new List<FactionPosition>();
            switch (fields["positions"])
            {
                case null or YamlScalar { IsNull: true }:
                    break;
                case YamlMapping mapping:
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    // Named by the entry's place in the file (see the scale labels).
                    for (var entry = 0; entry < mapping.Entries.Count; entry++)
                    {
                        var (key, value) = mapping.Entries[entry];
                        var pat = $"{fat}.positions[{entry}]";
                        if (key is not YamlScalar { IsNull: false } issue || !seen.Add(issue.Value))
                        {
                            _bag.Error(key.Line, key.Column, $"{fat}.positions", "each faction position is keyed by a distinct issue id");
                            continue;
                        }
                        _map.Add(pat, key.Line, key.Column);
                        positions.Add(new FactionPosition(issue.Value, _values.RequiredNumber(value, pat)));
                    }
                    break;
                case { } other:
                    _bag.Error(other.Line, other.Column, $"{fat}.positions", $"expected a mapping of issue ids to positions, found {other.Kind}");
                    break;
            }
            factions.Add(new Faction
            {
                Name = _values.RequiredText(fields["name"], $"{fat}.name"),
                Weight = _values.RequiredNumber(fields["weight"], $"{fat}.weight"),
                Positions = new(positions),
            });
        }
        return new(factions);
    }

    private ValueList<Perception> Perceptions(YamlNode? node)
    {
        var list = new List<Perception>();
        var items = _values.Items(node, "perceptions");
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"perceptions[{i}]";
            var f = YamlFields.Read(items[i], at, "a perception (such as { observer: CN, actor: US, issue: posture, position: 80, confidence: 2 })", PerceptionKeys, _bag, _map);
            if (f is null)
            {
                continue;
            }
            f.Require("observer", "actor", "issue");
            list.Add(new Perception
            {
                Observer = _values.RequiredText(f["observer"], $"{at}.observer"),
                Actor = _values.RequiredText(f["actor"], $"{at}.actor"),
                Issue = _values.RequiredText(f["issue"], $"{at}.issue"),
                Position = _values.Number(f["position"], $"{at}.position"),
                Salience = _values.Number(f["salience"], $"{at}.salience"),
                Confidence = _values.Number(f["confidence"], $"{at}.confidence"),
            });
        }
        return new(list);
    }

    private ValueList<Signal> Signals(YamlNode? node, string path)
    {
        var list = new List<Signal>();
        var items = _values.Items(node, path);
        for (var i = 0; i < items.Count; i++)
        {
            if (Signal(items[i], $"{path}[{i}]") is { } signal)
            {
                list.Add(signal);
            }
        }
        return new(list);
    }

    private Signal? Signal(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a signal (such as { id: envoy, from: CN, issue: pressure, position: 70, channel: private, to: [KP], round: 1 })", SignalKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("id", "from", "issue", "round");
        return new Signal
        {
            Id = _values.RequiredText(f["id"], $"{at}.id"),
            Senders = new(OneOrMany(f["from"], $"{at}.from")),
            Issue = _values.RequiredText(f["issue"], $"{at}.issue"),
            Position = _values.Number(f["position"], $"{at}.position"),
            Salience = _values.Number(f["salience"], $"{at}.salience"),
            Channel = ChannelOf(f["channel"], $"{at}.channel") ?? Channel.Private,
            Round = Int(f["round"], $"{at}.round") ?? 1,
            Recipients = new(OneOrMany(f["to"], $"{at}.to")),
            Strength = _values.Number(f["strength"], $"{at}.strength") ?? 1,
            Description = _values.Text(f["description"], $"{at}.description"),
        };
    }

    private ValueList<Commitment> Commitments(YamlNode? node, string path)
    {
        var list = new List<Commitment>();
        var items = _values.Items(node, path);
        for (var i = 0; i < items.Count; i++)
        {
            if (Commitment(items[i], $"{path}[{i}]") is { } commitment)
            {
                list.Add(commitment);
            }
        }
        return new(list);
    }

    private Commitment? Commitment(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a commitment (such as { id: reassure, actor: US, target: CN, conditionIssue: pressure, atLeast: 70, byRound: 4, issue: thaad, moveTo: 20 })", CommitmentKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("id", "actor", "target", "conditionIssue", "byRound", "issue", "moveTo");
        var direction = ConditionDirection.AtLeast;
        double threshold = 0;
        if (f["atLeast"] is { } least && f["atMost"] is { } most)
        {
            _bag.Error(most.Line, most.Column, $"{at}.atMost", "give either atLeast or atMost, not both");
        }
        else if (f["atLeast"] is { } atLeast)
        {
            threshold = _values.RequiredNumber(atLeast, $"{at}.threshold");
            _map.Add($"{at}.threshold", atLeast.Line, atLeast.Column);
        }
        else if (f["atMost"] is { } atMost)
        {
            direction = ConditionDirection.AtMost;
            threshold = _values.RequiredNumber(atMost, $"{at}.threshold");
            _map.Add($"{at}.threshold", atMost.Line, atMost.Column);
        }
        else
        {
            _bag.Error(node.Line, node.Column, $"{at}.atLeast", "a commitment's condition needs a threshold: atLeast or atMost");
        }
        var kind = CommitmentKind.Promise;
        if (_values.Text(f["kind"], $"{at}.kind") is { } kindText)
        {
            if (kindText.Equals("threat", StringComparison.OrdinalIgnoreCase))
            {
                kind = CommitmentKind.Threat;
            }
            else if (!kindText.Equals("promise", StringComparison.OrdinalIgnoreCase))
            {
                Unknown(f["kind"]!, $"{at}.kind", "commitment kind", kindText, CommitmentKindNames);
            }
        }
        return new Commitment
        {
            Id = _values.RequiredText(f["id"], $"{at}.id"),
            Kind = kind,
            Actor = _values.RequiredText(f["actor"], $"{at}.actor"),
            Target = _values.RequiredText(f["target"], $"{at}.target"),
            ConditionIssue = _values.RequiredText(f["conditionIssue"], $"{at}.conditionIssue"),
            Direction = direction,
            Threshold = threshold,
            ByRound = Int(f["byRound"], $"{at}.byRound") ?? 0,
            Issue = _values.RequiredText(f["issue"], $"{at}.issue"),
            MoveTo = _values.RequiredNumber(f["moveTo"], $"{at}.moveTo"),
            Channel = ChannelOf(f["channel"], $"{at}.channel") ?? Channel.Private,
            Credibility = _values.Number(f["credibility"], $"{at}.credibility"),
            Description = _values.Text(f["description"], $"{at}.description"),
        };
    }

    private ValueList<Coalition> Coalitions(YamlNode? node)
    {
        var list = new List<Coalition>();
        var items = _values.Items(node, "coalitions");
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"coalitions[{i}]";
            var f = YamlFields.Read(items[i], at, "a coalition (such as { id: allies, members: [US, KR, JP], jointPosition: true })", CoalitionKeys, _bag, _map);
            if (f is null)
            {
                continue;
            }
            f.Require("id", "members");
            var id = _values.RequiredText(f["id"], $"{at}.id");
            list.Add(new Coalition
            {
                Id = id,
                Name = _values.Text(f["name"], $"{at}.name") ?? id,
                Members = new(_values.TextList(f["members"], $"{at}.members")),
                JointPosition = Bool(f["jointPosition"], $"{at}.jointPosition"),
                CohesionBand = _values.Number(f["cohesionBand"], $"{at}.cohesionBand"),
            });
        }
        return new(list);
    }

    private ValueList<TimelineEvent> Timeline(YamlNode? node, string path)
    {
        var list = new List<TimelineEvent>();
        var items = _values.Items(node, path);
        for (var i = 0; i < items.Count; i++)
        {
            if (Event(items[i], $"{path}[{i}]") is { } e)
            {
                list.Add(e);
            }
        }
        return new(list);
    }

    private TimelineEvent? Event(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "an event (such as { id: visit, kind: summit, round: 3, salienceBoost: 0.2, undo: true })", EventKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("id", "kind", "round");
        var kind = EventKind.Summit;
        if (_values.Text(f["kind"], $"{at}.kind") is { } text && !EventKinds.TryParse(text, out kind))
        {
            Unknown(f["kind"]!, $"{at}.kind", "event kind", text, EventKinds.Names);
        }
        return new TimelineEvent
        {
            Id = _values.RequiredText(f["id"], $"{at}.id"),
            Kind = kind,
            Round = Int(f["round"], $"{at}.round") ?? 0,
            Actors = new(OneOrMany(f["actors"], $"{at}.actors")),
            Issues = new(OneOrMany(f["issues"], $"{at}.issues")),
            SalienceBoost = _values.Number(f["salienceBoost"], $"{at}.salienceBoost"),
            Undo = Bool(f["undo"], $"{at}.undo"),
            Deadline = Bool(f["deadline"], $"{at}.deadline"),
            Position = _values.Number(f["position"], $"{at}.position"),
            Salience = _values.Number(f["salience"], $"{at}.salience"),
            Capability = _values.Number(f["capability"], $"{at}.capability"),
            Description = _values.Text(f["description"], $"{at}.description"),
        };
    }

    private ValueList<Variant> Variants(YamlNode? node)
    {
        var list = new List<Variant>();
        var items = _values.Items(node, "variants");
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"variants[{i}]";
            var f = YamlFields.Read(items[i], at, "a variant (such as { name: quiet, patches: [ { dropSignal: threat } ] })", VariantKeys, _bag, _map);
            if (f is null)
            {
                continue;
            }
            f.Require("name", "patches");
            var patches = new List<VariantPatch>();
            var nodes = _values.Items(f["patches"], $"{at}.patches");
            for (var p = 0; p < nodes.Count; p++)
            {
                if (Patch(nodes[p], $"{at}.patches[{p}]") is { } patch)
                {
                    patches.Add(patch);
                }
            }
            list.Add(new Variant
            {
                Name = _values.RequiredText(f["name"], $"{at}.name"),
                Description = _values.Text(f["description"], $"{at}.description"),
                Patches = new(patches),
            });
        }
        return new(list);
    }

    private VariantPatch? Patch(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a patch (such as { dropSignal: leak })", PatchKinds.Names, _bag, _map);
        if (f is null)
        {
            return null;
        }
        var given = PatchKinds.Names.Where(f.Has).ToArray();
        if (given.Length != 1)
        {
            _bag.Error(node.Line, node.Column, at, $"a patch does exactly one thing; give one of {string.Join(", ", PatchKinds.Names)}");
            return null;
        }
        var name = given[0];
        var kind = (PatchKind)PatchKinds.Names.ToList().IndexOf(name);
        var value = f[name]!;
        var path = $"{at}.{name}";
        switch (kind)
        {
            case PatchKind.AddSignal:
                return Signal(value, path) is { } signal ? new VariantPatch { Kind = kind, Signal = signal } : null;
            case PatchKind.AddCommitment:
                return Commitment(value, path) is { } commitment ? new VariantPatch { Kind = kind, Commitment = commitment } : null;
            case PatchKind.AddEvent:
                return Event(value, path) is { } e ? new VariantPatch { Kind = kind, Event = e } : null;
            case PatchKind.SetChannel:
                var sc = YamlFields.Read(value, path, "a channel change (such as { signal: leak, channel: private, to: [CN] })", SetChannelKeys, _bag, _map);
                if (sc is null)
                {
                    return null;
                }
                sc.Require("signal", "channel");
                return new VariantPatch
                {
                    Kind = kind,
                    Target = _values.RequiredText(sc["signal"], $"{path}.signal"),
                    Channel = ChannelOf(sc["channel"], $"{path}.channel"),
                    Recipients = new(OneOrMany(sc["to"], $"{path}.to")),
                };
            default:
                return new VariantPatch { Kind = kind, Target = _values.RequiredText(value, path) };
        }
    }

    private DiplomacySettings? Settings(YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }
        var f = YamlFields.Read(node, "diplomacy", "the diplomacy settings", SettingsKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        var d = DiplomacySettings.Default;
        var cost = PerChannel(f["audienceCost"], "diplomacy.audienceCost");
        var credibility = PerChannel(f["credibility"], "diplomacy.credibility");
        return d with
        {
            PrivateAudienceCost = cost[0] ?? d.PrivateAudienceCost,
            LeakAudienceCost = cost[1] ?? d.LeakAudienceCost,
            PublicAudienceCost = cost[2] ?? d.PublicAudienceCost,
            JointAudienceCost = cost[3] ?? d.JointAudienceCost,
            PrivateCredibility = credibility[0] ?? d.PrivateCredibility,
            LeakCredibility = credibility[1] ?? d.LeakCredibility,
            PublicCredibility = credibility[2] ?? d.PublicCredibility,
            JointCredibility = credibility[3] ?? d.JointCredibility,
            ReputationMemory = _values.Number(f["reputationMemory"], "diplomacy.reputationMemory") ?? d.ReputationMemory,
            CohesionBand = _values.Number(f["cohesionBand"], "diplomacy.cohesionBand") ?? d.CohesionBand,
            AgreementThreshold = _values.Number(f["agreementThreshold"], "diplomacy.agreementThreshold") ?? d.AgreementThreshold,
            DefaultConfidence = _values.Number(f["defaultConfidence"], "diplomacy.defaultConfidence"),
        };
    }

    private double?[] PerChannel(YamlNode? node, string path)
    {
        var values = new double?[ChannelKeys.Length];
        if (node is null)
        {
            return values;
        }
        var f = YamlFields.Read(node, path, "a value per channel (such as { private: 0, leak: 0.3, public: 1, joint: 1 })", ChannelKeys, _bag, _map);
        for (var c = 0; f is not null && c < ChannelKeys.Length; c++)
        {
            values[c] = _values.Number(f[ChannelKeys[c]], $"{path}.{ChannelKeys[c]}");
        }
        return values;
    }

    private Channel? ChannelOf(YamlNode? node, string path)
    {
        if (_values.Text(node, path) is not { } text)
        {
            return null;
        }
        if (Channels.TryParse(text, out var channel))
        {
            return channel;
        }
        Unknown(node!, path, "channel", text, Channels.Names);
        return null;
    }

    /// <summary>A single id or a list of ids.</summary>
    private IReadOnlyList<string> OneOrMany(YamlNode? node, string path)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            _map.Add($"{path}[0]", scalar.Line, scalar.Column);
            return [scalar.Value];
        }
        return _values.TextList(node, path);
    }

    private int? Int(YamlNode? node, string path)
    {
        if (_values.Number(node, path) is not { } value)
        {
            return null;
        }
        if (value != Math.Floor(value) || Math.Abs(value) > 1_000_000)
        {
            _bag.Error(node!.Line, node.Column, path, $"'{YamlValues.Clip(((YamlScalar)node).Value)}' is not a whole round number");
            return null;
        }
        return (int)value;
    }

    private bool Bool(YamlNode? node, string path) => _values.Flag(node, path) ?? false;

    private void Unknown(YamlNode node, string path, string what, string text, IReadOnlyList<string> names)
    {
        var nearest = Spelling.Nearest(text, names);
        var hint = nearest is null ? "" : $" (did you mean '{nearest}'?)";
        _bag.Error(node.Line, node.Column, path, $"unknown {what} '{YamlValues.Clip(text)}'{hint}; expected one of {string.Join(", ", names)}");
    }
}

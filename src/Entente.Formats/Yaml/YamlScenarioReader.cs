using Entente.Domain;
using Entente.Formats.Strategic;
using Entente.Formats.Text;

namespace Entente.Formats.Yaml;

/// <summary>
/// Reads Entente's YAML scenario format (see docs/scenario-format.md), walking the document by hand so
/// that every problem is reported at its line and column and every element's position is kept.
/// </summary>
internal sealed partial class YamlScenarioReader
{
    /// <summary>The keys a scenario file may have at its top level.</summary>
    public static readonly string[] ScenarioKeys = ["name", "description", "sources", "salienceScale", "model", "actors", "issues",
        "perceptions", "signals", "commitments", "coalitions", "timeline", "variants", "diplomacy"];
    private static readonly string[] ModelKeys = ["name", "options"];
    private static readonly string[] ActorKeys = ["id", "name", "description", "capability", "riskAttitude", "groups", "reputation", "factions"];
    private static readonly string[] IssueKeys = ["id", "name", "description", "scale", "statusQuo", "decisionRule", "positions"];
    private static readonly string[] ScaleKeys = ["min", "max", "labels"];
    private static readonly string[] RuleKeys = ["kind", "threshold", "memberShare", "blockingMinority", "vetoPlayers"];
    private static readonly string[] StanceKeys = ["position", "salience", "capability", "noise"];
    private static readonly string[] NoiseKeys = ["position", "salience", "capability"];
    private static readonly string[] SalienceScaleNames = ["unit", "percent"];

    private readonly DiagnosticBag _bag;
    private readonly SourceMap _map = new();
    private readonly YamlValues _values;
    private readonly List<Stance> _stances = [];

    private YamlScenarioReader(DiagnosticBag bag)
    {
        _bag = bag;
        _values = new YamlValues(bag, _map);
    }

    /// <summary>
    /// Reads a scenario; throws <see cref="ScenarioLoadException"/> with every problem found. <paramref name="plainRoot"/>:
    /// the tree the plain reader built from <paramref name="text"/> while the file was recognised, or null where it
    /// declined the text (YamlDotNet then reads it, without the plain reader trying a second time).
    /// </summary>
    public static ScenarioDocument Read(string text, string file, Action<Diagnostic>? onProblem, YamlNode? plainRoot)
    {
        var bag = new DiagnosticBag(file, onProblem);
        var root = plainRoot ?? YamlTreeBuilder.BuildWithYamlDotNet(text, bag);
        bag.ThrowIfErrors();
        var reader = new YamlScenarioReader(bag);
        var scenario = reader.Scenario(root!);
        bag.ThrowIfErrors();
        var document = new ScenarioDocument(scenario!, ScenarioFormat.Yaml, file, reader._map);
        return scenario!.Strategic is null && scenario.HasDiplomacy ? V1Upgrade.Apply(document) : document;
    }

    private Scenario? Scenario(YamlNode root)
    {
        var fields = YamlFields.Read(root, "", "a scenario", ScenarioKeys, _bag, _map);
        if (fields is null)
        {
            return null;
        }
        fields.Require("name", "actors", "issues");
        var name = _values.RequiredText(fields["name"], "name");
        var description = _values.Text(fields["description"], "description");
        var sources = _values.TextList(fields["sources"], "sources");
        var salienceScale = SalienceScaleOf(fields["salienceScale"]);
        var model = fields["model"] is { } modelNode ? Model(modelNode) : null;
        // One key, two generations: a `diplomacy:` that states its version is the version-2 layer, else the version-1 settings.
        var diplomacy = fields["diplomacy"];
        var layer = IsLayer(diplomacy) ? Layer(diplomacy!) : null;

        var actorNodes = _values.Items(fields["actors"], "actors");
        var actors = actorNodes.Select(Actor).ToArray();
        var issueNodes = _values.Items(fields["issues"], "issues");
        var issues = issueNodes.Select((node, i) => Issue(node, $"issues[{i}]")).ToArray();

        return new Scenario
        {
            Name = name,
            Description = description,
            Sources = new(sources),
            SalienceScale = salienceScale,
            Model = model,
            Actors = new(actors),
            Issues = new(issues),
            Stances = new(_stances),
            Perceptions = Perceptions(fields["perceptions"]),
            Signals = Signals(fields["signals"], "signals"),
            Commitments = Commitments(fields["commitments"], "commitments"),
            Coalitions = Coalitions(fields["coalitions"]),
            Timeline = Timeline(fields["timeline"], "timeline"),
            Variants = Variants(fields["variants"]),
            Diplomacy = IsLayer(diplomacy) ? null : Settings(diplomacy),
            Strategic = layer,
        };
    }

    private SalienceScale SalienceScaleOf(YamlNode? node)
    {
        var text = _values.Text(node, "salienceScale");
        switch (text?.ToLowerInvariant())
        {
            case null or "unit":
                return SalienceScale.Unit;
            case "percent":
                return SalienceScale.Percent;
            default:
                var nearest = Spelling.Nearest(text, SalienceScaleNames);
                var hint = nearest is null ? "" : $" (did you mean '{nearest}'?)";
                _bag.Error(node!.Line, node.Column, "salienceScale", $"unknown salience scale '{YamlValues.Clip(text)}'{hint}; expected unit (0-1) or percent (0-100)");
                return SalienceScale.Unit;
        }
    }

    private ModelSettings? Model(YamlNode node)
    {
        var fields = YamlFields.Read(node, "model", "the model block", ModelKeys, _bag, _map);
        if (fields is null)
        {
            return null;
        }
        fields.Require("name");
        var options = new List<ModelOption>();
        if (fields["options"] is YamlMapping mapping)
        {
            // Options are free-form: the model checks names and values when it runs.
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < mapping.Entries.Count; i++)
            {
                var (key, value) = mapping.Entries[i];
                var at = $"model.options[{options.Count}]";
                if (key is not YamlScalar { IsNull: false } name)
                {
                    _bag.Error(key.Line, key.Column, "model.options", $"option names must be text, found {key.Kind}");
                    continue;
                }
                if (seen.TryGetValue(name.Value, out var firstLine))
                {
                    _bag.Error(key.Line, key.Column, $"model.options.{name.Value}", $"duplicate option '{name.Value}' (first given on line {firstLine})");
                    continue;
                }
                seen.Add(name.Value, name.Line);
                if (value is not YamlScalar scalar)
                {
                    _bag.Error(value.Line, value.Column, $"model.options.{name.Value}", $"an option's value must be a single value, found {value.Kind}");
                    continue;
                }
                _map.Add(at, key.Line, key.Column);
                options.Add(new ModelOption(name.Value, scalar.Value));
            }
        }
        else if (fields["options"] is { } other && other is not YamlScalar { IsNull: true })
        {
            _bag.Error(other.Line, other.Column, "model.options", $"expected a mapping of option names to values, found {other.Kind}");
        }
        return new ModelSettings { Name = _values.RequiredText(fields["name"], "model.name"), Options = new(options) };
    }

    private Actor Actor(YamlNode node, int index)
    {
        var fields = YamlFields.ReadElement(node, "actors", index, static () => "an actor", ActorKeys, _bag, _map);
        if (fields is null)
        {
            return new Actor { Id = "", Name = "" };
        }
        fields.Require("id");
        var id = _values.RequiredText(fields, "id");
        return new Actor
        {
            Id = id,
            Name = _values.Text(fields, "name") ?? id,
            Description = _values.Text(fields, "description"),
            Capability = _values.Number(fields, "capability"),
            RiskAttitude = _values.Number(fields, "riskAttitude"),
            Groups = fields["groups"] is { } groups ? new(_values.TextList(groups, fields.PathOf("groups"))) : [],
            Reputation = _values.Number(fields, "reputation"),
            Factions = fields["factions"] is { } factions ? Factions(factions, fields.PathOf("factions")) : [],
        };
    }

    private Issue Issue(YamlNode node, string at)
    {
        var fields = YamlFields.Read(node, at, "an issue", IssueKeys, _bag, _map);
        if (fields is null)
        {
            return new Issue { Id = "", Name = "", Scale = IssueScale.Percent };
        }
        fields.Require("id");
        var id = _values.RequiredText(fields["id"], $"{at}.id");
        var issue = new Issue
        {
            Id = id,
            Name = _values.Text(fields["name"], $"{at}.name") ?? id,
            Description = _values.Text(fields["description"], $"{at}.description"),
            // Expert-coded data conventionally runs 0-100, so that is the scale a file need not spell out.
            Scale = fields["scale"] is { } scale ? Scale(scale, $"{at}.scale") : IssueScale.Percent,
            StatusQuo = _values.Number(fields["statusQuo"], $"{at}.statusQuo"),
            DecisionRule = fields["decisionRule"] is { } rule ? Rule(rule, $"{at}.decisionRule") : DecisionRule.Consensus,
        };
        Positions(fields["positions"], $"{at}.positions", id, fields["id"] ?? node);
        return issue;
    }

    private IssueScale Scale(YamlNode node, string at)
    {
        var fields = YamlFields.Read(node, at, "a scale", ScaleKeys, _bag, _map);
        if (fields is null)
        {
            return IssueScale.Percent;
        }
        fields.Require("min", "max");
        var labels = new List<ScalePoint>();
        switch (fields["labels"])
        {
            case null or YamlScalar { IsNull: true }:
                break;
            case YamlMapping mapping:
                // Named by the entry's place in the file, not by how many were read: after a bad entry the next is still
                // the one at its place (the validator, which numbers the points read, runs only on a file read cleanly).
                for (var entry = 0; entry < mapping.Entries.Count; entry++)
                {
                    var (key, value) = mapping.Entries[entry];
                    var label = $"{at}.labels[{entry}]";
                    _map.Add(label, key.Line, key.Column);
                    var point = _values.Number(key, label);
                    var text = _values.Text(value, label);
                    if (point is { } p)
                    {
                        labels.Add(new ScalePoint(p, text ?? ""));
                    }
                    else if (key is YamlScalar { IsNull: true })
                    {
                        _bag.Error(key.Line, key.Column, label, "a label needs the point of the scale it names");
                    }
                }
                break;
            case { } other:
                _bag.Error(other.Line, other.Column, $"{at}.labels", $"expected a mapping of scale points to labels (such as 0: none), found {other.Kind}");
                break;
        }
        return new IssueScale
        {
            Min = _values.RequiredNumber(fields["min"], $"{at}.min"),
            Max = _values.RequiredNumber(fields["max"], $"{at}.max"),
            Labels = new(labels),
        };
    }

    private DecisionRule Rule(YamlNode node, string at)
    {
        if (node is YamlScalar scalar)
        {
            _map.Add(at, node.Line, node.Column);
            return new DecisionRule { Kind = RuleKind(scalar, at) };
        }
        var fields = YamlFields.Read(node, at, "a decision rule", RuleKeys, _bag, _map);
        if (fields is null)
        {
            return DecisionRule.Consensus;
        }
        fields.Require("kind");
        return new DecisionRule
        {
            Kind = fields["kind"] is { } kind ? RuleKind(kind, $"{at}.kind") : DecisionRuleKind.Consensus,
            Threshold = _values.Number(fields["threshold"], $"{at}.threshold"),
            MemberShare = _values.Number(fields["memberShare"], $"{at}.memberShare"),
            BlockingMinority = _values.Integer(fields["blockingMinority"], $"{at}.blockingMinority"),
            VetoPlayers = new(_values.TextList(fields["vetoPlayers"], $"{at}.vetoPlayers")),
        };
    }

    private DecisionRuleKind RuleKind(YamlNode node, string at)
    {
        var name = _values.RequiredText(node, at);
        if (DecisionRule.TryParseKind(name, out var kind))
        {
            return kind;
        }
        if (name.Length > 0)
        {
            var nearest = Spelling.Nearest(name, DecisionRule.Names);
            var hint = nearest is null ? "" : $" (did you mean '{nearest}'?)";
            _bag.Error(node.Line, node.Column, at, $"unknown decision rule '{YamlValues.Clip(name)}'{hint}; expected one of {string.Join(", ", DecisionRule.Names)}");
        }
        return DecisionRuleKind.Consensus;
    }

    private void Positions(YamlNode? node, string at, string issueId, YamlNode issueIdNode)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return;
            case YamlMapping mapping:
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Entries)
                {
                    var index = _stances.Count;
                    if (key is not YamlScalar { IsNull: false } actor)
                    {
                        _bag.Error(key.Line, key.Column, at, $"each position is keyed by an actor id, found {key.Kind}");
                        continue;
                    }
                    if (seen.TryGetValue(actor.Value, out var firstLine))
                    {
                        _bag.Error(key.Line, key.Column, $"{at}.{actor.Value}", $"duplicate key '{actor.Value}': the actor's position on this issue is already given on line {firstLine}");
                        continue;
                    }
                    seen.Add(actor.Value, actor.Line);
                    _map.Add("stances", index, "actor", key.Line, key.Column);
                    _map.Add("stances", index, "issue", issueIdNode.Line, issueIdNode.Column);
                    _stances.Add(Stance(value, index, actor.Value, issueId));
                }
                return;
            default:
                _bag.Error(node.Line, node.Column, at, $"expected a mapping of actor ids to positions, found {node.Kind}");
                return;
        }
    }

    private Stance Stance(YamlNode node, int index, string actorId, string issueId)
    {
        var fields = YamlFields.ReadElement(node, "stances", index, () => $"the stance of '{actorId}' (such as {{ position: 4, salience: 0.8 }})", StanceKeys, _bag, _map);
        // The stance as a whole is placed at its value, which is where its fields' problems are.
        _map.Add("stances", index, "", node.Line, node.Column);
        // The file writes a stance under its issue and actor; "stances[9]" would name it by an index the file never shows.
        if (fields is not null && !fields.HasAll("position", "salience"))
        {
            fields.RequireIn($"the position of '{actorId}' on issue '{issueId}'", "position", "salience");
        }
        return new Stance
        {
            ActorId = actorId,
            IssueId = issueId,
            Position = _values.RequiredNumber(fields, "position"),
            Salience = _values.RequiredNumber(fields, "salience"),
            Capability = _values.Number(fields, "capability"),
            Noise = fields?["noise"] is { } noise ? Noise(noise, fields.PathOf("noise"), actorId) : null,
        };
    }

    private StanceNoise? Noise(YamlNode node, string at, string actorId)
    {
        var fields = YamlFields.Read(node, at, $"the noise of '{actorId}' (such as {{ position: 0.05 }})", NoiseKeys, _bag, _map);
        return fields is null ? null : new StanceNoise
        {
            Position = _values.Number(fields["position"], $"{at}.position"),
            Salience = _values.Number(fields["salience"], $"{at}.salience"),
            Capability = _values.Number(fields["capability"], $"{at}.capability"),
        };
    }
}

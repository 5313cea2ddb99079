using System.Collections.Immutable;
using Entente.Domain;
using Entente.Formats.Text;
using Entente.Formats.Yaml;
using Entente.Formats;
using Entente.Models.Diplomacy.Claims;

namespace Entente.Simulation.Games;

/// <summary>
/// Games given by a claim template (<c>template: threat | promise | report</c>): the template's inputs are
/// read into a <see cref="StageGameTemplate"/>, whose own checks are reported at the fields they concern.
/// </summary>
internal sealed partial class StageGameReader
{
    private static readonly string[] TemplateNames = ["threat", "promise", "report"];
    private static readonly string[] ClaimKeys =
        ["name", "template", "senders", "resolve", "gain", "reciprocity", "priors", "benefit", "cost", "success", "honourScale", "audience", "sunk", "reaction", "face", "receivers"];
    private static readonly string[] ReportKeys = ["name", "template", "subjects", "benefit", "lieCost", "audience"];
    private static readonly string[] ClaimSenderKeys = ["name", "prior", "benefit", "cost", "reciprocity"];
    private static readonly string[] ClaimReceiverKeys = ["name", "weight", "loss", "stake"];
    private static readonly string[] SubjectKeys = ["name", "prior", "true"];
    private static readonly string[] ShorthandKeys = ["resolve", "gain", "reciprocity", "priors", "benefit", "cost"];

    private IReadOnlyList<StageGameCase> Template(YamlMapping mapping, string at)
    {
        var kindNode = mapping.Entries.First(e => e.Key is YamlScalar { Value: "template" }).Value;
        ClaimTemplateKind? kind = _values.Text(kindNode, Join(at, "template")) switch
        {
            "threat" => ClaimTemplateKind.Threat,
            "promise" => ClaimTemplateKind.Promise,
            "report" => ClaimTemplateKind.Report,
            _ => null,
        };
        if (kind is null)
        {
            if (kindNode is YamlScalar scalar)
            {
                var nearest = Spelling.Nearest(scalar.Value, TemplateNames);
                var hint = nearest is null ? "" : $" (did you mean '{nearest}'?)";
                _bag.Error(kindNode.Line, kindNode.Column, Join(at, "template"), $"unknown template '{YamlValues.Clip(scalar.Value)}'{hint}; expected threat, promise or report");
            }
            return [];
        }
        var fields = YamlFields.Read(mapping, at, "a claim template", kind == ClaimTemplateKind.Report ? ReportKeys : ClaimKeys, _bag, _map);
        if (fields is null)
        {
            return [];
        }
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var template = kind == ClaimTemplateKind.Report ? ReportTemplate(fields, at, aliases) : ClaimTemplate(fields, kind.Value, at, aliases);
        if (!Report(template.Problems(), at, mapping, aliases) || _bag.HasErrors)
        {
            return [];
        }
        return template.Games();
    }

    private StageGameTemplate ClaimTemplate(YamlFields fields, ClaimTemplateKind kind, string at, Dictionary<string, string> aliases)
    {
        fields.Require("receivers");
        var (senders, names) = fields.Has("senders") ? ExplicitSenders(fields, at) : ShorthandSenders(fields, at, aliases);
        var receiverNodes = NonEmpty(fields["receivers"], Join(at, "receivers"));
        var receivers = new List<ClaimReceiver>(receiverNodes.Count);
        for (var i = 0; i < receiverNodes.Count; i++)
        {
            var rat = $"{Join(at, "receivers")}[{i}]";
            var rf = YamlFields.Read(receiverNodes[i], rat, "a receiver type (such as { weight: 0.3, loss: 0.15, stake: 0.5 })", ClaimReceiverKeys, _bag, _map);
            if (rf is null)
            {
                receivers.Add(new ClaimReceiver(double.NaN, 0, 0));
                continue;
            }
            rf.Require("weight", "loss", "stake");
            _values.Text(rf["name"], Join(rat, "name"));
            receivers.Add(new ClaimReceiver(
                _values.Number(rf["weight"], Join(rat, "weight")) ?? double.NaN,
                _values.Number(rf["loss"], Join(rat, "loss")) ?? double.NaN,
                _values.Number(rf["stake"], Join(rat, "stake")) ?? double.NaN));
        }
        return new StageGameTemplate
        {
            Kind = kind,
            Name = _values.Text(fields["name"], Join(at, "name")),
            TypeNames = names,
            Senders = senders,
            Receivers = [.. receivers],
            Success = _values.Number(fields["success"], Join(at, "success")) ?? 0.5,
            HonourScale = _values.Number(fields["honourScale"], Join(at, "honourScale")) ?? 0.5,
            Audiences = Values(fields["audience"], at, "audience", aliases),
            Sunks = Values(fields["sunk"], at, "sunk", aliases),
            Reaction = _values.Number(fields["reaction"], Join(at, "reaction")) ?? 0.0,
            Face = _values.Number(fields["face"], Join(at, "face")) ?? 0.0,
        };
    }

    private (ImmutableArray<ClaimSender>, ImmutableArray<string>) ExplicitSenders(YamlFields fields, string at)
    {
        foreach (var key in ShorthandKeys.Where(fields.Has))
        {
            var node = fields[key]!;
            _bag.Error(node.Line, node.Column, Join(at, key), $"give the sender types either as 'senders:' or by the shorthand ({string.Join(", ", ShorthandKeys)}), not both");
        }
        var nodes = NonEmpty(fields["senders"], Join(at, "senders"));
        var senders = new List<ClaimSender>(nodes.Count);
        var names = new List<string>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            var sat = $"{Join(at, "senders")}[{i}]";
            names.Add($"type {i + 1}");
            var sf = YamlFields.Read(nodes[i], sat, "a sender type (such as { prior: 0.2, benefit: 0.1, cost: 0.3, reciprocity: 0 })", ClaimSenderKeys, _bag, _map);
            if (sf is null)
            {
                senders.Add(new ClaimSender(double.NaN, 0, 0, 0));
                continue;
            }
            sf.Require("prior", "benefit", "cost");
            names[i] = _values.Text(sf["name"], Join(sat, "name")) ?? names[i];
            senders.Add(new ClaimSender(
                _values.Number(sf["prior"], Join(sat, "prior")) ?? double.NaN,
                _values.Number(sf["benefit"], Join(sat, "benefit")) ?? double.NaN,
                _values.Number(sf["cost"], Join(sat, "cost")) ?? double.NaN,
                _values.Number(sf["reciprocity"], Join(sat, "reciprocity")) ?? 0.0));
        }
        return ([.. senders], [.. names]);
    }

    // resolve: [r…] with gain g (B_S = r·g), or reciprocity: [q…]; the other dimension is one value for all types.
    private (ImmutableArray<ClaimSender>, ImmutableArray<string>) ShorthandSenders(YamlFields fields, string at, Dictionary<string, string> aliases)
    {
        fields.Require("cost");
        var resolveList = fields["resolve"] is YamlSequence;
        var reciprocityList = fields["reciprocity"] is YamlSequence;
        if (resolveList && reciprocityList)
        {
            var node = fields["reciprocity"]!;
            _bag.Error(node.Line, node.Column, Join(at, "reciprocity"), "only one of resolve and reciprocity may be a list; give a joint grid as 'senders:'");
        }
        if (fields.Has("resolve"))
        {
            fields.Require("gain");
            if (fields["benefit"] is { } benefit)
            {
                _bag.Error(benefit.Line, benefit.Column, Join(at, "benefit"), "with 'resolve' the benefit is r·gain; give 'gain', not 'benefit'");
            }
        }
        else
        {
            fields.Require("benefit");
        }
        var resolves = Values(fields["resolve"], at, "resolve", null);
        var reciprocities = Values(fields["reciprocity"], at, "reciprocity", null);
        var gain = _values.Number(fields["gain"], Join(at, "gain")) ?? double.NaN;
        var benefitValue = _values.Number(fields["benefit"], Join(at, "benefit")) ?? double.NaN;
        var cost = _values.Number(fields["cost"], Join(at, "cost")) ?? double.NaN;
        var byResolve = fields.Has("resolve") && (resolveList || !reciprocityList);
        var count = byResolve ? resolves.Length : fields.Has("reciprocity") ? reciprocities.Length : 1;
        var priors = fields.Has("priors") ? Values(fields["priors"], at, "priors", null) : [.. Enumerable.Repeat(1.0, count)];
        if (fields["priors"] is { } priorsNode && priors.Length != count && !_bag.Items.Any(d => d.Field == Join(at, "priors")))
        {
            _bag.Error(priorsNode.Line, priorsNode.Column, Join(at, "priors"), $"gives {priors.Length} priors for {count} sender types");
        }
        var senders = new List<ClaimSender>(count);
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var r = resolves.Length == 0 ? double.NaN : resolves[Math.Min(i, resolves.Length - 1)];
            var q = reciprocities.Length == 0 ? 0.0 : reciprocities[Math.Min(i, reciprocities.Length - 1)];
            var prior = i < priors.Length ? priors[i] : double.NaN;
            senders.Add(new ClaimSender(prior, fields.Has("resolve") ? r * gain : benefitValue, cost, q));
            names.Add(byResolve ? $"r={Numbers.Show(r)}" : fields.Has("reciprocity") ? $"q={Numbers.Show(q)}" : "the sender");
            aliases[$"senders[{i}].prior"] = fields.Has("priors") ? $"priors[{Math.Min(i, Math.Max(priors.Length - 1, 0))}]" : "priors";
            aliases[$"senders[{i}].benefit"] = fields.Has("resolve") ? (resolveList ? $"resolve[{i}]" : "resolve") : "benefit";
            aliases[$"senders[{i}].cost"] = "cost";
            aliases[$"senders[{i}].reciprocity"] = reciprocityList ? $"reciprocity[{i}]" : "reciprocity";
        }
        aliases["senders"] = byResolve ? "resolve" : fields.Has("reciprocity") ? "reciprocity" : "benefit";
        return ([.. senders], [.. names]);
    }

    private StageGameTemplate ReportTemplate(YamlFields fields, string at, Dictionary<string, string> aliases)
    {
        fields.Require("subjects", "benefit");
        var nodes = NonEmpty(fields["subjects"], Join(at, "subjects"));
        var subjects = new List<(double, bool)>(nodes.Count);
        var names = new List<string>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            var sat = $"{Join(at, "subjects")}[{i}]";
            var sf = YamlFields.Read(nodes[i], sat, "a subject type (such as { prior: 0.6, true: false })", SubjectKeys, _bag, _map);
            var prior = double.NaN;
            var truth = false;
            if (sf is not null)
            {
                sf.Require("prior", "true");
                prior = _values.Number(sf["prior"], Join(sat, "prior")) ?? double.NaN;
                truth = Truth(sf["true"], Join(sat, "true"));
            }
            subjects.Add((prior, truth));
            names.Add(sf is not null && _values.Text(sf["name"], Join(sat, "name")) is { } name ? name : $"type {i + 1} ({(truth ? "true" : "false")})");
        }
        ImmutableArray<double> lieCosts;
        if (fields["audience"] is { } audience)
        {
            if (fields["lieCost"] is { } lie)
            {
                _bag.Error(lie.Line, lie.Column, Join(at, "lieCost"), "give the lie cost or the audience cost it comes from (L = a·π_exp), not both");
            }
            lieCosts = [.. Values(audience, at, "audience", aliases).Select(ReportClaim.LieCost)];
            for (var i = 0; i < lieCosts.Length; i++)
            {
                aliases[$"lieCost[{i}]"] = aliases.GetValueOrDefault($"audience[{i}]", $"audience[{i}]");
            }
        }
        else
        {
            lieCosts = Values(fields["lieCost"], at, "lieCost", aliases);
        }
        return new StageGameTemplate
        {
            Kind = ClaimTemplateKind.Report,
            Name = _values.Text(fields["name"], Join(at, "name")),
            TypeNames = [.. names],
            Subjects = [.. subjects],
            Benefit = _values.Number(fields["benefit"], Join(at, "benefit")) ?? double.NaN,
            LieCosts = lieCosts,
        };
    }

    private bool Truth(YamlNode? node, string at)
    {
        switch (node)
        {
            case null:
                return false;
            case YamlScalar { Plain: true, Value: "true" or "True" or "TRUE" }:
                return true;
            case YamlScalar { Plain: true, Value: "false" or "False" or "FALSE" }:
                return false;
            default:
                _bag.Error(node.Line, node.Column, at, $"expected true or false, found {(node is YamlScalar s ? $"'{YamlValues.Clip(s.Value)}'" : node.Kind)}");
                return false;
        }
    }

    /// <summary>
    /// One number or a list of numbers (absent: a single 0). Each value's template field
    /// <c>key[i]</c> is aliased to where the file gave it.
    /// </summary>
    private ImmutableArray<double> Values(YamlNode? node, string at, string key, Dictionary<string, string>? aliases)
    {
        var path = Join(at, key);
        switch (node)
        {
            case null:
                return [0.0];
            case YamlSequence sequence:
                if (sequence.Items.Count == 0)
                {
                    _bag.Error(node.Line, node.Column, path, "needs at least one value");
                }
                var values = new double[sequence.Items.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    var item = sequence.Items[i];
                    _map.Add($"{path}[{i}]", item.Line, item.Column);
                    values[i] = Needed(item, $"{path}[{i}]");
                }
                return [.. values];
            default:
                if (aliases is not null)
                {
                    aliases[$"{key}[0]"] = key;
                }
                return [Needed(node, path)];
        }
    }
}

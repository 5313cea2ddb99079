using System.Collections.Immutable;
using Entente.Formats.Text;
using Entente.Formats.Yaml;
using Entente.Formats;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Simulation.Games;

/// <summary>
/// Walks a stage-game document: the <c>games:</c> list or a single game, each given directly (here) or by a
/// claim template (<c>StageGameReader.Templates.cs</c>). The solver's own input checks
/// (<see cref="SignallingGame.Problems"/>) decide what a valid game is; this reader locates them in the file.
/// </summary>
internal sealed partial class StageGameReader
{
    private static readonly string[] RootKeys = ["games"];
    private static readonly string[] GameKeys = ["name", "senders", "receivers"];
    private static readonly string[] SenderKeys = ["name", "prior", "payoff", "followThrough"];
    private static readonly string[] ReceiverKeys = ["name", "weight", "threshold"];
    private const string PayoffShape = "[[U(silent, unfavourable), U(silent, favourable)], [U(claim, unfavourable), U(claim, favourable)]]";

    private readonly DiagnosticBag _bag;
    private readonly SourceMap _map = new();
    private readonly YamlValues _values;

    public StageGameReader(DiagnosticBag bag)
    {
        _bag = bag;
        _values = new YamlValues(bag, _map);
    }

    public IReadOnlyList<StageGameCase> Read(YamlNode root)
    {
        if (root is YamlMapping mapping && mapping.Entries.Any(e => e.Key is YamlScalar { Value: "games" }))
        {
            var fields = YamlFields.Read(root, "", "a list of games", RootKeys, _bag, _map);
            var items = _values.Items(fields?["games"], "games");
            if (fields?["games"] is { } list && items.Count == 0 && list is not YamlMapping and not YamlScalar { IsNull: false })
            {
                _bag.Error(list.Line, list.Column, "games", "needs at least one game");
            }
            return [.. items.SelectMany((node, i) => Game(node, $"games[{i}]"))];
        }
        return Game(root, "");
    }

    private IReadOnlyList<StageGameCase> Game(YamlNode node, string at)
    {
        if (node is YamlMapping mapping && mapping.Entries.Any(e => e.Key is YamlScalar { Value: "template" }))
        {
            return Template(mapping, at);
        }
        var fields = YamlFields.Read(node, at, "a stage game (such as { senders: [...], receivers: [...] })", GameKeys, _bag, _map);
        if (fields is null)
        {
            return [];
        }
        fields.Require("senders", "receivers");
        var name = _values.Text(fields["name"], Join(at, "name"));
        var senderNodes = NonEmpty(fields["senders"], Join(at, "senders"));
        var senders = new List<SenderType>(senderNodes.Count);
        var typeNames = new List<string>(senderNodes.Count);
        for (var i = 0; i < senderNodes.Count; i++)
        {
            var (sender, typeName) = Sender(senderNodes[i], $"{Join(at, "senders")}[{i}]", i);
            senders.Add(sender);
            typeNames.Add(typeName);
        }
        var receiverNodes = NonEmpty(fields["receivers"], Join(at, "receivers"));
        var receivers = receiverNodes.Select((r, i) => Receiver(r, $"{Join(at, "receivers")}[{i}]")).ToArray();
        var problems = SignallingGame.Problems(senders, receivers).Select(Split)
            .Concat(TooLarge(senders.Select(t => t.Prior), "senders", "priors"))
            .Concat(TooLarge(receivers.Select(r => r.Weight), "receivers", "weights"))
            .ToArray();
        if (!Report(problems, at, node) || _bag.HasErrors)
        {
            return [];
        }
        return [new StageGameCase(name, new SignallingGame(senders, receivers), [.. typeNames])];
    }

    private (SenderType Sender, string Name) Sender(YamlNode node, string at, int index)
    {
        var fields = YamlFields.Read(node, at, "a sender type (such as { prior: 0.5, payoff: [[0, 1], [-0.1, 0.9]], followThrough: [0, 1] })", SenderKeys, _bag, _map);
        if (fields is null)
        {
            return (new SenderType(double.NaN, 0, 0, 0, 0, 0, 0), $"type {index + 1}");
        }
        fields.Require("prior", "payoff", "followThrough");
        var name = _values.Text(fields["name"], Join(at, "name")) ?? $"type {index + 1}";
        var prior = _values.Number(fields["prior"], Join(at, "prior")) ?? double.NaN;
        var u = Payoff(fields["payoff"], Join(at, "payoff"));
        var phi = Pair(fields["followThrough"], Join(at, "followThrough"), "[φ(silent), φ(claim)]");
        return (new SenderType(prior, u[0], u[1], u[2], u[3], phi[0], phi[1]), name);
    }

    // U(silent, ·) and U(claim, ·) as four numbers; NaN where the file got them wrong (already reported).
    private double[] Payoff(YamlNode? node, string at)
    {
        var result = new[] { double.NaN, double.NaN, double.NaN, double.NaN };
        if (node is null or YamlScalar { IsNull: true })
        {
            return result;
        }
        if (node is not YamlSequence { Items.Count: 2 } rows || rows.Items.Any(r => r is YamlScalar))
        {
            var found = node is YamlSequence s ? $"a {(s.Items.Any(r => r is YamlScalar) ? "flat " : "")}list of {s.Items.Count}" : node.Kind;
            _bag.Error(node.Line, node.Column, at, $"expected a 2×2 list {PayoffShape}, found {found}");
            return result;
        }
        for (var m = 0; m < 2; m++)
        {
            var row = Pair(rows.Items[m], $"{at}[{m}]", m == 0 ? "[U(silent, unfavourable), U(silent, favourable)]" : "[U(claim, unfavourable), U(claim, favourable)]");
            result[2 * m] = row[0];
            result[(2 * m) + 1] = row[1];
        }
        return result;
    }

    private double[] Pair(YamlNode? node, string at, string shape)
    {
        var result = new[] { double.NaN, double.NaN };
        if (node is null || (node is YamlScalar { IsNull: true } && _bag.Items.Any(d => d.Field == at)))
        {
            return result;
        }
        _map.Add(at, node.Line, node.Column);
        if (node is not YamlSequence { Items.Count: 2 } pair)
        {
            var found = node is YamlSequence s ? $"a list of {s.Items.Count}" : node.Kind;
            _bag.Error(node.Line, node.Column, at, $"expected two numbers {shape}, found {found}");
            return result;
        }
        for (var i = 0; i < 2; i++)
        {
            var item = pair.Items[i];
            _map.Add($"{at}[{i}]", item.Line, item.Column);
            result[i] = Needed(item, $"{at}[{i}]");
        }
        return result;
    }

    private ReceiverType Receiver(YamlNode node, string at)
    {
        var fields = YamlFields.Read(node, at, "a receiver type (such as { weight: 0.3, threshold: 0.5 })", ReceiverKeys, _bag, _map);
        if (fields is null)
        {
            return new ReceiverType(double.NaN, 0);
        }
        fields.Require("weight", "threshold");
        _values.Text(fields["name"], Join(at, "name"));
        var weight = _values.Number(fields["weight"], Join(at, "weight")) ?? double.NaN;
        var threshold = fields["threshold"] switch
        {
            YamlScalar { Plain: true, Value: ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" } => double.PositiveInfinity,
            YamlScalar { Plain: true, Value: "-.inf" or "-.Inf" or "-.INF" } => double.NegativeInfinity,
            var other => Needed(other, Join(at, "threshold")),
        };
        return new ReceiverType(weight, threshold);
    }

    // A number that must be there: a null value is reported (an absent key is reported by Require).
    private double Needed(YamlNode? node, string at)
    {
        if (node is YamlScalar { IsNull: true })
        {
            _bag.Error(node.Line, node.Column, at, "needs a number");
            return double.NaN;
        }
        return _values.Number(node, at) ?? double.NaN;
    }

    // The items of a list that must have at least one; an empty list is reported here, a missing one by Require.
    private IReadOnlyList<YamlNode> NonEmpty(YamlNode? node, string at)
    {
        var items = _values.Items(node, at);
        if (node is YamlSequence { Items.Count: 0 } or YamlScalar { IsNull: true })
        {
            _bag.Error(node.Line, node.Column, at, "needs at least one entry");
        }
        return items;
    }

    /// <summary>
    /// Weights are normalised by their sum, which must itself be a number: the solver divides by it
    /// (1e308 + 1e308 is ∞, and every normalised weight would be 0).
    /// </summary>
    internal static IEnumerable<(string Field, string Message)> TooLarge(IEnumerable<double> weights, string field, string what)
    {
        var sum = weights.Where(w => w >= 0 && double.IsFinite(w)).Sum();
        if (double.IsInfinity(sum))
        {
            yield return (field, $"the {what} are too large to add up; scale them down (only their ratios matter)");
        }
    }

    private static (string Field, string Message) Split(string problem)
    {
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? ("", problem) : (problem[..colon], problem[(colon + 2)..]);
    }

    /// <summary>
    /// Reports the solver's (or a template's) problems with the game at <paramref name="at"/>, each at the
    /// position of its field, skipping those whose field the reader has already reported (a number that
    /// did not parse is NaN by now). Returns whether there were none.
    /// </summary>
    private bool Report(IEnumerable<(string Field, string Message)> problems, string at, YamlNode game, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var any = false;
        foreach (var (field, message) in problems)
        {
            any = true;
            var named = aliases is not null && aliases.TryGetValue(field, out var alias) ? alias : field;
            var path = named.Length == 0 ? at : Join(at, named);
            if (_bag.Items.Any(d => Covers(d.Field, path) || Explains(d.Field, path, message)))
            {
                continue;
            }
            var (line, column) = _map.TryLocate(path, out var l, out var c) ? (l, c) : (game.Line, game.Column);
            _bag.Error(line, column, path, message);
        }
        return !any;
    }

    private static bool Covers(string reported, string path) =>
        reported.Length > 0 && (reported == path || path.StartsWith(reported + ".", StringComparison.Ordinal) || path.StartsWith(reported + "[", StringComparison.Ordinal));

    // "The priors must not all be zero" says nothing new when one of them is already reported as wrong.
    private static bool Explains(string reported, string list, string message)
    {
        var item = message.Contains("prior", StringComparison.Ordinal) ? "prior" : message.Contains("weight", StringComparison.Ordinal) ? "weight" : null;
        return item is not null && reported.StartsWith(list + "[", StringComparison.Ordinal) && reported.EndsWith("." + item, StringComparison.Ordinal);
    }

    private static string Join(string path, string key) => YamlFields.Join(path, key);
}

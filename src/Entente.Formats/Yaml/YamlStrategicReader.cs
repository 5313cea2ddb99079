using System.Globalization;
using Entente.Domain;
using Entente.Domain.Strategic;

namespace Entente.Formats.Yaml;

/// <summary>
/// The diplomacy layer, version 2 (<c>diplomacy: { version: 2, … }</c>): defaults, per-actor traits, types,
/// beliefs, perceptions, events, Monte Carlo and outputs. Signals are in <c>YamlClaimReader.cs</c>; unilateral
/// issues, ideals, leverage, delay and conflict in <c>YamlLinkReader.cs</c>; negotiations in <c>YamlNegotiationReader.cs</c>.
/// Keys are snake_case as the specification writes them (§15, A17); <c>source:</c> (provenance) is allowed on
/// every mapping and ignored.
/// </summary>
internal sealed partial class YamlScenarioReader
{
    private const string LayerPath = "diplomacy";
    private const string PartTwo = "is not supported yet (diplomacy v2 part 2)";

    private static readonly string[] LayerKeys =
        ["version", "source", "defaults", "actors", "types", "beliefs", "perceptions", "signals", "events", "montecarlo", "outputs",
         "issues", "ideals", "leverage", "delay", "negotiations", "conflict"];

    private static readonly string[] DefaultsKeys =
        ["source", "uncertainty", "audience_capacity", "honour_scale", "conflict_cost", "psi", "alpha_audience", "alpha_disown", "alpha_face",
         "success", "resolve_spread", "grid_points", "tremble", "theta_move", "lambda", "learning_moves", "discount", "no_deal_cost",
         "summit_no_deal_cost", "delay_base", "delay_benefit", "tau_agree", "summit_boost", "summit_rounds", "unilateral_grid", "exposure",
         "leverage_scale"];

    private static readonly string[] LayerChannelKeys = ["source", "private", "leak", "public", "joint"];
    private static readonly string[] FactionTraitKeys = ["source", "weight", "observer", "audience_capacity", "honour_scale", "psi"];
    private static readonly string[] TraitKeys = ["source", "audience_capacity", "honour_scale", "conflict_cost", "psi", "factions"];
    private static readonly string[] TypeKeys = ["source", "of", "dim", "issue", "point", "uncertain", "grid", "prior", "reputation", "true"];
    private static readonly string[] BeliefKeys = ["source", "observer", "about", "dim", "issue", "point", "uncertain", "grid", "prior", "reputation"];
    private static readonly string[] LayerPerceptionKeys = ["source", "observer", "of", "audience_capacity"];
    private static readonly string[] LayerEventKeys = ["source", "round", "disown"];
    private static readonly string[] MonteCarloKeys = ["source", "trials", "seed"];
    private static readonly string[] OutputKeys = ["source", "watch"];
    private static readonly string[] WatchKeys = ["source", "observer", "about", "dim", "issue"];
    private static readonly string[] UncertaintyNames = ["auto", "none"];
    private static readonly string[] DimensionNames = ["r", "q"];

    /// <summary>Whether the <c>diplomacy:</c> section is the version-2 layer: a mapping that states its version.</summary>
    private static bool IsLayer(YamlNode? node) =>
        node is YamlMapping mapping && mapping.Entries.Any(e => e.Key is YamlScalar { Value: "version" });

    private StrategicLayer? Layer(YamlNode node)
    {
        var f = YamlFields.Read(node, LayerPath, "the diplomacy layer", LayerKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        if (_values.Number(f["version"], $"{LayerPath}.version") is { } version && version != 2)
        {
            var at = f["version"]!;
            _bag.Error(at.Line, at.Column, $"{LayerPath}.version",
                $"diplomacy version {YamlValues.Clip(((YamlScalar)at).Value)} is not known; this release reads version 2 (leave 'version' out for the version-1 settings)");
        }
        var (uncertainty, parameters) = Defaults(f["defaults"]);
        return new StrategicLayer
        {
            Uncertainty = uncertainty,
            Parameters = parameters,
            Actors = Traits(f["actors"]),
            Types = Each(f["types"], $"{LayerPath}.types", TypeDeclaration),
            Beliefs = Each(f["beliefs"], $"{LayerPath}.beliefs", Belief),
            Perceptions = Each(f["perceptions"], $"{LayerPath}.perceptions", LayerPerception),
            Signals = Each(f["signals"], $"{LayerPath}.signals", Claim),
            Events = Each(f["events"], $"{LayerPath}.events", LayerEvent),
            Watch = Outputs(f["outputs"]),
            Ideals = Each(f["ideals"], $"{LayerPath}.ideals", Ideal),
            Issues = Unilateral(f["issues"]),
            Leverage = Each(f["leverage"], $"{LayerPath}.leverage", Leverage),
            Delay = Each(f["delay"], $"{LayerPath}.delay", Delay),
            Negotiations = Each(f["negotiations"], $"{LayerPath}.negotiations", Negotiation),
            Conflict = f["conflict"] is { } conflict ? Conflict(conflict) : null,
            MonteCarlo = f["montecarlo"] is { } mc ? MonteCarlo(mc) : null,
        };
    }

    /// <summary>Reads each item of a list with <paramref name="read"/>, keeping those that read.</summary>
    private ValueList<T> Each<T>(YamlNode? node, string path, Func<YamlNode, string, T?> read)
        where T : class
    {
        var items = _values.Items(node, path);
        var list = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (read(items[i], $"{path}[{i}]") is { } item)
            {
                list.Add(item);
            }
        }
        return new(list);
    }

    private (Uncertainty, LayerParameters) Defaults(YamlNode? node)
    {
        var p = new LayerParameters();
        const string at = $"{LayerPath}.defaults";
        var f = node is null ? null
            : YamlFields.Read(node, at, "the layer's defaults (such as { uncertainty: auto, audience_capacity: 0.3 })", DefaultsKeys, _bag, _map);
        if (f is null)
        {
            return (Uncertainty.Auto, p);
        }
        if (f.KeyOf("grid_points") is { } gridPoints)
        {
            // A17 lists it, but grids are declared point by point (at most 9) and `uncertain` has 5: nothing reads it yet.
            _bag.Error(gridPoints.Line, gridPoints.Column, $"{at}.grid_points", $"'grid_points' {PartTwo}; give a grid of up to 9 points where one is wanted");
        }
        var uncertainty = Uncertainty.Auto;
        if (_values.Text(f["uncertainty"], $"{at}.uncertainty") is { } text)
        {
            if (text == "none")
            {
                uncertainty = Uncertainty.None;
            }
            else if (text != "auto")
            {
                Unknown(f["uncertainty"]!, $"{at}.uncertainty", "uncertainty", text, UncertaintyNames);
            }
        }
        var audience = LayerPerChannel(f["alpha_audience"], $"{at}.alpha_audience");
        var face = LayerPerChannel(f["alpha_face"], $"{at}.alpha_face");
        double? N(string key) => _values.Number(f[key], $"{at}.{key}");
        return (uncertainty, p with
        {
            AudienceCapacity = N("audience_capacity") ?? p.AudienceCapacity,
            HonourScale = N("honour_scale") ?? p.HonourScale,
            ConflictCost = N("conflict_cost") ?? p.ConflictCost,
            Psi = N("psi") ?? p.Psi,
            AlphaAudiencePrivate = audience[0] ?? p.AlphaAudiencePrivate,
            AlphaAudienceLeak = audience[1] ?? p.AlphaAudienceLeak,
            AlphaAudiencePublic = audience[2] ?? p.AlphaAudiencePublic,
            AlphaAudienceJoint = audience[3] ?? p.AlphaAudienceJoint,
            AlphaDisown = N("alpha_disown") ?? p.AlphaDisown,
            AlphaFacePrivate = face[0] ?? p.AlphaFacePrivate,
            AlphaFaceLeak = face[1] ?? p.AlphaFaceLeak,
            AlphaFacePublic = face[2] ?? p.AlphaFacePublic,
            AlphaFaceJoint = face[3] ?? p.AlphaFaceJoint,
            Success = N("success") ?? p.Success,
            ResolveSpread = N("resolve_spread") ?? p.ResolveSpread,
            Tremble = N("tremble") ?? p.Tremble,
            ThetaMove = N("theta_move") ?? p.ThetaMove,
            Lambda = N("lambda") ?? p.Lambda,
            LearnFromMoves = f.Has("learning_moves") ? Bool(f["learning_moves"], $"{at}.learning_moves") : p.LearnFromMoves,
            Discount = N("discount") ?? p.Discount,
            NoDealCost = N("no_deal_cost") ?? p.NoDealCost,
            SummitNoDealCost = N("summit_no_deal_cost") ?? p.SummitNoDealCost,
            DelayBase = N("delay_base") ?? p.DelayBase,
            DelayBenefit = N("delay_benefit") ?? p.DelayBenefit,
            TauAgree = N("tau_agree") ?? p.TauAgree,
            SummitBoost = N("summit_boost") ?? p.SummitBoost,
            SummitRounds = _values.Integer(f["summit_rounds"], $"{at}.summit_rounds") ?? p.SummitRounds,
            UnilateralGrid = _values.Integer(f["unilateral_grid"], $"{at}.unilateral_grid") ?? p.UnilateralGrid,
            Exposure = N("exposure") ?? p.Exposure,
            LeverageScale = N("leverage_scale") ?? p.LeverageScale,
        });
    }

    private double?[] LayerPerChannel(YamlNode? node, string path)
    {
        var values = new double?[4];
        var f = node is null ? null
            : YamlFields.Read(node, path, "a weight per channel (such as { private: 0, leak: 0.3, public: 1, joint: 1 })", LayerChannelKeys, _bag, _map);
        for (var c = 0; f is not null && c < values.Length; c++)
        {
            values[c] = _values.Number(f[LayerChannelKeys[c + 1]], $"{path}.{LayerChannelKeys[c + 1]}");
        }
        return values;
    }

    private ValueList<ActorTraits> Traits(YamlNode? node) =>
        Keyed(node, $"{LayerPath}.actors", "an actor id", "actor ids", "US: { audience_capacity: 0.6 }", Trait);

    // A mapping keyed by names (actors, factions), each entry read by 'read' with its path and index in the list; a
    // 'source' entry is a provenance note, skipped; a name given twice is an error at the second.
    private ValueList<T> Keyed<T>(YamlNode? node, string at, string keyedBy, string keys, string example, Func<YamlNode, string, YamlScalar, int, T?> read)
        where T : class
    {
        var list = new List<T>();
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                break;
            case YamlMapping mapping:
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Entries)
                {
                    if (key is not YamlScalar { IsNull: false } name)
                    {
                        _bag.Error(key.Line, key.Column, at, $"each entry is keyed by {keyedBy}, found {key.Kind}");
                        continue;
                    }
                    if (name.Value == "source")
                    {
                        continue;
                    }
                    var path = $"{at}.{name.Value}";
                    if (seen.TryGetValue(name.Value, out var firstLine))
                    {
                        _bag.Error(key.Line, key.Column, path, $"duplicate key '{name.Value}' (first given on line {firstLine})");
                        continue;
                    }
                    seen.Add(name.Value, name.Line);
                    if (read(value, path, name, list.Count) is { } item)
                    {
                        list.Add(item);
                    }
                }
                break;
            default:
                _bag.Error(node.Line, node.Column, at, $"expected a mapping of {keys} to traits (such as {example}), found {node.Kind}");
                break;
        }
        return new(list);
    }

    private ActorTraits? Trait(YamlNode value, string path, YamlScalar actor, int index)
    {
        var f = YamlFields.Read(value, path, $"the traits of '{actor.Value}' (such as {{ audience_capacity: 0.6, psi: 0.25 }})", TraitKeys, _bag, _map);
        // The file names traits by actor; validation, holding a list, names them by index: both point here.
        var indexed = $"{LayerPath}.actors[{index}]";
        _map.Add(indexed, actor.Line, actor.Column);
        if (f is null)
        {
            return null;
        }
        foreach (var key in TraitKeys)
        {
            if (_map.TryFind($"{path}.{key}", out var line, out var column))
            {
                _map.Add($"{indexed}.{key}", line, column);
            }
        }
        return new ActorTraits
        {
            Actor = actor.Value,
            AudienceCapacity = _values.Number(f["audience_capacity"], $"{path}.audience_capacity"),
            HonourScale = _values.Number(f["honour_scale"], $"{path}.honour_scale"),
            ConflictCost = _values.Number(f["conflict_cost"], $"{path}.conflict_cost"),
            Psi = _values.Number(f["psi"], $"{path}.psi"),
            Factions = FactionTraits(f["factions"], $"{path}.factions", $"{indexed}.factions"),
        };
    }

    // factions: { President: { weight: 0.45 }, Congress: { weight: 0.35, observer: true } }, keyed by faction name.
    private ValueList<FactionTraits> FactionTraits(YamlNode? node, string at, string indexed) =>
        Keyed(node, at, "a faction name", "faction names", "Congress: { weight: 0.35, observer: true }",
            (value, path, name, index) => Faction(value, path, name, $"{indexed}[{index}]"));

    private FactionTraits? Faction(YamlNode value, string path, YamlScalar name, string fixedAt)
    {
        var f = YamlFields.Read(value, path, $"the traits of faction '{name.Value}' (such as {{ weight: 0.35, observer: true }})", FactionTraitKeys, _bag, _map);
        // Validation, holding a list, names factions by index: point that path here too.
        _map.Add(fixedAt, name.Line, name.Column);
        if (f is null)
        {
            return null;
        }
        foreach (var k in FactionTraitKeys)
        {
            if (_map.TryFind($"{path}.{k}", out var line, out var column))
            {
                _map.Add($"{fixedAt}.{k}", line, column);
            }
        }
        return new FactionTraits
        {
            Name = name.Value,
            Weight = _values.Number(f["weight"], $"{path}.weight"),
            Observer = _values.Flag(f["observer"], $"{path}.observer") ?? false,
            AudienceCapacity = _values.Number(f["audience_capacity"], $"{path}.audience_capacity"),
            HonourScale = _values.Number(f["honour_scale"], $"{path}.honour_scale"),
            Psi = _values.Number(f["psi"], $"{path}.psi"),
        };
    }

    private TypeDeclaration? TypeDeclaration(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a type (such as { of: CN, dim: r, issue: pressure, grid: [0.2, 0.5, 0.8], prior: uniform })", TypeKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("of", "dim");
        return new TypeDeclaration
        {
            Of = _values.RequiredText(f["of"], $"{at}.of"),
            Dimension = Dimension(f["dim"], $"{at}.dim"),
            Issue = _values.Text(f["issue"], $"{at}.issue"),
            Prior = Prior(f, at),
            True = _values.Number(f["true"], $"{at}.true"),
        };
    }

    private BeliefDeclaration? Belief(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a belief (such as { observer: CN, about: US, dim: q, prior: [0.6, 0.3, 0.1] })", BeliefKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("observer", "about", "dim");
        return new BeliefDeclaration
        {
            Observer = _values.RequiredText(f["observer"], $"{at}.observer"),
            About = _values.RequiredText(f["about"], $"{at}.about"),
            Dimension = Dimension(f["dim"], $"{at}.dim"),
            Issue = _values.Text(f["issue"], $"{at}.issue"),
            Prior = Prior(f, at),
        };
    }

    private PerceptionDeclaration? LayerPerception(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a perception (such as { observer: CN, of: US, audience_capacity: 0 })", LayerPerceptionKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("observer", "of", "audience_capacity");
        return new PerceptionDeclaration
        {
            Observer = _values.RequiredText(f["observer"], $"{at}.observer"),
            Of = _values.RequiredText(f["of"], $"{at}.of"),
            AudienceCapacity = _values.RequiredNumber(f["audience_capacity"], $"{at}.audience_capacity"),
        };
    }

    /// <summary>The prior forms as written; which combinations make sense is the validator's question.</summary>
    private TypePrior Prior(YamlFields f, string at)
    {
        var uniform = false;
        IReadOnlyList<double> weights = [];
        switch (f["prior"])
        {
            case null or YamlScalar { IsNull: true }:
                break;
            case YamlScalar { Value: "uniform" }:
                uniform = true;
                break;
            case YamlScalar other:
                _bag.Error(other.Line, other.Column, $"{at}.prior", $"expected a list of weights (such as [0.2, 0.5, 0.3]) or uniform, found '{YamlValues.Clip(other.Value)}'");
                break;
            case { } list:
                weights = NumberList(list, $"{at}.prior");
                break;
        }
        return new TypePrior
        {
            Point = _values.Number(f["point"], $"{at}.point"),
            Uncertain = _values.Number(f["uncertain"], $"{at}.uncertain"),
            Grid = new(NumberList(f["grid"], $"{at}.grid")),
            Prior = new(weights),
            Uniform = uniform,
            Reputation = _values.Number(f["reputation"], $"{at}.reputation"),
        };
    }

    private IReadOnlyList<double> NumberList(YamlNode? node, string path)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlSequence sequence:
                var numbers = new List<double>(sequence.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    _map.Add($"{path}[{i}]", item.Line, item.Column);
                    if (item is YamlScalar { IsNull: true })
                    {
                        _bag.Error(item.Line, item.Column, $"{path}[{i}]", "needs a number");
                    }
                    numbers.Add(_values.Number(item, $"{path}[{i}]") ?? 0);
                }
                return numbers;
            default:
                _bag.Error(node.Line, node.Column, path, $"expected a list of numbers (such as [0.2, 0.5, 0.8]), found {node.Kind}");
                return [];
        }
    }

    private TypeDimension Dimension(YamlNode? node, string path)
    {
        switch (_values.Text(node, path))
        {
            case null or "r":
                return TypeDimension.Resolve;
            case "q":
                return TypeDimension.Reciprocity;
            case { } text:
                Unknown(node!, path, "dimension", text, DimensionNames);
                return TypeDimension.Resolve;
        }
    }

    private LayerEvent? LayerEvent(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "an event (such as { round: 5, disown: leak })", LayerEventKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("round", "disown");
        return new LayerEvent
        {
            Round = Int(f["round"], $"{at}.round") ?? 0,
            Disown = _values.RequiredText(f["disown"], $"{at}.disown"),
        };
    }

    private MonteCarloSettings? MonteCarlo(YamlNode node)
    {
        const string at = $"{LayerPath}.montecarlo";
        var f = YamlFields.Read(node, at, "the Monte Carlo settings (such as { trials: 2000, seed: 1 })", MonteCarloKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        var defaults = new MonteCarloSettings();
        return new MonteCarloSettings(
            _values.Integer(f["trials"], $"{at}.trials") ?? defaults.Trials,
            Seed(f["seed"], $"{at}.seed") ?? defaults.Seed);
    }

    /// <summary>A seed is a 64-bit counter key: read from the text, since a double would round large seeds.</summary>
    private ulong? Seed(YamlNode? node, string path)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar when ulong.TryParse(scalar.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed):
                return seed;
            case YamlScalar scalar:
                _bag.Error(scalar.Line, scalar.Column, path, $"'{YamlValues.Clip(scalar.Value)}' is not a seed: a whole number from 0 to {ulong.MaxValue}");
                return null;
            default:
                _bag.Error(node.Line, node.Column, path, $"expected a whole number, found {node.Kind}");
                return null;
        }
    }

    private ValueList<WatchEntry> Outputs(YamlNode? node)
    {
        const string at = $"{LayerPath}.outputs";
        var f = node is null ? null : YamlFields.Read(node, at, "the outputs (such as { watch: [{ observer: CN, about: US, dim: q }] })", OutputKeys, _bag, _map);
        return f is null ? ValueList<WatchEntry>.Empty : Each(f["watch"], $"{at}.watch", Watch);
    }

    private WatchEntry? Watch(YamlNode node, string at)
    {
        var f = YamlFields.Read(node, at, "a belief to watch (such as { observer: CN, about: US, dim: r, issue: talks })", WatchKeys, _bag, _map);
        if (f is null)
        {
            return null;
        }
        f.Require("observer", "about", "dim");
        return new WatchEntry
        {
            Observer = _values.RequiredText(f["observer"], $"{at}.observer"),
            About = _values.RequiredText(f["about"], $"{at}.about"),
            Dimension = Dimension(f["dim"], $"{at}.dim"),
            Issue = _values.Text(f["issue"], $"{at}.issue"),
        };
    }
}

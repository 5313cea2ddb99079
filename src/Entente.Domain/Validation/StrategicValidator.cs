using System.Globalization;
using Entente.Domain.Strategic;

namespace Entente.Domain.Validation;

/// <summary>
/// Checks the diplomacy layer, version 2: every reference names an actor (or <c>actor.faction</c>), issue or
/// signal that exists, every number lies in its range, every prior is a distribution on a grid of at most nine
/// points, and every claim has the fields its kind needs. Paths use the file's keys under <c>diplomacy.</c>.
/// Types and beliefs are in <c>StrategicPriorValidator.cs</c>, claims in <c>StrategicClaimValidator.cs</c>, unilateral issues,
/// ideals, leverage, delay and conflict in <c>StrategicLinkValidator.cs</c>, negotiations in <c>StrategicNegotiationValidator.cs</c>.
/// </summary>
public sealed partial class StrategicValidator
{
    private const string Root = "diplomacy";

    private static readonly string[] Sections = ["defaults", "actors", "types", "beliefs", "perceptions", "signals", "events", "montecarlo", "outputs",
         "issues", "ideals", "leverage", "delay", "negotiations", "conflict"];

    private readonly Scenario _s;
    private readonly StrategicLayer _layer;
    private readonly List<ScenarioProblem> _problems;
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parties = new(StringComparer.Ordinal);
    private readonly HashSet<string> _issues;
    private readonly HashSet<(string Actor, string Issue)> _stances;

    private StrategicValidator(Scenario scenario, StrategicLayer layer, List<ScenarioProblem> problems)
    {
        _s = scenario;
        _layer = layer;
        _problems = problems;
        foreach (var actor in scenario.Actors)
        {
            _actors.TryAdd(actor.Id, actor);
            _parties.Add(actor.Id);
            foreach (var faction in actor.Factions)
            {
                _parties.Add($"{actor.Id}.{faction.Name}");
            }
        }
        _issues = scenario.Issues.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        _stances = scenario.Stances.Select(s => (s.ActorId, s.IssueId)).ToHashSet();
    }

    /// <summary>Whether a problem at <paramref name="path"/> concerns the version-2 layer (as opposed to the version-1 <c>diplomacy</c> settings).</summary>
    public static bool Concerns(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith($"{Root}.", StringComparison.Ordinal)
            && Sections.Any(s => path.AsSpan(Root.Length + 1).StartsWith(s, StringComparison.Ordinal)
                && (path.Length == Root.Length + 1 + s.Length || path[Root.Length + 1 + s.Length] is '.' or '['));
    }

    internal static void Check(Scenario scenario, StrategicLayer layer, List<ScenarioProblem> problems)
    {
        var v = new StrategicValidator(scenario, layer, problems);
        v.Defaults();
        v.Traits();
        v.Types();
        v.Beliefs();
        v.Perceptions();
        v.Claims();
        v.Events();
        v.Watch();
        v.Unilateral();
        v.Ideals();
        v.Leverage();
        v.Delay();
        v.Negotiations();
        v.Conflict();
        if (layer.MonteCarlo is { } mc && mc.Trials < 1)
        {
            v.Add($"{Root}.montecarlo.trials", $"Monte Carlo needs at least 1 trial (got {mc.Trials})");
        }
    }

    private void Defaults()
    {
        var p = _layer.Parameters;
        const string at = $"{Root}.defaults";
        foreach (var (value, key) in new[]
        {
            (p.AudienceCapacity, "audience_capacity"), (p.HonourScale, "honour_scale"), (p.ConflictCost, "conflict_cost"), (p.Psi, "psi"),
            (p.AlphaAudiencePrivate, "alpha_audience.private"), (p.AlphaAudienceLeak, "alpha_audience.leak"),
            (p.AlphaAudiencePublic, "alpha_audience.public"), (p.AlphaAudienceJoint, "alpha_audience.joint"), (p.AlphaDisown, "alpha_disown"),
            (p.AlphaFacePrivate, "alpha_face.private"), (p.AlphaFaceLeak, "alpha_face.leak"), (p.AlphaFacePublic, "alpha_face.public"),
            (p.AlphaFaceJoint, "alpha_face.joint"), (p.ResolveSpread, "resolve_spread"), (p.Lambda, "lambda"), (p.NoDealCost, "no_deal_cost"),
            (p.SummitNoDealCost, "summit_no_deal_cost"), (p.DelayBase, "delay_base"), (p.DelayBenefit, "delay_benefit"),
            (p.SummitBoost, "summit_boost"), (p.LeverageScale, "leverage_scale"),
        })
        {
            NotNegative(value, $"{at}.{key}", key);
        }
        foreach (var (value, key) in new[]
        {
            (p.Success, "success"), (p.Tremble, "tremble"), (p.ThetaMove, "theta_move"), (p.Discount, "discount"),
            (p.TauAgree, "tau_agree"), (p.Exposure, "exposure"),
        })
        {
            Probability(value, $"{at}.{key}", key);
        }
        if (p.SummitRounds < 0)
        {
            Add($"{at}.summit_rounds", $"summit_rounds must be 0 or more (got {p.SummitRounds})");
        }
        if (p.UnilateralGrid < 1)
        {
            Add($"{at}.unilateral_grid", $"unilateral_grid must be at least 1 interval (got {p.UnilateralGrid})");
        }
    }

    private void Traits()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _layer.Actors.Count; i++)
        {
            var t = _layer.Actors[i];
            var at = $"{Root}.actors[{i}]";
            if (KnownParty(t.Actor, at) && !seen.Add(t.Actor))
            {
                Add(at, $"the traits of '{t.Actor}' are given twice");
            }
            foreach (var (value, key) in new[] { (t.AudienceCapacity, "audience_capacity"), (t.HonourScale, "honour_scale"), (t.ConflictCost, "conflict_cost"), (t.Psi, "psi") })
            {
                if (value is { } v)
                {
                    NotNegative(v, $"{at}.{key}", $"{key} of '{t.Actor}'");
                }
            }
            FactionTraits(t, at);
        }
    }

    // A faction's traits name a faction declared on the actor; a weight given again must agree with the declaration.
    private void FactionTraits(ActorTraits t, string at)
    {
        if (t.Factions.Count == 0)
        {
            return;
        }
        if (!_actors.TryGetValue(t.Actor, out var actor))
        {
            return;
        }
        var total = actor.Factions.Sum(f => f.Weight);
        for (var k = 0; k < t.Factions.Count; k++)
        {
            var ft = t.Factions[k];
            var fat = $"{at}.factions[{k}]";
            var declared = actor.Factions.FirstOrDefault(f => f.Name == ft.Name);
            if (declared is null)
            {
                Add(fat, actor.Factions.Count == 0
                    ? $"actor '{actor.Id}' declares no factions; declare '{ft.Name}' with its weight and positions under the actor's factions"
                    : $"actor '{actor.Id}' has no faction '{ft.Name}'{Suggest(ft.Name, actor.Factions.Select(f => f.Name))}");
                continue;
            }
            if (ft.Weight is { } w && Math.Abs(w - declared.Weight / total) > 1e-9 && Math.Abs(w - declared.Weight) > 1e-9)
            {
                Add($"{fat}.weight", $"weight {Show(w)} of faction '{actor.Id}.{ft.Name}' differs from the weight declared on the actor ({Show(declared.Weight)})");
            }
            foreach (var (value, key) in new[] { (ft.AudienceCapacity, "audience_capacity"), (ft.HonourScale, "honour_scale"), (ft.Psi, "psi") })
            {
                if (value is { } v)
                {
                    NotNegative(v, $"{fat}.{key}", $"{key} of '{actor.Id}.{ft.Name}'");
                }
            }
        }
    }

    /// <summary>Whether <paramref name="id"/> can hold beliefs: an actor, or a faction declared <c>observer: true</c>.</summary>
    private bool Observer(string id, string path)
    {
        if (!id.Contains('.', StringComparison.Ordinal) || IsObserverFaction(id))
        {
            return true;
        }
        Add(path, $"faction '{id}' holds no beliefs of its own; declare it an observer (diplomacy.actors.{id[..id.IndexOf('.', StringComparison.Ordinal)]}.factions.{id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..]}: {{ observer: true }}) or name its actor");
        return false;
    }

    private bool IsObserverFaction(string id)
    {
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        return _layer.Actors.Any(t => t.Actor == id[..dot] && t.Factions.Any(f => f.Name == id[(dot + 1)..] && f.Observer));
    }

    private void Perceptions()
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < _layer.Perceptions.Count; i++)
        {
            var p = _layer.Perceptions[i];
            var at = $"{Root}.perceptions[{i}]";
            var known = KnownParty(p.Observer, $"{at}.observer") & KnownParty(p.Of, $"{at}.of");
            known = known && Observer(p.Observer, $"{at}.observer");
            if (known && p.Observer == p.Of)
            {
                Add($"{at}.of", $"'{p.Observer}' knows its own audience capacity; a perception is about another actor");
            }
            else if (known && !seen.Add((p.Observer, p.Of)))
            {
                Add(at, $"the perception of '{p.Observer}' about '{p.Of}' is given twice");
            }
            NotNegative(p.AudienceCapacity, $"{at}.audience_capacity", "a perceived audience capacity");
        }
    }

    private void Events()
    {
        for (var i = 0; i < _layer.Events.Count; i++)
        {
            var e = _layer.Events[i];
            var at = $"{Root}.events[{i}]";
            RoundFromOne(e.Round, $"{at}.round", $"the disowning of '{e.Disown}'");
            var leak = _layer.Signals.FirstOrDefault(c => c.Id == e.Disown);
            if (leak is null)
            {
                Add($"{at}.disown", $"unknown signal '{e.Disown}'{Suggest(e.Disown, _layer.Signals.Select(c => c.Id))}");
            }
            else if (leak.Channel != Diplomacy.Channel.Leak)
            {
                Add($"{at}.disown", $"only a leak can be disowned; signal '{e.Disown}' goes through channel '{Diplomacy.Channels.NameOf(leak.Channel)}'");
            }
            else if (e.Round < leak.Round)
            {
                Add($"{at}.round", $"leak '{e.Disown}' is disowned in round {e.Round}, before it is sent in round {leak.Round}");
            }
        }
    }

    private void Watch()
    {
        for (var i = 0; i < _layer.Watch.Count; i++)
        {
            var w = _layer.Watch[i];
            var at = $"{Root}.outputs.watch[{i}]";
            var known = KnownParty(w.Observer, $"{at}.observer") & KnownParty(w.About, $"{at}.about");
            known = known && Observer(w.Observer, $"{at}.observer");
            if (known && w.Observer == w.About)
            {
                Add($"{at}.about", $"'{w.Observer}' knows its own type; watch a belief about another actor");
            }
            DimensionIssue(w.Dimension, w.Issue, at, "a watched belief");
        }
    }

    /// <summary>A resolve is per issue; reciprocity is one number per actor.</summary>
    private void DimensionIssue(TypeDimension dimension, string? issue, string at, string what)
    {
        if (dimension == TypeDimension.Resolve && issue is null)
        {
            Add($"{at}.issue", $"{what} on resolve (dim r) names its issue");
        }
        else if (dimension == TypeDimension.Reciprocity && issue is not null)
        {
            Add($"{at}.issue", $"{what} on reciprocity (dim q) names no issue: reciprocity is one number per actor");
        }
        else if (issue is not null)
        {
            KnownIssue(issue, $"{at}.issue");
        }
    }

    private bool KnownParty(string id, string path)
    {
        if (_parties.Contains(id))
        {
            return true;
        }
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && _actors.TryGetValue(id[..dot], out var actor))
        {
            var faction = id[(dot + 1)..];
            Add(path, actor.Factions.Count == 0
                ? $"actor '{actor.Id}' has no factions, so '{id}' names nothing; factions are declared on the actor"
                : $"actor '{actor.Id}' has no faction '{faction}'{Suggest(faction, actor.Factions.Select(f => f.Name))}");
            return false;
        }
        Add(path, $"unknown actor '{id}'{Suggest(id, _actors.Keys)}");
        return false;
    }

    private bool KnownIssue(string id, string path)
    {
        if (_issues.Contains(id))
        {
            return true;
        }
        Add(path, $"unknown issue '{id}'{Suggest(id, _issues)}");
        return false;
    }

    private void OnScale(double value, string? issueId, string path, string what)
    {
        if (issueId is not null && _s.FindIssue(issueId) is { } issue && !(value >= issue.Scale.Min && value <= issue.Scale.Max))
        {
            Add(path, $"{what} {Show(value)} lies outside the scale [{Show(issue.Scale.Min)}, {Show(issue.Scale.Max)}] of issue '{issueId}'");
        }
    }

    private void NotNegative(double value, string path, string what)
    {
        if (!(double.IsFinite(value) && value >= 0))
        {
            Add(path, $"{what} must be finite and not negative (got {Show(value)})");
        }
    }

    private void Probability(double value, string path, string what)
    {
        if (!(value >= 0 && value <= 1))
        {
            Add(path, $"{what} must lie in [0, 1] (got {Show(value)})");
        }
    }

    private void RoundFromOne(int round, string path, string what)
    {
        if (round < 1)
        {
            Add(path, $"{what} is scheduled at round {round}; rounds start at 1");
        }
    }

    private void Add(string path, string message, Severity severity = Severity.Error) => _problems.Add(new(path, message, severity));

    private static string Suggest(string given, IEnumerable<string> known)
    {
        var best = Spelling.Nearest(given, known);
        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    // Twelve digits: grid points computed as s + k·w print as the analyst wrote them, not as 0.7000000000000001.
    private static string Show(double value) => value.ToString("G12", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Entente.Domain.Diplomacy;

namespace Entente.Domain.Validation;

/// <summary>
/// Checks the diplomacy sections of a scenario: every reference names an actor or issue that exists and
/// takes part where it must, every number lies in its range, nothing is scheduled after a deadline, and
/// every variant patches something that exists.
/// </summary>
internal sealed class DiplomacyValidator
{
    private readonly Scenario _s;
    private readonly List<ScenarioProblem> _problems;
    private readonly HashSet<string> _actors;
    private readonly HashSet<string> _issues;
    private readonly HashSet<(string Actor, string Issue)> _stances;

    private DiplomacyValidator(Scenario scenario, List<ScenarioProblem> problems)
    {
        _s = scenario;
        _problems = problems;
        _actors = scenario.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        _issues = scenario.Issues.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        _stances = scenario.Stances.Select(s => (s.ActorId, s.IssueId)).ToHashSet();
    }

    public static void Check(Scenario scenario, List<ScenarioProblem> problems)
    {
        var v = new DiplomacyValidator(scenario, problems);
        v.Factions();
        v.Perceptions();
        var deadline = v.Deadline();
        var signals = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Signals.Count; i++)
        {
            v.Signal(scenario.Signals[i], $"signals[{i}]", signals, deadline);
        }
        var commitments = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Commitments.Count; i++)
        {
            v.Commitment(scenario.Commitments[i], $"commitments[{i}]", commitments, deadline);
        }
        v.Coalitions();
        var events = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Timeline.Count; i++)
        {
            v.Event(scenario.Timeline[i], $"timeline[{i}]", events, deadline);
        }
        // A version-2 layer read from the file has signals of its own that a variant may patch; a mapped one has
        // the version-1 signals' ids, already counted.
        var negotiations = new HashSet<string>(StringComparer.Ordinal);
        if (scenario.Strategic is { FromVersion1: false } layer)
        {
            signals.UnionWith(layer.Signals.Select(c => c.Id));
            negotiations.UnionWith(layer.Negotiations.Select(n => n.Id));
        }
        v.Variants(signals, commitments, events, negotiations);
        if (scenario.Diplomacy is { } settings)
        {
            v.Settings(settings);
        }
    }

    private void Factions()
    {
        for (var a = 0; a < _s.Actors.Count; a++)
        {
            var actor = _s.Actors[a];
            var at = $"actors[{a}]";
            if (actor.Reputation is { } rho && !(rho >= 0 && rho <= 1))
            {
                Add($"{at}.reputation", $"reputation of actor '{actor.Id}' must lie in [0, 1] (got {Show(rho)})");
            }
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < actor.Factions.Count; f++)
            {
                var faction = actor.Factions[f];
                var fat = $"{at}.factions[{f}]";
                if (string.IsNullOrWhiteSpace(faction.Name))
                {
                    Add($"{fat}.name", $"a faction of actor '{actor.Id}' needs a name");
                }
                else if (!names.Add(faction.Name))
                {
                    Add($"{fat}.name", $"actor '{actor.Id}' has two factions named '{faction.Name}'");
                }
                if (!(double.IsFinite(faction.Weight) && faction.Weight > 0))
                {
                    Add($"{fat}.weight", $"weight of faction '{faction.Name}' of actor '{actor.Id}' must be positive and finite (got {Show(faction.Weight)})");
                }
                for (var p = 0; p < faction.Positions.Count; p++)
                {
                    var position = faction.Positions[p];
                    var pat = $"{fat}.positions[{p}]";
                    if (!IssueTakenPart(actor.Id, position.Issue, pat, $"faction '{faction.Name}' of actor '{actor.Id}'"))
                    {
                        continue;
                    }
                    OnScale(position.Position, position.Issue, pat, $"position of faction '{faction.Name}'");
                }
            }
            if (actor.Factions.Count == 1)
            {
                Add($"{at}.factions", $"actor '{actor.Id}' has a single faction; a composite actor needs two or more", Severity.Warning);
            }
            if (actor.Factions.Count == 0)
            {
                continue;
            }
            foreach (var stance in _s.Stances.Where(s => s.ActorId == actor.Id))
            {
                if (FactionMath.MeanPosition(_s, actor, stance.IssueId) is { } mean && Math.Abs(mean - stance.Position) > 1e-9 * Math.Max(1, Math.Abs(mean)))
                {
                    var k = _s.Stances.ToList().IndexOf(stance);
                    Add($"stances[{k}].position",
                        $"position {Show(stance.Position)} of composite actor '{actor.Id}' on issue '{stance.IssueId}' differs from its factions' weighted mean {Show(mean)}; the factions' mean is used",
                        Severity.Warning);
                }
            }
        }
    }

    private void Perceptions()
    {
        var seen = new HashSet<(string, string, string)>();
        for (var i = 0; i < _s.Perceptions.Count; i++)
        {
            var p = _s.Perceptions[i];
            var at = $"perceptions[{i}]";
            var observerKnown = KnownActor(p.Observer, $"{at}.observer");
            if (KnownActor(p.Actor, $"{at}.actor") && observerKnown && p.Observer == p.Actor)
            {
                Add($"{at}.actor", $"observer '{p.Observer}' knows its own stance; a perception is about another actor");
            }
            if (!IssueTakenPart(p.Actor, p.Issue, $"{at}.issue", $"actor '{p.Actor}'"))
            {
                continue;
            }
            if (!seen.Add((p.Observer, p.Actor, p.Issue)))
            {
                Add(at, $"the perception of '{p.Observer}' about '{p.Actor}' on issue '{p.Issue}' is given twice");
            }
            if (p.Position is { } x)
            {
                OnScale(x, p.Issue, $"{at}.position", "believed position");
            }
            if (p.Salience is { } salience)
            {
                SalienceInRange(salience, $"{at}.salience", "believed salience");
            }
            if (p.Confidence is { } kappa && !(double.IsFinite(kappa) && kappa >= 0))
            {
                Add($"{at}.confidence", $"confidence must be a finite number of pseudo-observations, 0 or more (got {Show(kappa)}); leave it out for complete certainty");
            }
            if (p.Position is null && p.Salience is null && p.Confidence is null)
            {
                Add(at, "this perception changes nothing: give a believed position, salience or a confidence", Severity.Warning);
            }
        }
    }

    private int? Deadline()
    {
        int? deadline = null;
        foreach (var e in _s.Timeline)
        {
            if (e.Kind == EventKind.Deadline || (e.Kind == EventKind.Summit && e.Deadline))
            {
                deadline = deadline is { } d ? Math.Min(d, e.Round) : e.Round;
            }
        }
        return deadline;
    }

    private void Signal(Signal signal, string at, HashSet<string> ids, int? deadline)
    {
        CheckId(signal.Id, "signal", $"{at}.id", ids);
        if (signal.Senders.Count == 0)
        {
            Add($"{at}.from", $"signal '{signal.Id}' has no sender");
        }
        if (signal.Channel != Channel.Joint && signal.Senders.Count > 1)
        {
            Add($"{at}.from", $"signal '{signal.Id}' has {signal.Senders.Count} senders; only a joint signal has several");
        }
        for (var k = 0; k < signal.Senders.Count; k++)
        {
            if (KnownActor(signal.Senders[k], $"{at}.from[{k}]"))
            {
                IssueTakenPart(signal.Senders[k], signal.Issue, $"{at}.issue", $"sender '{signal.Senders[k]}' of signal '{signal.Id}'");
            }
        }
        if (signal.Channel == Channel.Private && signal.Recipients.Count == 0)
        {
            Add($"{at}.to", $"private signal '{signal.Id}' names no recipient");
        }
        if (signal.Channel != Channel.Private && signal.Recipients.Count > 0)
        {
            Add($"{at}.to", $"signal '{signal.Id}' goes through channel '{Channels.NameOf(signal.Channel)}', which everyone hears; recipients apply only to private signals");
        }
        for (var k = 0; k < signal.Recipients.Count; k++)
        {
            if (KnownActor(signal.Recipients[k], $"{at}.to[{k}]") && signal.Senders.Contains(signal.Recipients[k]))
            {
                Add($"{at}.to[{k}]", $"signal '{signal.Id}' is sent to its own sender '{signal.Recipients[k]}'");
            }
        }
        if (signal.Position is null && signal.Salience is null)
        {
            Add(at, $"signal '{signal.Id}' claims nothing: give a position, a salience or both");
        }
        if (signal.Position is { } y && _issues.Contains(signal.Issue))
        {
            OnScale(y, signal.Issue, $"{at}.position", $"claimed position of signal '{signal.Id}'");
        }
        if (signal.Salience is { } salience)
        {
            SalienceInRange(salience, $"{at}.salience", $"claimed salience of signal '{signal.Id}'");
        }
        if (!(double.IsFinite(signal.Strength) && signal.Strength >= 0))
        {
            Add($"{at}.strength", $"strength of signal '{signal.Id}' must be finite and not negative (got {Show(signal.Strength)})");
        }
        Round(signal.Round, $"{at}.round", $"signal '{signal.Id}'", deadline, minimum: 1);
    }

    private void Commitment(Commitment c, string at, HashSet<string> ids, int? deadline)
    {
        CheckId(c.Id, "commitment", $"{at}.id", ids);
        if (KnownActor(c.Actor, $"{at}.actor"))
        {
            IssueTakenPart(c.Actor, c.Issue, $"{at}.issue", $"actor '{c.Actor}' of commitment '{c.Id}'");
        }
        if (KnownActor(c.Target, $"{at}.target"))
        {
            IssueTakenPart(c.Target, c.ConditionIssue, $"{at}.conditionIssue", $"target '{c.Target}' of commitment '{c.Id}'");
        }
        if (c.Actor == c.Target && _actors.Contains(c.Actor))
        {
            Add($"{at}.target", $"commitment '{c.Id}' binds '{c.Actor}' to itself; the target must be another actor");
        }
        if (_issues.Contains(c.ConditionIssue))
        {
            OnScale(c.Threshold, c.ConditionIssue, $"{at}.threshold", $"threshold of commitment '{c.Id}'");
        }
        if (_issues.Contains(c.Issue))
        {
            OnScale(c.MoveTo, c.Issue, $"{at}.moveTo", $"promised position of commitment '{c.Id}'");
        }
        if (c.Credibility is { } w && !(w >= 0 && w <= 1))
        {
            Add($"{at}.credibility", $"credibility of commitment '{c.Id}' must lie in [0, 1] (got {Show(w)})");
        }
        Round(c.ByRound, $"{at}.byRound", $"commitment '{c.Id}'", deadline, minimum: 1);
    }

    private void Coalitions()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _s.Coalitions.Count; i++)
        {
            var c = _s.Coalitions[i];
            var at = $"coalitions[{i}]";
            CheckId(c.Id, "coalition", $"{at}.id", ids);
            if (c.Members.Count < 2)
            {
                Add($"{at}.members", $"coalition '{c.Id}' needs at least two members");
            }
            var members = new HashSet<string>(StringComparer.Ordinal);
            for (var m = 0; m < c.Members.Count; m++)
            {
                if (KnownActor(c.Members[m], $"{at}.members[{m}]") && !members.Add(c.Members[m]))
                {
                    Add($"{at}.members[{m}]", $"coalition '{c.Id}' lists '{c.Members[m]}' twice");
                }
            }
            if (c.CohesionBand is { } band && !(band >= 0 && band <= 1))
            {
                Add($"{at}.cohesionBand", $"cohesion band of coalition '{c.Id}' is a share of Δ in [0, 1] (got {Show(band)})");
            }
        }
    }

    private void Event(TimelineEvent e, string at, HashSet<string> ids, int? deadline)
    {
        CheckId(e.Id, "event", $"{at}.id", ids);
        var kind = EventKinds.NameOf(e.Kind);
        var ownDeadline = e.Kind == EventKind.Deadline || (e.Kind == EventKind.Summit && e.Deadline);
        Round(e.Round, $"{at}.round", $"{kind} '{e.Id}'", ownDeadline ? null : deadline, minimum: e.Kind == EventKind.Deadline ? 0 : 1);
        for (var k = 0; k < e.Actors.Count; k++)
        {
            KnownActor(e.Actors[k], $"{at}.actors[{k}]");
        }
        for (var k = 0; k < e.Issues.Count; k++)
        {
            KnownIssue(e.Issues[k], $"{at}.issues[{k}]");
        }
        var needsOneActor = e.Kind is EventKind.Shock or EventKind.Entry or EventKind.Exit;
        if (needsOneActor && e.Actors.Count != 1)
        {
            Add($"{at}.actors", $"a {kind} concerns exactly one actor (got {e.Actors.Count})");
        }
        if (e.Kind == EventKind.Deadline && e.Actors.Count > 0)
        {
            Add($"{at}.actors", "a deadline applies to everyone; it names no actors");
        }
        if (e.Kind != EventKind.Summit && e.Kind != EventKind.Shock && e.Issues.Count > 0)
        {
            Add($"{at}.issues", $"a {kind} names no issues");
        }
        if (e.Kind != EventKind.Summit && (e.SalienceBoost is not null || e.Undo || e.Deadline))
        {
            Add($"{at}.{(e.SalienceBoost is not null ? "salienceBoost" : e.Undo ? "undo" : "deadline")}", $"salienceBoost, undo and deadline apply only to a summit, not to a {kind}");
        }
        if (e.Kind == EventKind.Summit)
        {
            if (e.SalienceBoost is { } boost)
            {
                SalienceInRange(boost, $"{at}.salienceBoost", "salience boost");
            }
            else if (!e.Deadline)
            {
                Add(at, $"summit '{e.Id}' neither boosts salience nor sets a deadline", Severity.Warning);
            }
        }
        if (e.Kind != EventKind.Shock && (e.Position is not null || e.Salience is not null || e.Capability is not null))
        {
            Add(at, $"position, salience and capability apply only to a shock, not to a {kind}");
        }
        if (e.Kind == EventKind.Shock)
        {
            if (e.Issues.Count != 1)
            {
                Add($"{at}.issues", $"a shock concerns exactly one issue (got {e.Issues.Count})");
            }
            else if (e.Actors.Count == 1 && IssueTakenPart(e.Actors[0], e.Issues[0], $"{at}.issues[0]", $"actor '{e.Actors[0]}' of shock '{e.Id}'"))
            {
                if (e.Position is { } x)
                {
                    OnScale(x, e.Issues[0], $"{at}.position", "position after the shock");
                }
            }
            if (e.Salience is { } salience)
            {
                SalienceInRange(salience, $"{at}.salience", "salience after the shock");
            }
            if (e.Capability is { } capability && !(double.IsFinite(capability) && capability > 0))
            {
                Add($"{at}.capability", $"capability after the shock must be positive and finite (got {Show(capability)})");
            }
            if (e.Position is null && e.Salience is null && e.Capability is null)
            {
                Add(at, $"shock '{e.Id}' changes nothing: give a position, salience or capability");
            }
        }
    }

    private HashSet<string>? _baseMessages;

    private void Variants(HashSet<string> signals, HashSet<string> commitments, HashSet<string> events, HashSet<string> negotiations)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _s.Variants.Count; i++)
        {
            var variant = _s.Variants[i];
            var at = $"variants[{i}]";
            CheckId(variant.Name, "variant", $"{at}.name", names);
            if (variant.Patches.Count == 0)
            {
                Add($"{at}.patches", $"variant '{variant.Name}' patches nothing", Severity.Warning);
            }
            for (var p = 0; p < variant.Patches.Count; p++)
            {
                Patch(variant.Name, variant.Patches[p], $"{at}.patches[{p}]", signals, commitments, events, negotiations);
            }
            // The patched scenario must itself be sound: an added signal to an unknown actor is as wrong as one in the base.
            if (variant.Patches.Count > 0 && !_problems.Any(x => x.Path.StartsWith(at, StringComparison.Ordinal)))
            {
                var patched = VariantPatcher.Apply(_s, variant.Name);
                // The base's own mistakes are reported once, where the file makes them, not again for every variant (a
                // dropped element renumbers the paths, so they are recognised by their message).
                _baseMessages ??= [.. ScenarioValidator.Validate(_s with { Variants = ValueList<Variant>.Empty }).Select(x => x.Message)];
                foreach (var problem in ScenarioValidator.Validate(patched).Where(x => x.Severity == Severity.Error
                    && !_problems.Any(b => b.Path == x.Path && b.Message == x.Message) && !_baseMessages.Contains(x.Message)))
                {
                    Add($"{at}.patches", $"variant '{variant.Name}' makes the scenario invalid: {problem.Path}: {problem.Message}");
                }
            }
        }
    }

    private void Patch(string variant, VariantPatch patch, string at, HashSet<string> signals, HashSet<string> commitments, HashSet<string> events,
        HashSet<string> negotiations)
    {
        var name = PatchKinds.NameOf(patch.Kind);
        var (known, what) = patch.Kind switch
        {
            PatchKind.DropSignal or PatchKind.SetChannel => (signals, "signal"),
            PatchKind.DropCommitment => (commitments, "commitment"),
            PatchKind.DropEvent => (events, "event"),
            PatchKind.UnifyFactions or PatchKind.DropPerceptions => (_actors, "actor"),
            PatchKind.DropNegotiation => (negotiations, "negotiation"),
            _ => (null, ""),
        };
        if (known is not null)
        {
            if (patch.Target is not { } target || !known.Contains(target))
            {
                var hint = patch.Target is null ? "" : Suggest(patch.Target, known);
                Add($"{at}.{name}", $"variant '{variant}' patches {what} '{patch.Target}', which does not exist{hint}");
            }
            else if (patch.Kind == PatchKind.UnifyFactions && _s.FindActor(target) is { Factions.Count: 0 })
            {
                Add($"{at}.{name}", $"variant '{variant}' unifies actor '{target}', which has no factions");
            }
            else if (patch.Kind == PatchKind.DropPerceptions && !_s.Perceptions.Any(p => p.Observer == target))
            {
                Add($"{at}.{name}", $"variant '{variant}' drops the perceptions of '{target}', which holds none");
            }
        }
        if (patch.Kind == PatchKind.SetChannel)
        {
            if (patch.Channel is null)
            {
                Add($"{at}.{name}.channel", $"variant '{variant}' changes the channel of signal '{patch.Target}' but names no channel");
            }
            for (var k = 0; k < patch.Recipients.Count; k++)
            {
                KnownActor(patch.Recipients[k], $"{at}.{name}.to[{k}]");
            }
        }
    }

    private void Settings(DiplomacySettings d)
    {
        foreach (var (value, name) in new[]
        {
            (d.PrivateAudienceCost, "audienceCost.private"), (d.LeakAudienceCost, "audienceCost.leak"),
            (d.PublicAudienceCost, "audienceCost.public"), (d.JointAudienceCost, "audienceCost.joint"),
        })
        {
            if (!(double.IsFinite(value) && value >= 0))
            {
                Add($"diplomacy.{name}", $"an audience cost must be finite and not negative (got {Show(value)})");
            }
        }
        foreach (var (value, name) in new[]
        {
            (d.PrivateCredibility, "credibility.private"), (d.LeakCredibility, "credibility.leak"),
            (d.PublicCredibility, "credibility.public"), (d.JointCredibility, "credibility.joint"),
            (d.ReputationMemory, "reputationMemory"), (d.CohesionBand, "cohesionBand"), (d.AgreementThreshold, "agreementThreshold"),
        })
        {
            if (!(value >= 0 && value <= 1))
            {
                Add($"diplomacy.{name}", $"{name} must lie in [0, 1] (got {Show(value)})");
            }
        }
        if (d.DefaultConfidence is { } kappa && !(double.IsFinite(kappa) && kappa >= 0))
        {
            Add("diplomacy.defaultConfidence", $"default confidence must be finite and not negative (got {Show(kappa)}); leave it out for complete information");
        }
    }

    private void Round(int round, string path, string what, int? deadline, int minimum)
    {
        if (round < minimum)
        {
            Add(path, $"{what} is scheduled at round {round}; rounds start at {minimum}");
        }
        else if (deadline is { } d && round > d)
        {
            Add(path, $"{what} is scheduled at round {round}, after the deadline at round {d}");
        }
    }

    private bool KnownActor(string id, string path)
    {
        if (_actors.Contains(id))
        {
            return true;
        }
        Add(path, $"unknown actor '{id}'{Suggest(id, _actors)}");
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

    /// <summary>Whether <paramref name="actor"/> (already known or reported) takes part in <paramref name="issue"/>; reports when not.</summary>
    private bool IssueTakenPart(string actor, string issue, string path, string who)
    {
        if (!KnownIssue(issue, path) || !_actors.Contains(actor))
        {
            return false;
        }
        if (!_stances.Contains((actor, issue)))
        {
            Add(path, $"{who} is not in issue '{issue}' (it has no position there)");
            return false;
        }
        return true;
    }

    private void OnScale(double value, string issueId, string path, string what)
    {
        var issue = _s.FindIssue(issueId);
        if (issue is null || !(issue.Scale.Min < issue.Scale.Max))
        {
            return;
        }
        if (!(double.IsFinite(value) && issue.Scale.Contains(value)))
        {
            Add(path, $"{what} {Show(value)} lies outside the scale [{Show(issue.Scale.Min)}, {Show(issue.Scale.Max)}] of issue '{issueId}'");
        }
    }

    private void SalienceInRange(double value, string path, string what)
    {
        if (!(double.IsFinite(value) && value >= 0 && value <= _s.SalienceCeiling))
        {
            Add(path, $"{what} {Show(value)} lies outside [0, {Show(_s.SalienceCeiling)}]");
        }
    }

    private void CheckId(string id, string kind, string path, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(path, $"{kind} id must not be empty");
        }
        else if (!seen.Add(id))
        {
            Add(path, $"duplicate {kind} id '{id}'");
        }
    }

    private void Add(string path, string message, Severity severity = Severity.Error) => _problems.Add(new(path, message, severity));

    private static string Suggest(string given, IEnumerable<string> known) =>
        Spelling.Nearest(given, known) is { } best ? $" (did you mean '{best}'?)" : "";

    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}

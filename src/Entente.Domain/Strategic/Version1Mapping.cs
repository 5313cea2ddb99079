using System.Globalization;
using Entente.Domain;
using Entente.Domain.Diplomacy;

namespace Entente.Domain.Strategic;

/// <summary>
/// Maps a scenario's version-1 diplomacy sections onto the version-2 layer (specification §16). Version-1
/// files keep loading; their results differ by design, so every mapped or dropped element gets a warning
/// at its place in the file. The version-1 sections themselves are left as they are, so that a variant can
/// patch them and the model map them again.
/// </summary>
public static class Version1Mapping
{
    /// <summary>
    /// Maps <paramref name="scenario"/>'s perceptions, signals, commitments, coalitions, timeline, reputations,
    /// factions and settings. A pure function: each note names the path of its version-1 element;
    /// <paramref name="given"/> tells which settings the file wrote (none when null). It never throws on an
    /// invalid scenario; what cannot be mapped is skipped.
    /// </summary>
    public static Version1Mapped Map(Scenario scenario, Func<string, bool>? given = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var mapper = new Mapper(scenario, given ?? (_ => false));
        return mapper.Run();
    }

    /// <summary>w = 0.3/√(κ+1): the spread of an <c>uncertain</c> prior carrying a version-1 confidence κ (κ = 3 gives the default 0.15).</summary>
    public static double SpreadOf(double confidence) => 0.3 / Math.Sqrt(confidence + 1);

    /// <summary>The capability × salience weighted mean of positions (the plain mean when every weight is 0); null for none.</summary>
    public static double? WeightedPosition(IReadOnlyList<(double Position, double Weight)> stances)
    {
        ArgumentNullException.ThrowIfNull(stances);
        if (stances.Count == 0)
        {
            return null;
        }
        var total = stances.Sum(s => s.Weight);
        return total > 0 ? stances.Sum(s => s.Position * s.Weight) / total : stances.Average(s => s.Position);
    }

    private sealed class Mapper(Scenario s, Func<string, bool> given)
    {
        // A believed salience of 0 cannot be a resolve (r lies in (0, 1]); §2.3 clips grids to this floor.
        private const double ResolveFloor = 0.05;

        private readonly List<TypeDeclaration> _types = [];
        private readonly List<BeliefDeclaration> _beliefs = [];
        private readonly List<Claim> _claims = [];
        private readonly List<Negotiation> _negotiations = [];
        private readonly List<MappingNote> _warnings = [];
        private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public Version1Mapped Run()
        {
            Actors();
            Perceptions();
            Signals();
            Commitments();
            Coalitions();
            Timeline();
            var parameters = Settings();
            var layer = new StrategicLayer
            {
                Parameters = parameters,
                Types = new(_types),
                Beliefs = new(_beliefs),
                Signals = new(_claims),
                Negotiations = new(_negotiations),
            };
            return new Version1Mapped(layer with { FromVersion1 = true }, [.. _warnings], _origins);
        }

        private void Actors()
        {
            for (var a = 0; a < s.Actors.Count; a++)
            {
                var actor = s.Actors[a];
                if (actor.Factions.Count > 0)
                {
                    Warn($"actors[{a}].factions",
                        $"actor '{actor.Id}' stays a composite of its factions {string.Join(", ", actor.Factions.Select(f => f.Name))}; version 2 drops the unity discount on its capability");
                }
                if (actor.Reputation is { } rho)
                {
                    _origins[$"diplomacy.types[{_types.Count}]"] = $"actors[{a}].reputation";
                    _types.Add(new TypeDeclaration
                    {
                        Of = actor.Id,
                        Dimension = TypeDimension.Reciprocity,
                        Prior = new TypePrior { Reputation = rho },
                    });
                    Warn($"actors[{a}].reputation",
                        $"reputation {Show(rho)} of '{actor.Id}' becomes a prior on its reciprocity q: reputation {Show(rho)} (q = 0, ½, 1 weighted {Show((1 - rho) * (1 - rho))}, {Show(2 * rho * (1 - rho))}, {Show(rho * rho)}); the reputation memory λ no longer applies");
                }
            }
        }

        private void Perceptions()
        {
            var fallback = s.Diplomacy?.DefaultConfidence;
            for (var i = 0; i < s.Perceptions.Count; i++)
            {
                var p = s.Perceptions[i];
                var at = $"perceptions[{i}]";
                if (p.Position is { } x)
                {
                    Warn($"{at}.position",
                        $"the position {Show(x)} that '{p.Observer}' believes '{p.Actor}' holds on '{p.Issue}' is dropped: version 2 has no perceived positions (beliefs are about resolve and reciprocity)");
                }
                var kappa = p.Confidence ?? fallback;
                if (p.Salience is null && kappa is null)
                {
                    continue;
                }
                var stance = s.Stances.FirstOrDefault(t => t.ActorId == p.Actor && t.IssueId == p.Issue);
                if ((p.Salience ?? stance?.Salience) is not { } given)
                {
                    continue;
                }
                var believed = given / s.SalienceCeiling;
                var centre = Math.Clamp(believed, ResolveFloor, 1);
                var floored = centre != believed ? $" (the believed salience {Show(believed)} is held at {Show(centre)}, the range of a resolve)" : "";
                TypePrior prior;
                string described;
                if (kappa is { } k)
                {
                    var w = SpreadOf(k);
                    prior = new TypePrior { Uncertain = w, Centre = centre };
                    var source = p.Confidence is null ? "the default confidence" : "confidence";
                    described = $"uncertain: w = 0.3/√(κ+1) = {Show(w)} centred at {Show(centre)} ({source} κ = {Show(k)})";
                }
                else
                {
                    prior = new TypePrior { Point = centre };
                    described = $"point {Show(centre)} (no confidence: certain)";
                }
                _origins[$"diplomacy.beliefs[{_beliefs.Count}]"] = at;
                _beliefs.Add(new BeliefDeclaration
                {
                    Observer = p.Observer,
                    About = p.Actor,
                    Dimension = TypeDimension.Resolve,
                    Issue = p.Issue,
                    Prior = prior,
                });
                Warn(at, $"becomes a belief of '{p.Observer}' about the resolve of '{p.Actor}' on '{p.Issue}': {described}{floored}");
            }
        }

        private void Signals()
        {
            for (var i = 0; i < s.Signals.Count; i++)
            {
                var signal = s.Signals[i];
                var at = $"signals[{i}]";
                if (signal.Position is not { } y)
                {
                    Warn(at, $"signal '{signal.Id}' claims only a salience; version 2 has no claims about salience, so it is dropped");
                    continue;
                }
                var id = UniqueId(signal.Id, "signal");
                var isPrivate = signal.Channel == Channel.Private;
                _origins[$"diplomacy.signals[{_claims.Count}]"] = at;
                _claims.Add(new Claim
                {
                    Id = id,
                    Round = signal.Round,
                    Senders = signal.Senders,
                    To = isPrivate ? signal.Recipients.FirstOrDefault() : null,
                    Cc = isPrivate ? new(signal.Recipients.Skip(1)) : ValueList<string>.Empty,
                    Channel = signal.Channel,
                    Kind = ClaimKind.Stand,
                    Issue = signal.Issue,
                    Level = y,
                    Description = signal.Description,
                });
                var dropped = new List<string> { "the channel's credibility β" };
                if (signal.Strength != 1)
                {
                    dropped.Add($"strength {Show(signal.Strength)}");
                }
                if (signal.Salience is { } claimed)
                {
                    dropped.Add($"claimed salience {Show(claimed)}");
                }
                Warn(at,
                    $"signal '{signal.Id}' becomes {Renamed(signal.Id, id)}a stand by {string.Join(", ", signal.Senders)} on '{signal.Issue}' at {Show(y)} through the {Channels.NameOf(signal.Channel)} channel; dropped: {string.Join(", ", dropped)}");
            }
        }

        private void Commitments()
        {
            for (var i = 0; i < s.Commitments.Count; i++)
            {
                var c = s.Commitments[i];
                var at = $"commitments[{i}]";
                var id = UniqueId(c.Id, "commitment");
                var direction = c.Direction == ConditionDirection.AtLeast ? BoundDirection.AtLeast : BoundDirection.AtMost;
                var bound = new Bound(c.ConditionIssue, direction, c.Threshold);
                var kind = c.Kind == CommitmentKind.Threat ? ClaimKind.Threat : ClaimKind.Promise;
                _origins[$"diplomacy.signals[{_claims.Count}]"] = at;
                _claims.Add(new Claim
                {
                    Id = id,
                    Senders = [c.Actor],
                    To = c.Target,
                    Channel = Channel.Public,
                    Kind = kind,
                    Ask = bound,
                    Condition = new Condition { Actor = c.Target, Issue = c.ConditionIssue, Threshold = bound },
                    Action = new ClaimAction { Issue = c.Issue, To = c.MoveTo },
                    Expires = c.ByRound,
                    Description = c.Description,
                });
                var notes = new List<string>();
                if (c.Channel != Channel.Public)
                {
                    notes.Add($"its channel {Channels.NameOf(c.Channel)} becomes public");
                }
                if (c.Credibility is { } w)
                {
                    notes.Add($"the typed-in credibility {Show(w)} is dropped (credibility now comes from the stage game)");
                }
                var words = direction == BoundDirection.AtLeast ? "at least" : "at most";
                var what = kind == ClaimKind.Threat ? "threat" : "promise";
                Warn(at,
                    $"commitment '{c.Id}' becomes {Renamed(c.Id, id)}a public {what} by '{c.Actor}' to '{c.Target}': condition '{c.Target}' {words} {Show(c.Threshold)} on '{c.ConditionIssue}', action '{c.Issue}' to {Show(c.MoveTo)}, expires after round {c.ByRound}"
                    + (notes.Count > 0 ? "; " + string.Join("; ", notes) : ""));
            }
        }

        private void Coalitions()
        {
            for (var i = 0; i < s.Coalitions.Count; i++)
            {
                var coalition = s.Coalitions[i];
                var at = $"coalitions[{i}]";
                if (!coalition.JointPosition)
                {
                    Warn(at, $"coalition '{coalition.Id}' has no joint position and maps to nothing: version 2 does not pool votes");
                    continue;
                }
                var stands = new List<string>();
                foreach (var issue in s.Issues)
                {
                    var members = coalition.Members.Distinct()
                        .Select(m => (Member: m, Stance: s.Stances.FirstOrDefault(t => t.ActorId == m && t.IssueId == issue.Id)))
                        .Where(m => m.Stance is not null)
                        .ToList();
                    // A joint claim has several senders; where fewer than two members take part, nobody speaks jointly.
                    if (members.Count < 2)
                    {
                        continue;
                    }
                    var level = WeightedPosition(members.Select(m => (m.Stance!.Position, Weight(m.Stance!))).ToList())!.Value;
                    var id = UniqueId($"{coalition.Id}-{issue.Id}", "coalition");
                    _origins[$"diplomacy.signals[{_claims.Count}]"] = at;
                    _claims.Add(new Claim
                    {
                        Id = id,
                        Senders = new(members.Select(m => m.Member)),
                        Channel = Channel.Joint,
                        Kind = ClaimKind.Stand,
                        Issue = issue.Id,
                        Level = level,
                    });
                    stands.Add($"'{id}' by {string.Join(", ", members.Select(m => m.Member))} on '{issue.Id}' at {Show(level)}");
                }
                var made = stands.Count == 0 ? "maps to nothing: no issue has two of its members" : $"becomes joint stands in round 1: {string.Join("; ", stands)}";
                Warn(at, $"coalition '{coalition.Id}' {made} (levels: capability × salience weighted mean positions); pooled votes and the cohesion band are dropped");
            }
        }

        private double Weight(Stance stance)
        {
            var capability = stance.Capability ?? s.FindActor(stance.ActorId)?.Capability ?? 0;
            var weight = capability * stance.Salience;
            return double.IsFinite(weight) && weight > 0 ? weight : 0;
        }

        private void Timeline()
        {
            for (var i = 0; i < s.Timeline.Count; i++)
            {
                var e = s.Timeline[i];
                var kind = EventKinds.NameOf(e.Kind);
                switch (e.Kind)
                {
                    case EventKind.Summit:
                    {
                        // §16: a summit becomes a negotiation with a deadline at its round and a salience boost before it.
                        var parties = e.Actors.Count > 0 ? e.Actors : new ValueList<string>(s.Actors.Select(a => a.Id));
                        var issues = e.Issues.Count > 0 ? e.Issues : new ValueList<string>(s.Issues.Select(x => x.Id));
                        var id = UniqueId(e.Id, "summit");
                        _negotiations.Add(new Negotiation
                        {
                            Id = id,
                            Parties = parties,
                            Issues = issues,
                            Deadline = e.Round,
                            Summit = new Summit(e.SalienceBoost is { } b ? 1 + b : null, 1),
                        });
                        _origins[$"diplomacy.negotiations[{_negotiations.Count - 1}]"] = $"timeline[{i}]";
                        Warn($"timeline[{i}]", $"summit '{e.Id}' becomes the negotiation {Renamed(e.Id, id)}'{id}' among {string.Join(", ", parties)} on {string.Join(", ", issues)} "
                            + $"with a deadline at round {e.Round} and a summit boost ×{Show(e.SalienceBoost is { } f ? 1 + f : 1.25)} in its last round"
                            + (e.SalienceBoost is not null ? " (the version-1 additive boost b becomes the factor 1 + b)" : "")
                            + (e.Deadline ? "; as in version 1, the run stops after it" : ""));
                        break;
                    }
                    case EventKind.Deadline:
                        Warn($"timeline[{i}]", $"deadline '{e.Id}' at round {e.Round} stops the run (§16)");
                        break;
                    case EventKind.Shock:
                        Warn($"timeline[{i}]", $"shock '{e.Id}' is applied as in version 1: at the start of round {e.Round} it sets the named stances");
                        break;
                    default:
                        Warn($"timeline[{i}]", $"{kind} '{e.Id}' is not modelled in version 2 yet (actors join and leave only through the base model); it is ignored");
                        break;
                }
            }
        }

        private LayerParameters Settings()
        {
            var p = new LayerParameters();
            if (s.Diplomacy is not { } d)
            {
                return p;
            }
            p = p with
            {
                AlphaAudiencePrivate = d.PrivateAudienceCost,
                AlphaAudienceLeak = d.LeakAudienceCost,
                AlphaAudiencePublic = d.PublicAudienceCost,
                AlphaAudienceJoint = d.JointAudienceCost,
            };
            if (Given("audienceCost"))
            {
                Warn("diplomacy.audienceCost",
                    $"the audience costs become α_aud: private {Show(d.PrivateAudienceCost)}, leak {Show(d.LeakAudienceCost)} (a leak ties hands at most α_disown = {Show(p.AlphaDisown)}), public {Show(d.PublicAudienceCost)}, joint {Show(d.JointAudienceCost)}");
            }
            if (Given("credibility"))
            {
                Warn("diplomacy.credibility", "the credibilities β per channel are dropped: a claim's credibility now comes from the stage game each observer solves");
            }
            if (Given("reputationMemory"))
            {
                Warn("diplomacy.reputationMemory", "the reputation memory λ is dropped: reputation is now each observer's belief about reciprocity");
            }
            if (Given("cohesionBand"))
            {
                Warn("diplomacy.cohesionBand", "the cohesion band is dropped: version 2 does not pool coalition votes");
            }
            if (Given("agreementThreshold"))
            {
                Warn("diplomacy.agreementThreshold", "the agreement threshold is dropped: agreement is now the probability that a negotiation closes");
            }
            if (d.DefaultConfidence is { } kappa && double.IsFinite(kappa) && kappa >= 0)
            {
                p = p with { ResolveSpread = SpreadOf(kappa) };
                Warn("diplomacy.defaultConfidence",
                    $"the default confidence κ = {Show(kappa)} becomes the resolve spread of undeclared beliefs: 0.3/√(κ+1) = {Show(p.ResolveSpread)}");
            }
            return p;
        }

        private bool Given(string setting) => given($"diplomacy.{setting}");

        private string UniqueId(string wanted, string what)
        {
            var id = wanted;
            for (var n = 2; !_ids.Add(id); n++)
            {
                id = $"{wanted}-{what}{(n == 2 ? "" : n.ToString(CultureInfo.InvariantCulture))}";
            }
            return id;
        }

        private static string Renamed(string wanted, string id) => wanted == id ? "" : $"'{id}' (renamed: signal ids are unique in version 2), ";

        private void Warn(string path, string message)
        {
            _warnings.Add(new MappingNote(path, message));
        }

        private static string Show(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
    }
}

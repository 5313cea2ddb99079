using System.Text;
using Entente.Domain;
using Entente.Domain.Diplomacy;

namespace Entente.Formats;

/// <summary>The diplomacy sections, written so that they read back equal.</summary>
public static partial class YamlScenarioWriter
{
    private static void WriteActorDiplomacy(StringBuilder yaml, Actor actor)
    {
        if (actor.Reputation is { } reputation)
        {
            yaml.Append("    reputation: ").AppendLine(Number(reputation));
        }
        if (actor.Factions.Count == 0)
        {
            return;
        }
        yaml.AppendLine("    factions:");
        foreach (var faction in actor.Factions)
        {
            yaml.Append("      - { name: ").Append(Quote(faction.Name)).Append(", weight: ").Append(Number(faction.Weight))
                .Append(", positions: { ")
                .Append(string.Join(", ", faction.Positions.Select(p => $"{Quote(p.Issue)}: {Number(p.Position)}")))
                .AppendLine(" } }");
        }
    }

    private static void WriteDiplomacy(StringBuilder yaml, Scenario s)
    {
        Section(yaml, "perceptions", s.Perceptions, p =>
        {
            yaml.Append("  - { observer: ").Append(Quote(p.Observer)).Append(", actor: ").Append(Quote(p.Actor))
                .Append(", issue: ").Append(Quote(p.Issue));
            Optional(yaml, "position", p.Position);
            Optional(yaml, "salience", p.Salience);
            Optional(yaml, "confidence", p.Confidence);
            yaml.AppendLine(" }");
        });
        Section(yaml, "signals", s.Signals, signal => WriteSignal(yaml, signal, "  - ", "    "));
        Section(yaml, "commitments", s.Commitments, c => WriteCommitment(yaml, c, "  - ", "    "));
        Section(yaml, "coalitions", s.Coalitions, c =>
        {
            yaml.Append("  - { id: ").Append(Quote(c.Id));
            if (c.Name != c.Id)
            {
                yaml.Append(", name: ").Append(Quote(c.Name));
            }
            yaml.Append(", members: ").Append(List(c.Members)).Append(", jointPosition: ").Append(c.JointPosition ? "true" : "false");
            Optional(yaml, "cohesionBand", c.CohesionBand);
            yaml.AppendLine(" }");
        });
        Section(yaml, "timeline", s.Timeline, e => WriteEvent(yaml, e, "  - ", "    "));
        Section(yaml, "variants", s.Variants, v => WriteVariant(yaml, v));
        if (s.Diplomacy is { } d)
        {
            yaml.AppendLine("diplomacy:");
            yaml.Append("  audienceCost: { private: ").Append(Number(d.PrivateAudienceCost)).Append(", leak: ").Append(Number(d.LeakAudienceCost))
                .Append(", public: ").Append(Number(d.PublicAudienceCost)).Append(", joint: ").Append(Number(d.JointAudienceCost)).AppendLine(" }");
            yaml.Append("  credibility: { private: ").Append(Number(d.PrivateCredibility)).Append(", leak: ").Append(Number(d.LeakCredibility))
                .Append(", public: ").Append(Number(d.PublicCredibility)).Append(", joint: ").Append(Number(d.JointCredibility)).AppendLine(" }");
            yaml.Append("  reputationMemory: ").AppendLine(Number(d.ReputationMemory));
            yaml.Append("  cohesionBand: ").AppendLine(Number(d.CohesionBand));
            yaml.Append("  agreementThreshold: ").AppendLine(Number(d.AgreementThreshold));
            if (d.DefaultConfidence is { } kappa)
            {
                yaml.Append("  defaultConfidence: ").AppendLine(Number(kappa));
            }
        }
    }

    private static void WriteSignal(StringBuilder yaml, Signal signal, string first, string rest)
    {
        yaml.Append(first).Append("id: ").AppendLine(Quote(signal.Id));
        yaml.Append(rest).Append("from: ").AppendLine(List(signal.Senders));
        yaml.Append(rest).Append("issue: ").AppendLine(Quote(signal.Issue));
        Line(yaml, rest, "position", signal.Position);
        Line(yaml, rest, "salience", signal.Salience);
        yaml.Append(rest).Append("channel: ").AppendLine(Channels.NameOf(signal.Channel));
        yaml.Append(rest).Append("round: ").AppendLine(signal.Round.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (signal.Recipients.Count > 0)
        {
            yaml.Append(rest).Append("to: ").AppendLine(List(signal.Recipients));
        }
        if (signal.Strength != 1)
        {
            yaml.Append(rest).Append("strength: ").AppendLine(Number(signal.Strength));
        }
        Text(yaml, rest, "description", signal.Description);
    }

    private static void WriteCommitment(StringBuilder yaml, Commitment c, string first, string rest)
    {
        yaml.Append(first).Append("id: ").AppendLine(Quote(c.Id));
        yaml.Append(rest).Append("kind: ").AppendLine(c.Kind == CommitmentKind.Threat ? "threat" : "promise");
        yaml.Append(rest).Append("actor: ").AppendLine(Quote(c.Actor));
        yaml.Append(rest).Append("target: ").AppendLine(Quote(c.Target));
        yaml.Append(rest).Append("conditionIssue: ").AppendLine(Quote(c.ConditionIssue));
        yaml.Append(rest).Append(c.Direction == ConditionDirection.AtLeast ? "atLeast: " : "atMost: ").AppendLine(Number(c.Threshold));
        yaml.Append(rest).Append("byRound: ").AppendLine(c.ByRound.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yaml.Append(rest).Append("issue: ").AppendLine(Quote(c.Issue));
        yaml.Append(rest).Append("moveTo: ").AppendLine(Number(c.MoveTo));
        yaml.Append(rest).Append("channel: ").AppendLine(Channels.NameOf(c.Channel));
        Line(yaml, rest, "credibility", c.Credibility);
        Text(yaml, rest, "description", c.Description);
    }

    private static void WriteEvent(StringBuilder yaml, TimelineEvent e, string first, string rest)
    {
        yaml.Append(first).Append("id: ").AppendLine(Quote(e.Id));
        yaml.Append(rest).Append("kind: ").AppendLine(EventKinds.NameOf(e.Kind));
        yaml.Append(rest).Append("round: ").AppendLine(e.Round.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (e.Actors.Count > 0)
        {
            yaml.Append(rest).Append("actors: ").AppendLine(List(e.Actors));
        }
        if (e.Issues.Count > 0)
        {
            yaml.Append(rest).Append("issues: ").AppendLine(List(e.Issues));
        }
        Line(yaml, rest, "salienceBoost", e.SalienceBoost);
        if (e.Undo)
        {
            yaml.Append(rest).AppendLine("undo: true");
        }
        if (e.Deadline)
        {
            yaml.Append(rest).AppendLine("deadline: true");
        }
        Line(yaml, rest, "position", e.Position);
        Line(yaml, rest, "salience", e.Salience);
        Line(yaml, rest, "capability", e.Capability);
        Text(yaml, rest, "description", e.Description);
    }

    private static void WriteVariant(StringBuilder yaml, Variant v)
    {
        yaml.Append("  - name: ").AppendLine(Quote(v.Name));
        Text(yaml, "    ", "description", v.Description);
        yaml.AppendLine(v.Patches.Count == 0 ? "    patches: []" : "    patches:");
        foreach (var patch in v.Patches)
        {
            var name = PatchKinds.NameOf(patch.Kind);
            switch (patch.Kind)
            {
                case PatchKind.AddSignal when patch.Signal is { } signal:
                    yaml.Append("      - ").Append(name).AppendLine(":");
                    WriteSignal(yaml, signal, "          ", "          ");
                    break;
                case PatchKind.AddCommitment when patch.Commitment is { } commitment:
                    yaml.Append("      - ").Append(name).AppendLine(":");
                    WriteCommitment(yaml, commitment, "          ", "          ");
                    break;
                case PatchKind.AddEvent when patch.Event is { } e:
                    yaml.Append("      - ").Append(name).AppendLine(":");
                    WriteEvent(yaml, e, "          ", "          ");
                    break;
                case PatchKind.SetChannel:
                    yaml.Append("      - ").Append(name).Append(": { signal: ").Append(Quote(patch.Target ?? ""));
                    if (patch.Channel is { } channel)
                    {
                        yaml.Append(", channel: ").Append(Channels.NameOf(channel));
                    }
                    if (patch.Recipients.Count > 0)
                    {
                        yaml.Append(", to: ").Append(List(patch.Recipients));
                    }
                    yaml.AppendLine(" }");
                    break;
                default:
                    yaml.Append("      - { ").Append(name).Append(": ").Append(Quote(patch.Target ?? "")).AppendLine(" }");
                    break;
            }
        }
    }

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A top-level list section, left out when it has no entries so that scenarios without diplomacy read as before.</summary>
    private static void Section<T>(StringBuilder yaml, string key, IReadOnlyList<T> items, Action<T> write)
    {
        if (items.Count == 0)
        {
            return;
        }
        yaml.Append(key).AppendLine(":");
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static void Optional(StringBuilder yaml, string key, double? value)
    {
        if (value is { } v)
        {
            yaml.Append(", ").Append(key).Append(": ").Append(Number(v));
        }
    }

    private static void Line(StringBuilder yaml, string indent, string key, double? value)
    {
        if (value is { } v)
        {
            yaml.Append(indent).Append(key).Append(": ").AppendLine(Number(v));
        }
    }

    private static void Text(StringBuilder yaml, string indent, string key, string? value)
    {
        if (value is { } v)
        {
            yaml.Append(indent).Append(key).Append(": ").AppendLine(Quote(v));
        }
    }
}

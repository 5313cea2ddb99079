using System.Globalization;
using System.Text;
using Entente.Domain;
using Entente.Formats.Text;

namespace Entente.Formats;

/// <summary>
/// Writes a scenario in Entente's YAML format so that reading it back gives an equal scenario.
/// Stances are written under their issue, so a scenario whose stances are not grouped by issue reads
/// back with them grouped (in issue order, each issue's stances in their original order); stances
/// naming no issue of the scenario cannot be written and are left out.
/// </summary>
public static partial class YamlScenarioWriter
{
    /// <summary>The scenario as YAML text.</summary>
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var yaml = new StringBuilder();
        yaml.Append("name: ").AppendLine(Quote(scenario.Name));
        if (scenario.Description is { } description)
        {
            yaml.Append("description: ").AppendLine(Quote(description));
        }
        if (scenario.Sources.Count > 0)
        {
            yaml.AppendLine("sources:");
            foreach (var source in scenario.Sources)
            {
                yaml.Append("  - ").AppendLine(Quote(source));
            }
        }
        yaml.Append("salienceScale: ").AppendLine(scenario.SalienceScale == SalienceScale.Percent ? "percent" : "unit");
        if (scenario.Model is { } model)
        {
            WriteModel(yaml, model);
        }
        yaml.AppendLine(scenario.Actors.Count == 0 ? "actors: []" : "actors:");
        foreach (var actor in scenario.Actors)
        {
            WriteActor(yaml, actor);
        }
        yaml.AppendLine(scenario.Issues.Count == 0 ? "issues: []" : "issues:");
        foreach (var issue in scenario.Issues)
        {
            WriteIssue(yaml, issue, scenario.Stances.Where(s => s.IssueId == issue.Id));
        }
        WriteDiplomacy(yaml, scenario);
        return yaml.ToString();
    }

    private static void WriteModel(StringBuilder yaml, ModelSettings model)
    {
        yaml.AppendLine("model:");
        yaml.Append("  name: ").AppendLine(Quote(model.Name));
        if (model.Options.Count > 0)
        {
            yaml.AppendLine("  options:");
            foreach (var option in model.Options)
            {
                yaml.Append("    ").Append(Quote(option.Name)).Append(": ").AppendLine(Quote(option.Value));
            }
        }
    }

    private static void WriteActor(StringBuilder yaml, Actor actor)
    {
        yaml.Append("  - id: ").AppendLine(Quote(actor.Id));
        if (actor.Name != actor.Id)
        {
            yaml.Append("    name: ").AppendLine(Quote(actor.Name));
        }
        if (actor.Description is { } description)
        {
            yaml.Append("    description: ").AppendLine(Quote(description));
        }
        if (actor.Capability is { } capability)
        {
            yaml.Append("    capability: ").AppendLine(Number(capability));
        }
        if (actor.RiskAttitude is { } risk)
        {
            yaml.Append("    riskAttitude: ").AppendLine(Number(risk));
        }
        if (actor.Groups.Count > 0)
        {
            yaml.Append("    groups: [").Append(string.Join(", ", actor.Groups.Select(Quote))).AppendLine("]");
        }
        WriteActorDiplomacy(yaml, actor);
    }

    private static void WriteIssue(StringBuilder yaml, Issue issue, IEnumerable<Stance> stances)
    {
        yaml.Append("  - id: ").AppendLine(Quote(issue.Id));
        if (issue.Name != issue.Id)
        {
            yaml.Append("    name: ").AppendLine(Quote(issue.Name));
        }
        if (issue.Description is { } description)
        {
            yaml.Append("    description: ").AppendLine(Quote(description));
        }
        yaml.AppendLine("    scale:");
        yaml.Append("      min: ").AppendLine(Number(issue.Scale.Min));
        yaml.Append("      max: ").AppendLine(Number(issue.Scale.Max));
        if (issue.Scale.Labels.Count > 0)
        {
            yaml.AppendLine("      labels:");
            foreach (var point in issue.Scale.Labels)
            {
                yaml.Append("        ").Append(Quote(Number(point.Value))).Append(": ").AppendLine(Quote(point.Label));
            }
        }
        if (issue.StatusQuo is { } statusQuo)
        {
            yaml.Append("    statusQuo: ").AppendLine(Number(statusQuo));
        }
        WriteRule(yaml, issue.DecisionRule);
        var written = stances.ToArray();
        yaml.AppendLine(written.Length == 0 ? "    positions: {}" : "    positions:");
        foreach (var stance in written)
        {
            yaml.Append("      ").Append(Quote(stance.ActorId))
                .Append(": { position: ").Append(Number(stance.Position))
                .Append(", salience: ").Append(Number(stance.Salience));
            if (stance.Capability is { } capability)
            {
                yaml.Append(", capability: ").Append(Number(capability));
            }
            if (stance.Noise is { } noise)
            {
                var parts = new List<string>();
                if (noise.Position is { } position)
                {
                    parts.Add("position: " + Number(position));
                }
                if (noise.Salience is { } salience)
                {
                    parts.Add("salience: " + Number(salience));
                }
                if (noise.Capability is { } spread)
                {
                    parts.Add("capability: " + Number(spread));
                }
                yaml.Append(", noise: { ").Append(string.Join(", ", parts)).Append(" }");
            }
            yaml.AppendLine(" }");
        }
    }

    private static void WriteRule(StringBuilder yaml, DecisionRule rule)
    {
        var kind = DecisionRule.NameOf(rule.Kind);
        if (rule.Threshold is null && rule.MemberShare is null && rule.BlockingMinority is null && rule.VetoPlayers.Count == 0)
        {
            if (rule.Kind != DecisionRuleKind.Consensus)
            {
                yaml.Append("    decisionRule: ").AppendLine(kind);
            }
            return;
        }
        yaml.AppendLine("    decisionRule:");
        yaml.Append("      kind: ").AppendLine(kind);
        if (rule.Threshold is { } threshold)
        {
            yaml.Append("      threshold: ").AppendLine(Number(threshold));
        }
        if (rule.MemberShare is { } share)
        {
            yaml.Append("      memberShare: ").AppendLine(Number(share));
        }
        if (rule.BlockingMinority is { } blocking)
        {
            yaml.Append("      blockingMinority: ").AppendLine(blocking.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (rule.VetoPlayers.Count > 0)
        {
            yaml.Append("      vetoPlayers: [").Append(string.Join(", ", rule.VetoPlayers.Select(Quote))).AppendLine("]");
        }
    }

    // "R" gives the shortest text that parses back to the same double.
    private static string Number(double value) => Numbers.Show(value);

    /// <summary>
    /// A double-quoted YAML string. Every string is quoted so that no id, name or label can be mistaken
    /// for a number, a null, a boolean or YAML syntax; characters YAML does not allow raw are escaped.
    /// </summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        quoted.Append(c).Append(text[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);
}

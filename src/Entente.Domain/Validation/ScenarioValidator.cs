using System.Globalization;

namespace Entente.Domain.Validation;

/// <summary>
/// Checks a scenario and reports every problem at once, so that a user fixes a file in one pass
/// rather than one error per run.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Returns every problem of <paramref name="scenario"/>, errors and warnings, in document order.</summary>
    public static IReadOnlyList<ScenarioProblem> Validate(Scenario scenario)
    {
        var problems = new List<ScenarioProblem>();
        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            problems.Add(new("name", "the scenario needs a name"));
        }

        var actorIds = CheckActors(scenario, problems);
        var issueIds = CheckIssues(scenario, actorIds, problems);
        CheckStances(scenario, actorIds, issueIds, problems);
        CheckParticipation(scenario, problems);
        DiplomacyValidator.Check(scenario, problems);
        if (scenario.Strategic is { } layer)
        {
            StrategicValidator.Check(scenario, layer, problems);
        }

        if (scenario.Model is { } model && string.IsNullOrWhiteSpace(model.Name))
        {
            problems.Add(new("model.name", "the model needs a name"));
        }
        return problems;
    }

    /// <summary>Whether any of <paramref name="problems"/> is an error.</summary>
    public static bool HasErrors(IEnumerable<ScenarioProblem> problems) =>
        problems.Any(p => p.Severity == Severity.Error);

    private static HashSet<string> CheckActors(Scenario scenario, List<ScenarioProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Actors.Count; i++)
        {
            var actor = scenario.Actors[i];
            var at = $"actors[{i}]";
            CheckId(actor.Id, "actor", $"{at}.id", ids, problems);
            if (actor.Capability is { } capability)
            {
                CheckCapability(capability, $"{at}.capability", $"actor '{actor.Id}'", problems);
            }
            if (actor.RiskAttitude is { } risk && !(double.IsFinite(risk) && risk > 0))
            {
                problems.Add(new($"{at}.riskAttitude",
                    $"risk attitude of actor '{actor.Id}' must be a positive finite exponent (got {Show(risk)})"));
            }
            var groups = new HashSet<string>(StringComparer.Ordinal);
            for (var g = 0; g < actor.Groups.Count; g++)
            {
                var group = actor.Groups[g];
                if (string.IsNullOrWhiteSpace(group))
                {
                    problems.Add(new($"{at}.groups[{g}]", $"actor '{actor.Id}' has an empty group name"));
                }
                else if (!groups.Add(group))
                {
                    problems.Add(new($"{at}.groups[{g}]", $"actor '{actor.Id}' lists group '{group}' twice"));
                }
            }
        }
        return ids;
    }

    private static HashSet<string> CheckIssues(Scenario scenario, HashSet<string> actorIds, List<ScenarioProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Issues.Count; i++)
        {
            var issue = scenario.Issues[i];
            var at = $"issues[{i}]";
            CheckId(issue.Id, "issue", $"{at}.id", ids, problems);
            var scale = issue.Scale;
            var scaleIsSound = true;
            if (!double.IsFinite(scale.Min))
            {
                problems.Add(new($"{at}.scale.min", $"scale minimum of issue '{issue.Id}' must be a finite number"));
                scaleIsSound = false;
            }
            if (!double.IsFinite(scale.Max))
            {
                problems.Add(new($"{at}.scale.max", $"scale maximum of issue '{issue.Id}' must be a finite number"));
                scaleIsSound = false;
            }
            foreach (var (bound, value) in new[] { ("min", scale.Min), ("max", scale.Max) })
            {
                if (scaleIsSound && Math.Abs(value) > LargestMagnitude)
                {
                    problems.Add(new($"{at}.scale.{bound}", $"scale {(bound == "min" ? "minimum" : "maximum")} of issue '{issue.Id}' is {Show(value)}, beyond ±{Show(LargestMagnitude)}, the widest the models' distances carry; rescale the issue"));
                    scaleIsSound = false;
                }
            }
            if (scaleIsSound && scale.Min >= scale.Max)
            {
                problems.Add(new($"{at}.scale.max",
                    $"scale of issue '{issue.Id}' must run from a lower to a higher value (min {Show(scale.Min)}, max {Show(scale.Max)})"));
                scaleIsSound = false;
            }
            var labelled = new HashSet<double>();
            for (var k = 0; k < scale.Labels.Count; k++)
            {
                var point = scale.Labels[k];
                if (scaleIsSound && !scale.Contains(point.Value))
                {
                    problems.Add(new($"{at}.scale.labels[{k}]",
                        $"labelled point {Show(point.Value)} of issue '{issue.Id}' lies outside its scale [{Show(scale.Min)}, {Show(scale.Max)}]"));
                }
                if (!labelled.Add(point.Value))
                {
                    problems.Add(new($"{at}.scale.labels[{k}]", $"issue '{issue.Id}' labels point {Show(point.Value)} twice"));
                }
                if (string.IsNullOrWhiteSpace(point.Label))
                {
                    problems.Add(new($"{at}.scale.labels[{k}]", $"labelled point {Show(point.Value)} of issue '{issue.Id}' has an empty label"));
                }
            }
            if (issue.StatusQuo is { } statusQuo && scaleIsSound && !(double.IsFinite(statusQuo) && scale.Contains(statusQuo)))
            {
                problems.Add(new($"{at}.statusQuo",
                    $"status quo {Show(statusQuo)} of issue '{issue.Id}' lies outside its scale [{Show(scale.Min)}, {Show(scale.Max)}]"));
            }
            CheckDecisionRule(issue, at, actorIds, problems);
        }
        return ids;
    }

    private static void CheckDecisionRule(Issue issue, string at, HashSet<string> actorIds, List<ScenarioProblem> problems)
    {
        var rule = issue.DecisionRule;
        var name = DecisionRule.NameOf(rule.Kind);
        if (rule.Kind == DecisionRuleKind.QualifiedMajority)
        {
            if (rule.Threshold is not { } threshold)
            {
                problems.Add(new($"{at}.decisionRule.threshold", $"qualified-majority rule of issue '{issue.Id}' needs a threshold"));
            }
            else if (!(threshold > 0.5 && threshold <= 1))
            {
                problems.Add(new($"{at}.decisionRule.threshold",
                    $"threshold of issue '{issue.Id}' must be a share above 0.5 and at most 1 (got {Show(threshold)})"));
            }
        }
        else if (rule.Threshold is not null)
        {
            problems.Add(new($"{at}.decisionRule.threshold", $"a threshold applies only to a qualified-majority rule, not to '{name}'"));
        }
        CheckMajorityClauses(issue, rule, at, name, problems);

        if (rule.Kind == DecisionRuleKind.VetoPlayers && rule.VetoPlayers.Count == 0)
        {
            problems.Add(new($"{at}.decisionRule.vetoPlayers", $"veto-players rule of issue '{issue.Id}' names no veto player"));
        }
        else if (rule.Kind != DecisionRuleKind.VetoPlayers && rule.VetoPlayers.Count > 0)
        {
            problems.Add(new($"{at}.decisionRule.vetoPlayers", $"veto players apply only to a veto-players rule, not to '{name}'"));
        }
        for (var v = 0; v < rule.VetoPlayers.Count; v++)
        {
            if (!actorIds.Contains(rule.VetoPlayers[v]))
            {
                problems.Add(new($"{at}.decisionRule.vetoPlayers[{v}]",
                    $"veto player '{rule.VetoPlayers[v]}' of issue '{issue.Id}' is not an actor{Suggest(rule.VetoPlayers[v], actorIds)}"));
            }
        }
    }

    private static void CheckStances(Scenario scenario, HashSet<string> actorIds, HashSet<string> issueIds, List<ScenarioProblem> problems)
    {
        var pairs = new HashSet<(string, string)>();
        for (var k = 0; k < scenario.Stances.Count; k++)
        {
            var stance = scenario.Stances[k];
            var at = $"stances[{k}]";
            var who = $"actor '{stance.ActorId}' on issue '{stance.IssueId}'";
            var actor = scenario.FindActor(stance.ActorId);
            var issue = scenario.FindIssue(stance.IssueId);
            if (actor is null)
            {
                problems.Add(new($"{at}.actor", $"unknown actor '{stance.ActorId}'{Suggest(stance.ActorId, actorIds)}"));
            }
            if (issue is null)
            {
                problems.Add(new($"{at}.issue", $"unknown issue '{stance.IssueId}'{Suggest(stance.IssueId, issueIds)}"));
            }
            if (!pairs.Add((stance.ActorId, stance.IssueId)))
            {
                problems.Add(new(at, $"{who} is given twice"));
            }

            if (!double.IsFinite(stance.Position))
            {
                problems.Add(new($"{at}.position", $"position of {who} must be a finite number"));
            }
            else if (issue is not null && issue.Scale.Min < issue.Scale.Max && !issue.Scale.Contains(stance.Position))
            {
                problems.Add(new($"{at}.position",
                    $"position {Show(stance.Position)} of {who} lies outside the scale [{Show(issue.Scale.Min)}, {Show(issue.Scale.Max)}]"));
            }

            var ceiling = scenario.SalienceCeiling;
            if (!(double.IsFinite(stance.Salience) && stance.Salience >= 0 && stance.Salience <= ceiling))
            {
                var hint = scenario.SalienceScale == SalienceScale.Unit && stance.Salience > 1 && stance.Salience <= 100
                    ? " (declare 'salienceScale: percent' if saliences are written 0-100)"
                    : "";
                problems.Add(new($"{at}.salience",
                    $"salience {Show(stance.Salience)} of {who} lies outside [0, {Show(ceiling)}]{hint}"));
            }

            if (stance.Noise is { } noise)
            {
                CheckNoise(noise.Position, $"{at}.noise.position", who, problems);
                CheckNoise(noise.Salience, $"{at}.noise.salience", who, problems);
                CheckNoise(noise.Capability, $"{at}.noise.capability", who, problems);
                if (noise.Capability is > StanceNoise.LargestCapabilitySigma)
                {
                    problems.Add(new($"{at}.noise.capability", $"capability noise of {who} is {Show(noise.Capability.Value)}, above {Show(StanceNoise.LargestCapabilitySigma)}, the largest standard deviation of log capability a sweep can carry"));
                }
            }
            if (stance.Capability is { } capability)
            {
                CheckCapability(capability, $"{at}.capability", who, problems);
            }
            else if (actor is not null && actor.Capability is null)
            {
                problems.Add(new($"{at}.capability",
                    $"{who} has no capability: give the actor a capability or this stance one"));
            }
        }
    }

    private static void CheckParticipation(Scenario scenario, List<ScenarioProblem> problems)
    {
        var counts = scenario.Stances
            .Where(s => scenario.FindActor(s.ActorId) is not null)
            .GroupBy(s => s.IssueId)
            .ToDictionary(g => g.Key, g => g.Select(s => s.ActorId).Distinct().Count());
        var caredFor = scenario.Stances.Where(st => st.Salience != 0).Select(st => st.IssueId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Issues.Count; i++)
        {
            var issue = scenario.Issues[i];
            var count = counts.GetValueOrDefault(issue.Id);
            if (count < 2)
            {
                problems.Add(new($"issues[{i}]",
                    $"issue '{issue.Id}' has {count} participant{(count == 1 ? "" : "s")}; a negotiation needs at least two"));
            }
            else if (!caredFor.Contains(issue.Id))
            {
                // With nobody caring the models disagree by construction (weights of 0 give a mean of 0 in some, the
                // plain median in others): the forecast says nothing, and the user should know.
                problems.Add(new($"issues[{i}]",
                    $"every salience on issue '{issue.Id}' is 0: nobody cares about it, so its forecast depends only on how each model breaks the tie", Severity.Warning));
            }
        }

        var active = scenario.Stances.Select(s => s.ActorId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Actors.Count; i++)
        {
            if (!active.Contains(scenario.Actors[i].Id))
            {
                problems.Add(new($"actors[{i}]",
                    $"actor '{scenario.Actors[i].Id}' takes part in no issue", Severity.Warning));
            }
        }
        if (scenario.Issues.Count == 0)
        {
            problems.Add(new("issues", "the scenario has no issues"));
        }
    }

    private static void CheckId(string id, string kind, string path, HashSet<string> seen, List<ScenarioProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new(path, $"{kind} id must not be empty"));
        }
        else if (id.Any(char.IsControl))
        {
            problems.Add(new(path, $"{kind} id '{id}' contains a control character"));
        }
        else if (!seen.Add(id))
        {
            problems.Add(new(path, $"duplicate {kind} id '{id}'"));
        }
    }

    private static void CheckNoise(double? sigma, string path, string who, List<ScenarioProblem> problems)
    {
        if (sigma is { } value && !(double.IsFinite(value) && value >= 0))
        {
            problems.Add(new(path, $"noise of {who} must be a standard deviation: finite and not negative (got {Show(value)})"));
        }
    }

    private static void CheckMajorityClauses(Issue issue, DecisionRule rule, string at, string name, List<ScenarioProblem> problems)
    {
        var qualified = rule.Kind == DecisionRuleKind.QualifiedMajority;
        if (rule.MemberShare is { } share)
        {
            if (!qualified)
            {
                problems.Add(new($"{at}.decisionRule.memberShare", $"a member share applies only to a qualified-majority rule, not to '{name}'"));
            }
            else if (!(share > 0 && share <= 1))
            {
                problems.Add(new($"{at}.decisionRule.memberShare",
                    $"member share of issue '{issue.Id}' must be a share above 0 and at most 1 (got {Show(share)})"));
            }
        }
        if (rule.BlockingMinority is { } blocking)
        {
            if (!qualified)
            {
                problems.Add(new($"{at}.decisionRule.blockingMinority", $"a blocking minority applies only to a qualified-majority rule, not to '{name}'"));
            }
            else if (blocking < 1)
            {
                problems.Add(new($"{at}.decisionRule.blockingMinority",
                    $"blocking minority of issue '{issue.Id}' must be at least 1 voter (got {blocking})"));
            }
        }
    }

    /// <summary>
    /// The largest capability, and the widest scale bound, a scenario may give. The models square distances and sum
    /// capability-weighted products over every actor and round; beyond this, sums of ordinary scenarios could overflow
    /// to infinity, so such inputs are refused rather than forecast as nonsense.
    /// </summary>
    public const double LargestMagnitude = 1e12;

    private static void CheckCapability(double capability, string path, string who, List<ScenarioProblem> problems)
    {
        if (!(double.IsFinite(capability) && capability > 0))
        {
            problems.Add(new(path, $"capability of {who} must be positive and finite (got {Show(capability)})"));
        }
        else if (capability > LargestMagnitude)
        {
            problems.Add(new(path, $"capability of {who} is {Show(capability)}, above the largest the models' sums carry ({Show(LargestMagnitude)}); rescale the capabilities (only their ratios matter)"));
        }
    }

    private static string Suggest(string given, IEnumerable<string> known)
    {
        var best = Spelling.Nearest(given, known);
        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}

using Entente.Domain.Validation;
using static Entente.Formats.Tests.Yaml.StrategicLayerFile;

namespace Entente.Formats.Tests.Yaml;

/// <summary>Every mistake in a version-2 layer is reported at the line and column of the element at fault.</summary>
public class StrategicLayerValidationTests
{
    private static Diagnostic Only(string yaml, Severity severity = Severity.Error)
    {
        var document = ScenarioFiles.Parse(yaml, "case.yaml");
        return Assert.Single(document.Validate(), d => d.Severity == severity);
    }

    [Theory]
    // References: actors, factions, issues, signals.
    [InlineData("by: China, to: DPRK", "by: Chna, to: DPRK", "Chna", "by", "unknown actor 'Chna' (did you mean 'China'?)")]
    [InlineData("by: US, channel: public, kind: stand", "by: US.Presdent, channel: public, kind: stand", "US.Presdent", "by", "actor 'US' has no faction 'Presdent' (did you mean 'President'?)")]
    [InlineData("by: [US, ROK], to: China", "by: [US.President, ROK], to: China", "US.President, ROK", "by", "signal 'md': a faction ('US.President') sends alone; a joint signal is sent by actors")]
    [InlineData("by: China, to: DPRK", "by: China, to: US.Congress", "US.Congress", "to", "'US.Congress' is a faction; name its actor 'US' here")]
    [InlineData("{ observer: DPRK, about: China, dim: r, issue: nk_strike, grid", "{ observer: US.Congress, about: China, dim: r, issue: nk_strike, grid", "US.Congress, about", "observer", "faction 'US.Congress' holds no beliefs of its own; declare it an observer")]
    [InlineData("cc: [ROK]", "cc: [US.SecState]", "US.SecState", "cc", "faction 'US.SecState' holds no beliefs of its own")]
    // Factions' traits name factions declared on their actor.
    [InlineData("psi: 0.2, source", "psi: 0.2, factions: { Senate: { observer: true } }, source", "Senate", "factions", "actor 'US' has no faction 'Senate'")]
    [InlineData("DPRK: { audience_capacity: 0.05 }", "DPRK: { audience_capacity: 0.05, factions: { Army: { observer: true } } }", "Army", "factions", "actor 'DPRK' declares no factions; declare 'Army' with its weight and positions")]
    [InlineData("psi: 0.2, source", "psi: 0.2, factions: { Congress: { weight: 0.5 } }, source", "0.5 } }, source", "weight", "weight 0.5 of faction 'US.Congress' differs from the weight declared on the actor (0.35)")]
    [InlineData("psi: 0.2, source", "psi: 0.2, factions: { Congress: { audience_capacity: -1 } }, source", "-1 }", "audience_capacity", "audience_capacity of 'US.Congress' must be finite and not negative (got -1)")]
    [InlineData("{ of: ROK, dim: r,", "{ of: ROK.Blue, dim: r,", "ROK.Blue", "of", "actor 'ROK' has no factions, so 'ROK.Blue' names nothing")]
    [InlineData("{ observer: China, of: US.President,", "{ observer: Beijing, of: US.President,", "Beijing", "observer", "unknown actor 'Beijing'")]
    [InlineData("ask: { issue: nk_strike, at_most: 20 }", "ask: { issue: nk_strik, at_most: 20 }", "nk_strik,", "issue", "unknown issue 'nk_strik' (did you mean 'nk_strike'?)")]
    [InlineData("disown: leak", "disown: leek", "leek", "disown", "unknown signal 'leek' (did you mean 'leak'?)")]
    [InlineData("{ id: dossier,", "{ id: md,", "md, round: 3", "id", "duplicate signal id 'md'")]
    // Dimensions and issues.
    [InlineData("{ of: ROK, dim: r, issue: rok_drills, point: 0.8 }", "{ of: ROK, dim: r, point: 0.8 }", "{ of: ROK", "issue", "a type on resolve (dim r) names its issue")]
    [InlineData("{ of: US, dim: q, prior:", "{ of: US, dim: q, issue: nk_strike, prior:", "nk_strike, prior", "issue", "a type on reciprocity (dim q) names no issue")]
    [InlineData("{ observer: DPRK, about: China, dim: r, issue: nk_strike,", "{ observer: DPRK, about: China, dim: r,", "{ observer: DPRK", "issue", "a belief on resolve (dim r) names its issue")]
    // Grids and priors.
    [InlineData("grid: [0.2, 0.4, 0.6, 0.8], prior: uniform", "grid: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1], prior: uniform", "[0.1, 0.2", "grid", "a grid has at most 9 points (got 10)")]
    [InlineData("grid: [0.2, 0.4, 0.6, 0.8]", "grid: [0.2, 0.6, 0.4, 0.8]", "0.4, 0.8]", "grid", "grid points must be strictly ascending (0.6 then 0.4)")]
    [InlineData("grid: [0.2, 0.4, 0.6, 0.8]", "grid: [0, 0.4, 0.6, 0.8]", "0, 0.4, 0.6, 0.8]", "grid", "a grid point 0 is not a resolve: it lies in (0, 1]")]
    [InlineData("grid: [0.3, 0.7], prior: [1, 3]", "grid: [0.3, 0.7], prior: [1, 3, 2]", "[1, 3, 2]", "prior", "the prior has 3 weights for 2 grid points")]
    [InlineData("grid: [0.3, 0.7], prior: [1, 3]", "grid: [0.3, 0.7], prior: [1, -3]", "-3", "prior", "a prior weight must be finite and not negative (got -3)")]
    [InlineData("grid: [0.3, 0.7], prior: [1, 3]", "grid: [0.3, 0.7], prior: [0, 0]", "[0, 0]", "prior", "the prior's weights must have a positive sum")]
    [InlineData("grid: [0.3, 0.7], prior: [1, 3]", "grid: [0.3, 0.7]", "{ observer: DPRK, about: China", "prior", "a grid needs its prior")]
    [InlineData("prior: [0.5, 0.3, 0.2], true", "prior: [0.5, 0.5], true", "[0.5, 0.5]", "prior", "the prior has 2 weights for 3 grid points")]
    [InlineData("dim: r, issue: rok_drills, point: 0.8", "dim: r, issue: rok_drills, point: 0", "0 }\n  beliefs", "point", "the point 0 is not a resolve: it lies in (0, 1]")]
    [InlineData("{ of: US.President, dim: q, reputation: 0.25 }", "{ of: US.President, dim: q, uncertain: 0.1 }", "0.1 }\n    - { of: DPRK", "uncertain", "uncertain applies only to resolve (dim r)")]
    [InlineData("dim: r, issue: rok_drills, point: 0.8", "dim: r, issue: rok_drills, reputation: 0.5", "0.5 }\n  beliefs", "reputation", "reputation applies only to reciprocity (dim q)")]
    [InlineData("reputation: 0.25", "reputation: 1.25", "1.25", "reputation", "reputation must lie in [0, 1] (got 1.25)")]
    [InlineData("reputation: 0.25", "point: 0.5, reputation: 0.25", "0.25", "reputation", "give one form of prior, not both point and reputation")]
    [InlineData("{ of: ROK, dim: r, issue: rok_drills, point: 0.8 }", "{ of: ROK, dim: r, issue: rok_drills }", "{ of: ROK", "types", "give a prior: point, uncertain (resolve), grid with prior, or reputation (reciprocity)")]
    [InlineData("true: 0.5", "true: 1.5", "1.5", "true", "the true value 1.5 is not a reciprocity: it lies in [0, 1]")]
    [InlineData("{ observer: China, about: US, dim: q, prior: [0.6, 0.3, 0.1] }", "{ observer: China, about: US, dim: q, prior: [0.6, 0.4] }", "[0.6, 0.4]", "prior", "the belief has 2 weights but the analyst's grid of 'US' on reciprocity has 3 points")]
    [InlineData("{ observer: China, about: US, dim: q,", "{ observer: US, about: US, dim: q,", "US, dim: q, prior: [0.6", "about", "'US' knows its own type")]
    // Claim kinds and their fields.
    [InlineData("ask: { issue: rok_drills, at_most: 0 }, ", "", "{ id: sacred_war", "ask", "a threat needs 'ask'")]
    [InlineData("to: China, channel: joint", "channel: joint", "{ id: md", "to", "a promise needs 'to'")]
    [InlineData(", action: { issue: cn_aid, to: 20, source: \"account\" }", "", "{ id: envoy", "action", "a threat needs 'action'")]
    [InlineData("issue: nk_strike, at: 10,", "issue: nk_strike,", "{ id: red_line", "at", "a stand needs 'at'")]
    [InlineData("kind: stand, issue: nk_strike,", "kind: stand,", "{ id: red_line", "issue", "a stand needs 'issue'")]
    [InlineData("issue: cn_pressure, reward: { issue: us_cn_stance, to: 85 }", "issue: cn_pressure", "{ id: leak", "reward", "a credit needs 'reward'")]
    [InlineData("kind: credit, subject: China,", "kind: credit,", "{ id: leak", "subject", "a credit needs 'subject'")]
    [InlineData("issue: cn_pressure, demand: 60,", "issue: cn_pressure,", "{ id: rebuke", "demand", "a blame needs 'demand'")]
    [InlineData("\n        penalty: { issue: us_cn_stance, to: 30 }, report", "\n        report", "{ id: rebuke", "penalty", "a blame needs 'penalty'")]
    [InlineData("kind: report, report: { subject: DPRK, dim: q, at_most: 0.3 }", "kind: report", "{ id: dossier", "report", "a report needs 'report'")]
    [InlineData("action: { issue: cn_aid, to: 20,", "action: { issue: cn_aid,", "{ issue: cn_aid", "to", "the action of 'envoy' needs a level: to, or a schedule")]
    [InlineData("schedule: [[0, 20], [100, 100]]", "schedule: [[50, 20], [40, 100]]", "[40, 100]", "schedule", "schedule condition values must be strictly ascending (50 then 40)")]
    [InlineData("action: { issue: cn_aid, to: 20,", "action: { issue: cn_aid, to: 200,", "200", "to", "the action's level 200 lies outside the scale [0, 100] of issue 'cn_aid'")]
    // Channels and senders.
    [InlineData("by: [US, ROK], to: China, channel: joint", "by: [US], to: China, channel: joint", "joint, kind: promise", "channel", "a joint signal has several senders; 'md' has one")]
    [InlineData("channel: joint, kind: promise", "channel: public, kind: promise", "[US, ROK]", "by", "signal 'md' has 2 senders; only a joint signal has several")]
    [InlineData("channel: private, kind: threat", "channel: public, kind: threat", "[ROK]", "cc", "cc applies only to private signals")]
    [InlineData("by: DPRK, to: ROK", "by: DPRK, to: DPRK", "DPRK, channel: public", "to", "signal 'sacred_war' is addressed to its own sender 'DPRK'")]
    // A18, disowning, rounds, ranges.
    [InlineData("expires: 6 }", "expires: 6, reaction: { cost: 0.2 } }", "{ cost: 0.2 }", "reaction", "a reaction cost applies to threats and stands only, not to a promise")]
    [InlineData("reaction: { cost: 0.1 }", "reaction: { cost: 0.1, shift: 3 }", "{ cost: 0.1, shift", "reaction", "give the reaction as { cost } or as { issue, shift }")]
    [InlineData("disown: leak", "disown: md", "md }]", "disown", "only a leak can be disowned; signal 'md' goes through channel 'joint'")]
    [InlineData("round: 5, disown: leak", "round: 1, disown: leak", "1, disown", "round", "leak 'leak' is disowned in round 1, before it is sent in round 2")]
    [InlineData("{ id: dossier, round: 3,", "{ id: dossier, round: 0,", "0, by: ROK", "round", "signal 'dossier' is scheduled at round 0; rounds start at 1")]
    [InlineData("expires: 6", "expires: 1", "1 }\n    - { id: red_line", "expires", "signal 'md' expires in round 1, before it is sent in round 2")]
    [InlineData("success: 0.1", "success: 1.1", "1.1", "success", "the probability of success must lie in [0, 1] (got 1.1)")]
    [InlineData("sunk: 0.05", "sunk: -0.05", "-0.05", "sunk", "a sunk cost must be finite and not negative (got -0.05)")]
    [InlineData("reaction: { cost: 0.1 }", "reaction: { cost: -0.1 }", "-0.1", "cost", "a reaction cost must be finite and not negative (got -0.1)")]
    [InlineData("at_most: 0.3 }", "at_most: 1.3 }", "1.3 }", "at_most", "a reported level must lie in [0, 1] (got 1.3)")]
    [InlineData("trials: 500", "trials: 0", "0, seed", "trials", "Monte Carlo needs at least 1 trial (got 0)")]
    [InlineData("tremble: 0.02", "tremble: 2", "2\n    theta_move", "tremble", "tremble must lie in [0, 1] (got 2)")]
    [InlineData("leak: 0.29", "leak: -0.29", "-0.29", "leak", "alpha_audience.leak must be finite and not negative (got -0.29)")]
    [InlineData("psi: 0.2, source", "psi: -0.2, source", "-0.2", "psi", "psi of 'US' must be finite and not negative (got -0.2)")]
    [InlineData("of: US.President, audience_capacity: 0 }", "of: US.President, audience_capacity: -1 }", "-1 }", "audience_capacity", "a perceived audience capacity must be finite and not negative (got -1)")]
    [InlineData("{ observer: China, about: US, dim: q }", "{ observer: China, about: China, dim: q }", "China, dim: q }", "about", "'China' knows its own type")]
    public void A_mistake_is_reported_at_its_line_and_column(string original, string replacement, string needle, string field, string message)
    {
        var yaml = With(original, replacement);

        var problem = Only(yaml);

        Assert.Equal(At(yaml, needle), (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_true_value_off_the_grid_is_a_warning_that_names_the_grid_point_used()
    {
        // DPRK's resolve on nk_strike: uncertain 0.1 around its salience 0.9 gives 0.7, 0.8, 0.9, 1 (1.1 clipped to 1).
        var yaml = With("true: 0.9", "true: 0.86");

        var warning = Only(yaml, Severity.Warning);

        Assert.Equal(At(yaml, "0.86"), (warning.Line!.Value, warning.Column!.Value));
        Assert.Equal("true", warning.Field);
        Assert.Equal("the true value 0.86 is not on the grid (0.7, 0.8, 0.9, 1); the nearest grid point 0.9 is used", warning.Message);
        Assert.DoesNotContain(ScenarioFiles.Parse(yaml, "case.yaml").Validate(), d => d.Severity == Severity.Error);
    }
}

using Entente.Domain.Validation;
using static Entente.Formats.Tests.Yaml.StrategicLayerFile;

namespace Entente.Formats.Tests.Yaml;

/// <summary>
/// Every mistake in the part-2 keys of a version-2 layer (unilateral issues, ideals, leverage, delay,
/// negotiations, conflict) is reported at the line and column of the value at fault.
/// </summary>
public class StrategicPartTwoValidationTests
{
    private static IReadOnlyList<Diagnostic> Problems(string yaml) => ScenarioFiles.Parse(yaml, "case.yaml").Validate();

    [Theory]
    // Unilateral issues and ideals.
    [InlineData("cn_aid: { decided_by: China }", "cn_aid: { decided_by: Chna }", "Chna", "decided_by", "unknown actor 'Chna' (did you mean 'China'?)")]
    [InlineData("cn_aid: { decided_by: China }", "cn_ayd: { decided_by: China }", "cn_ayd", "issues", "unknown issue 'cn_ayd' (did you mean 'cn_aid'?)")]
    [InlineData("cn_aid: { decided_by: China }", "cn_aid: { decided_by: ROK }", "ROK } }", "decided_by", "'ROK' decides issue 'cn_aid' but takes no part in it: give it a position on the issue")]
    [InlineData("cn_aid: { decided_by: China }", "cn_aid: { decided_by: US.President }", "US.President } }", "decided_by", "'US.President' is a faction; name its actor 'US' here")]
    [InlineData("ideal: 60,", "ideal: 160,", "160", "ideal", "the ideal 160 lies outside the scale [0, 100] of issue 'rok_drills'")]
    [InlineData("{ actor: ROK, issue: rok_drills", "{ actor: China, issue: rok_drills", "China, issue: rok_drills", "actor", "'China' takes no part in issue 'rok_drills': an ideal belongs to an actor with a position on the issue")]
    // Leverage.
    [InlineData("over: DPRK, issue: nk_strike", "over: ROK, issue: nk_strike", "ROK, issue: nk_strike", "over", "'ROK' does not decide issue 'nk_strike'; 'DPRK' does")]
    [InlineData("{ by: US, over: China, issue: cn_pressure,", "{ by: US, over: China, issue: us_cn_stance,", "us_cn_stance, weight", "issue", "no one decides issue 'us_cn_stance' alone; leverage pulls a unilateral choice (declare it under issues with decided_by)")]
    [InlineData("{ by: US, over: China,", "{ by: China, over: China,", "China, issue: cn_pressure, weight", "over", "'China' cannot lever its own choice")]
    [InlineData("{ by: US, over: China,", "{ by: ROK, over: China,", "ROK, over", "by", "'ROK' takes no part in issue 'cn_pressure': leverage pulls toward its position there")]
    [InlineData("scale: 0.5 }", "scale: 0.5, weight: 0.1 }", "0.1 }\n    - { by: US", "weight", "give either via (with a scale) or a constant weight, not both")]
    [InlineData("cn_pressure, weight: 0.2 }", "cn_pressure }", "{ by: US", "leverage", "the leverage of 'US' over 'China' needs a weight: via (with a scale) or a constant weight")]
    [InlineData("cn_pressure, weight: 0.2 }", "cn_pressure, weight: 0.2, scale: 0.1 }", "0.1 }\n  delay", "scale", "scale applies only with via; a constant pull is a weight")]
    [InlineData("cn_pressure, weight: 0.2 }", "cn_pressure, weight: -0.2 }", "-0.2", "weight", "the leverage weight must be finite and not negative (got -0.2)")]
    [InlineData("scale: 0.5 }", "scale: -0.5 }", "-0.5", "scale", "the leverage scale must be finite and not negative (got -0.5)")]
    [InlineData("via: cn_pressure", "via: rok_drills", "rok_drills, scale", "via", "'China' takes no part in issue 'rok_drills': the weight grows with its position there")]
    // Delay.
    [InlineData("{ actor: DPRK, base", "{ actor: Pyongyang, base", "Pyongyang, base", "actor", "unknown actor 'Pyongyang'")]
    [InlineData("base: 0.01,", "base: -0.01,", "-0.01", "base", "the delay cost must be finite and not negative (got -0.01)")]
    [InlineData("benefit: 0.03", "benefit: -0.03", "-0.03", "benefit", "the delay benefit must be finite and not negative (got -0.03)")]
    [InlineData("{ actor: China, issue: cn_pressure, scale: 0.05 }", "{ actor: ROK, issue: cn_pressure, scale: 0.05 }", "cn_pressure, scale: 0.05", "issue", "'ROK' takes no part in issue 'cn_pressure': the delay cost of 'DPRK' grows with its position there")]
    [InlineData("scale: 0.05", "scale: -0.05", "-0.05", "scale", "a delay scale must be finite and not negative (got -0.05)")]
    // Negotiations: ids, parties and sides.
    [InlineData("{ id: freeze,", "{ id: visit,", "visit, sides", "id", "duplicate negotiation id 'visit'")]
    [InlineData("{ id: freeze,", "{ id: md,", "md, sides", "id", "negotiation id 'md' is also a signal's id")]
    [InlineData("{ id: freeze, sides: [[DPRK], [US, ROK, China]],", "{ id: freeze, parties: [DPRK],", "[DPRK], issues", "parties", "negotiation 'freeze' needs at least 2 parties (got 1)")]
    [InlineData("parties: [US, China]", "parties: [US, China, US]", "US], deadline", "parties", "negotiation 'visit' lists party 'US' twice")]
    [InlineData("{ id: freeze, sides: [[DPRK], [US, ROK, China]]", "{ id: freeze, parties: [DPRK, US], sides: [[DPRK], [ROK, China]]", "US], sides", "parties", "'US' is a party to negotiation 'freeze' but on no side")]
    [InlineData("sides: [[DPRK], [US, ROK, China]]", "sides: [[DPRK, ROK], [US, ROK, China]]", "ROK, China]]", "sides", "'ROK' is on two sides of negotiation 'freeze'")]
    [InlineData("sides: [[DPRK], [US, ROK, China]]", "sides: [[DPRK, US, ROK, China]]", "[[DPRK", "sides", "negotiation 'freeze' has one side; sides are two or more (leave sides out for each party on its own)")]
    [InlineData("sides: [[DPRK], [US, ROK, China]]", "sides: [[DPRK], [US, ROK, Chna]]", "Chna", "sides", "unknown actor 'Chna' (did you mean 'China'?)")]
    [InlineData("sides: [[DPRK], [US, ROK, China]]", "sides: [[DPRK], []]", "[]]", "sides", "a side of negotiation 'freeze' has no party")]
    // Negotiations: issues and items.
    [InlineData("issues: [nk_freeze]", "issues: [nk_strike]", "nk_strike] }", "issues", "issue 'nk_strike' is decided by 'DPRK' alone; negotiate it as an item ({ actor: DPRK, issue: nk_strike, at_least or at_most })")]
    [InlineData("issues: [nk_freeze]", "issues: [nk_freeze, nk_freeze]", "nk_freeze] }", "issues", "negotiation 'freeze' lists issue 'nk_freeze' twice")]
    [InlineData("issues: [nk_freeze]", "issues: [nk_frieze]", "nk_frieze", "issues", "unknown issue 'nk_frieze' (did you mean 'nk_freeze'?)")]
    [InlineData("issues: [nk_freeze]", "issues: []", "{ id: freeze", "negotiations", "negotiation 'freeze' negotiates nothing: give issues or items")]
    [InlineData("issue: cn_pressure, at_least: 70 }]", "issue: us_cn_stance, at_least: 70 }]", "us_cn_stance, at_least", "issue", "issue 'us_cn_stance' is collective: negotiate it under issues; an item is on an issue its actor decides alone")]
    [InlineData("items: [{ actor: China,", "items: [{ actor: US,", "US, issue: cn_pressure, at_least", "actor", "'US' does not decide issue 'cn_pressure'; 'China' does")]
    [InlineData("cn_pressure, at_least: 70 }]", "cn_pressure, at_least: 170 }]", "170", "at_least", "the item's bound 170 lies outside the scale [0, 100] of issue 'cn_pressure'")]
    // Negotiations: deadline, discount, costs, summit.
    [InlineData("deadline: 6,", "deadline: 0,", "0, discount", "deadline", "the deadline of 'visit' is scheduled at round 0; rounds start at 1")]
    [InlineData("discount: 0.7,", "discount: 1.7,", "1.7", "discount", "the discount must lie in [0, 1] (got 1.7)")]
    [InlineData("US: 0.3, China: 0.2", "US: -0.3, China: 0.2", "-0.3", "US", "the no-deal cost of 'US' must be finite and not negative (got -0.3)")]
    [InlineData("US: 0.3, China: 0.2", "US: 0.3, DPRK: 0.2", "DPRK: 0.2", "no_deal_cost", "'DPRK' is not a party to negotiation 'visit'")]
    [InlineData("boost: 1.25", "boost: 0.8", "0.8, rounds", "boost", "the summit boost must be at least 1 (got 0.8)")]
    [InlineData("rounds: 2 }", "rounds: 0 }", "0 } }", "rounds", "a summit lasts at least 1 round (got 0)")]
    [InlineData("deadline: 6, discount: 0.7,", "discount: 0.7,", "{ boost", "summit", "a summit ends at a deadline: give negotiation 'visit' a deadline")]
    // Conflict.
    [InlineData("[ROK, DPRK]]", "[ROK]]", "[ROK]]", "dyads", "a dyad is two actors (got 1)")]
    [InlineData("[ROK, DPRK]]", "[DPRK, DPRK]]", "DPRK]], cost", "dyads", "a dyad is two distinct actors; 'DPRK' is given twice")]
    [InlineData("[ROK, DPRK]]", "[DPRK, US]]", "[DPRK, US]]", "dyads", "the dyad of 'DPRK' and 'US' is given twice")]
    [InlineData("[ROK, DPRK]]", "[ROK, PRK]]", "PRK]]", "dyads", "unknown actor 'PRK' (did you mean 'DPRK'?)")]
    [InlineData("cost: { DPRK: 0.5 }", "cost: { DPRC: 0.5 }", "DPRC", "cost", "unknown actor 'DPRC' (did you mean 'DPRK'?)")]
    [InlineData("cost: { DPRK: 0.5 }", "cost: { DPRK: -0.5 }", "-0.5", "DPRK", "the conflict cost of 'DPRK' must be finite and not negative (got -0.5)")]
    public void A_mistake_is_reported_at_its_line_and_column(string original, string replacement, string needle, string field, string message)
    {
        var yaml = With(original, replacement);

        var problem = Assert.Single(Problems(yaml), p => p.Severity == Severity.Error);

        Assert.Equal(At(yaml, needle), (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal(field, problem.Field);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("issues: [nk_freeze]", "issues: [nk_freeze, rok_drills]", "rok_drills] }", "issues", "party 'China' of negotiation 'freeze' takes no part in issue 'rok_drills': it neither offers nor concedes there")]
    [InlineData("{ id: freeze,", "{ id: freeze, no_deal_cost: 0.4,", "0.4, sides", "no_deal_cost", "negotiation 'freeze' has no deadline, so its no-deal costs are never paid")]
    public void A_doubtful_choice_is_a_warning_at_its_line_and_column(string original, string replacement, string needle, string field, string message)
    {
        var yaml = With(original, replacement);

        var warning = Assert.Single(Problems(yaml));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(At(yaml, needle), (warning.Line!.Value, warning.Column!.Value));
        Assert.Equal(field, warning.Field);
        Assert.Equal(message, warning.Message);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once()
    {
        var yaml = With("cn_aid: { decided_by: China }", "cn_aid: { decided_by: Chna }")
            .Replace("ideal: 60,", "ideal: 160,", StringComparison.Ordinal)
            .Replace("[ROK, DPRK]]", "[ROK]]", StringComparison.Ordinal);

        var problems = Problems(yaml);

        Assert.Equal(
            [
                (At(yaml, "Chna"), "decided_by"),
                (At(yaml, "160"), "ideal"),
                (At(yaml, "[ROK]]"), "dyads"),
            ],
            problems.Select(p => ((p.Line!.Value, p.Column!.Value), p.Field)));
        Assert.All(problems, p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public void An_actor_named_only_on_a_side_is_a_party()
    {
        var yaml = With("{ id: freeze, sides:", "{ id: freeze, parties: [DPRK], sides:");

        Assert.Empty(Problems(yaml));
    }
}

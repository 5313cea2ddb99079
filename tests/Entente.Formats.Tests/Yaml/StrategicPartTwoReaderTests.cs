using Entente.Domain;
using Entente.Domain.Strategic;
using static Entente.Formats.Tests.Yaml.StrategicLayerFile;

namespace Entente.Formats.Tests.Yaml;

/// <summary>
/// The part-2 keys of the diplomacy layer, version 2 (§8–§10, §15, A17): unilateral issues, ideals, leverage,
/// delay, negotiations and conflict, each read field by field; a malformed key is refused where it stands.
/// </summary>
public class StrategicPartTwoReaderTests
{
    private static ScenarioDocument Read(string yaml) => ScenarioFiles.Parse(yaml, "case.yaml");

    private static StrategicLayer Layer => Read(StrategicLayerFile.Yaml).Scenario.Strategic!;

    [Fact]
    public void Issues_name_the_actor_who_decides_each_alone()
    {
        Assert.Equal(
            [new UnilateralIssue("nk_strike", "DPRK"), new UnilateralIssue("cn_pressure", "China"), new UnilateralIssue("cn_aid", "China")],
            Layer.Issues);
    }

    [Fact]
    public void Ideals_read_to_ideal_points()
    {
        Assert.Equal([new IdealPoint("ROK", "rok_drills", 60)], Layer.Ideals);
    }

    [Fact]
    public void Leverage_reads_a_weight_that_grows_with_a_position_or_a_constant_one()
    {
        Assert.Equal(
            [
                new Leverage { By = "China", Over = "DPRK", Issue = "nk_strike", Via = "cn_pressure", Scale = 0.5 },
                new Leverage { By = "US", Over = "China", Issue = "cn_pressure", Weight = 0.2 },
            ], Layer.Leverage);
    }

    [Fact]
    public void Delay_reads_base_benefit_and_the_positions_that_press()
    {
        Assert.Equal(
            [new DelayTerms { Actor = "DPRK", Base = 0.01, Benefit = 0.03, From = [new DelayLink("China", "cn_pressure", 0.05)] }],
            Layer.Delay);
    }

    [Fact]
    public void A_summit_negotiation_reads_its_items_deadline_discount_costs_and_summit()
    {
        Assert.Equal(new Negotiation
        {
            Id = "visit", Parties = ["US", "China"], Deadline = 6, Discount = 0.7,
            Items = [new NegotiationItem("China", new Bound("cn_pressure", BoundDirection.AtLeast, 70))],
            NoDealCost = [new ActorNumber("US", 0.3), new ActorNumber("China", 0.2)], Summit = new Summit(1.25, 2),
        }, Layer.Negotiations[0]);
    }

    [Fact]
    public void A_negotiation_between_sides_keeps_the_sides_and_lists_no_party_the_file_does_not()
    {
        Assert.Equal(new Negotiation
        {
            Id = "freeze", Parties = [], Sides = [["DPRK"], ["US", "ROK", "China"]], Issues = ["nk_freeze"],
        }, Layer.Negotiations[1]);
        Assert.Equal(2, Layer.Negotiations.Count);
    }

    [Theory]
    [InlineData("{ id: freeze,", "{ id: freeze, no_deal_cost: 0.4,", 1, new[] { "DPRK", "US", "ROK", "China" })]
    [InlineData("no_deal_cost: { US: 0.3, China: 0.2 }", "no_deal_cost: 0.4", 0, new[] { "US", "China" })]
    [InlineData("{ id: freeze,", "{ id: freeze, parties: [China, JPN], no_deal_cost: 0.4,", 1, new[] { "China", "JPN", "DPRK", "US", "ROK" })]
    public void One_no_deal_cost_applies_to_every_party_listed_or_on_a_side(string original, string replacement, int negotiation, string[] parties)
    {
        var layer = Read(With(original, replacement)).Scenario.Strategic!;

        Assert.Equal([.. parties.Select(p => new ActorNumber(p, 0.4))], layer.Negotiations[negotiation].NoDealCost);
    }

    [Fact]
    public void Conflict_reads_the_focal_dyads_and_their_costs()
    {
        Assert.Equal(new ConflictSettings { Dyads = [["US", "DPRK"], ["ROK", "DPRK"]], Cost = [new ActorNumber("DPRK", 0.5)] }, Layer.Conflict);
    }

    [Fact]
    public void Leaving_the_part_two_keys_out_leaves_them_empty()
    {
        var yaml = StrategicLayerFile.Yaml;
        foreach (var (from, to) in new[] { ("  issues: {", "  ideals:"), ("  ideals:", "  types:"), ("  leverage:", "  signals:"), ("  negotiations:", "  montecarlo:") })
        {
            var start = yaml.IndexOf(from, StringComparison.Ordinal);
            yaml = yaml[..start] + yaml[yaml.IndexOf(to, start, StringComparison.Ordinal)..];
        }

        var layer = Read(yaml).Scenario.Strategic!;

        Assert.Empty(layer.Issues);
        Assert.Empty(layer.Ideals);
        Assert.Empty(layer.Leverage);
        Assert.Empty(layer.Delay);
        Assert.Empty(layer.Negotiations);
        Assert.Null(layer.Conflict);
    }

    [Fact]
    public void Provenance_notes_are_allowed_in_every_part_two_mapping_and_change_nothing()
    {
        var noted = With("cn_aid: { decided_by: China }", "cn_aid: { decided_by: China, source: \"a\" }, source: \"b\"")
            .Replace("via: cn_pressure, scale: 0.5 }", "via: cn_pressure, scale: 0.5, source: \"c\" }", StringComparison.Ordinal)
            .Replace("benefit: 0.03,", "benefit: 0.03, source: \"d\",", StringComparison.Ordinal)
            .Replace("issue: cn_pressure, scale: 0.05 }", "issue: cn_pressure, scale: 0.05, source: \"e\" }", StringComparison.Ordinal)
            .Replace("at_least: 70 }", "at_least: 70, source: \"f\" }", StringComparison.Ordinal)
            .Replace("{ US: 0.3, China: 0.2 }", "{ US: 0.3, China: 0.2, source: \"g\" }", StringComparison.Ordinal)
            .Replace("rounds: 2 }", "rounds: 2, source: \"h\" }", StringComparison.Ordinal)
            .Replace("issues: [nk_freeze] }", "issues: [nk_freeze], source: \"i\" }", StringComparison.Ordinal)
            .Replace("cost: { DPRK: 0.5 } }", "cost: { DPRK: 0.5, source: \"j\" }, source: \"k\" }", StringComparison.Ordinal);

        Assert.Equal(Layer, Read(noted).Scenario.Strategic);
    }

    [Theory]
    [InlineData("cn_aid: { decided_by: China }", "cn_aid: { }", "{ } }", "diplomacy.issues.cn_aid.decided_by", "missing required key 'decided_by' in diplomacy.issues.cn_aid")]
    [InlineData("nk_strike: { decided_by: DPRK },", "nk_strike: DPRK,", "DPRK, cn_pressure", "diplomacy.issues.nk_strike", "expected the decider of 'nk_strike' (such as { decided_by: DPRK }) (a mapping of keys to values), found text")]
    [InlineData("issues: { nk_strike: { decided_by: DPRK },", "issues: { nk_strike: { decided_by: DPRK }, nk_strike: { decided_by: China },", "nk_strike: { decided_by: China }", "diplomacy.issues.nk_strike", "duplicate key 'nk_strike'")]
    [InlineData("ideal: 60,", "ideal: high,", "high", "diplomacy.ideals[0].ideal", "'high' is not a finite number")]
    [InlineData("via: cn_pressure, scale: 0.5 }", "via: cn_pressure, scal: 0.5 }", "scal:", "diplomacy.leverage[0].scal", "unknown key 'scal' (did you mean 'scale'?)")]
    [InlineData("{ by: US, over: China,", "{ over: China,", "{ over: China", "diplomacy.leverage[1].by", "missing required key 'by'")]
    [InlineData("{ actor: China, issue: cn_pressure, scale: 0.05 }", "{ actor: China, issue: cn_pressure }", "{ actor: China, issue: cn_pressure }", "diplomacy.delay[0].from[0].scale", "missing required key 'scale'")]
    [InlineData("from: [{ actor: China, issue: cn_pressure, scale: 0.05 }] }", "from: { actor: China, issue: cn_pressure, scale: 0.05 } }", "{ actor: China, issue", "diplomacy.delay[0].from", "expected a list, found a mapping")]
    [InlineData("{ actor: China, issue: cn_pressure, at_least: 70 }", "{ actor: China, issue: cn_pressure }", "{ actor: China, issue: cn_pressure }]", "diplomacy.negotiations[0].items[0].at_least", "an item needs a bound: at_least or at_most")]
    [InlineData("cn_pressure, at_least: 70 }]", "cn_pressure, at_least: 70, at_most: 90 }]", "70, at_most: 90", "diplomacy.negotiations[0].items[0].at_least", "give either at_most or at_least, not both")]
    [InlineData("{ id: freeze, sides: [[DPRK], [US, ROK, China]],", "{ id: freeze,", "{ id: freeze", "diplomacy.negotiations[1].parties", "a negotiation needs its parties: give parties, sides, or both")]
    [InlineData("sides: [[DPRK], [US, ROK, China]]", "sides: [DPRK, [US, ROK, China]]", "DPRK, [US", "diplomacy.negotiations[1].sides[0]", "expected a side: a list of parties (such as [US, ROK]), found text")]
    [InlineData("deadline: 6,", "deadline: 6.5,", "6.5", "diplomacy.negotiations[0].deadline", "'6.5' is not a whole round number")]
    [InlineData("{ US: 0.3, China: 0.2 }", "{ US: high, China: 0.2 }", "high", "diplomacy.negotiations[0].no_deal_cost.US", "'high' is not a finite number")]
    [InlineData("{ US: 0.3, China: 0.2 }", "[0.3, 0.2]", "[0.3, 0.2]", "diplomacy.negotiations[0].no_deal_cost", "expected a mapping of party ids to no-deal costs (such as { US: 0.3, China: 0.2 }), or one number for every party, found a list")]
    [InlineData("rounds: 2 }", "round: 2 }", "round: 2 }", "diplomacy.negotiations[0].summit.round", "unknown key 'round' (did you mean 'rounds'?)")]
    [InlineData("summit: { boost: 1.25, rounds: 2 }", "summit: yes", "yes", "diplomacy.negotiations[0].summit", "expected a summit (such as { boost: 1.25, rounds: 2 }) (a mapping of keys to values), found text")]
    [InlineData("dyads: [[US, DPRK], [ROK, DPRK]]", "dyads: [[US, DPRK], ROK]", "ROK], cost", "diplomacy.conflict.dyads[1]", "expected a dyad (such as [US, DPRK]), found text")]
    [InlineData("cost: { DPRK: 0.5 }", "cost: [DPRK]", "[DPRK] }", "diplomacy.conflict.cost", "expected a mapping of actor ids to conflict costs (such as { DPRK: 0.5 }), found a list")]
    [InlineData("cost: { DPRK: 0.5 }", "cost: { DPRK: }", "} }\n  montecarlo", "diplomacy.conflict.cost.DPRK", "needs a number")]
    [InlineData("conflict: { dyads:", "conflict: { pairs:", "pairs", "diplomacy.conflict.pairs", "unknown key 'pairs'")]
    public void A_malformed_part_two_key_is_refused_at_the_line_and_column_of_the_fault(string original, string replacement, string needle, string field, string message)
    {
        var yaml = With(original, replacement);

        var error = Assert.Single(Assert.Throws<ScenarioLoadException>(() => Read(yaml)).Diagnostics);

        Assert.Equal(At(yaml, needle), (error.Line!.Value, error.Column!.Value));
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}

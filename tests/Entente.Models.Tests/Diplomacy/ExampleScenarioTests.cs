using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Validation;
using Entente.Models.Diplomacy;

namespace Entente.Models.Tests.Diplomacy;

/// <summary>The bundled diplomacy cases run end to end, and their variants differ in the direction the mechanisms imply.</summary>
public sealed class ExampleScenarioTests
{
    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml")]
    [InlineData("korea-2017-coordination.yaml")]
    [InlineData("climate-2014-us-china.yaml")]
    public void The_case_and_each_variant_run_end_to_end_with_a_narrative(string file)
    {
        var scenario = Diplomatic.Example(file);
        Assert.DoesNotContain(ScenarioValidator.Validate(scenario), p => p.Severity == Severity.Error);

        foreach (var variant in new[] { scenario }.Concat(scenario.Variants.Select(v => VariantPatcher.Apply(scenario, v.Name))))
        {
            var result = Diplomatic.Run(variant);
            var outcome = result.Diplomacy!;
            Assert.InRange(outcome.EscalationIndex, 0, 1);
            Assert.InRange(outcome.AgreementProbability, 0, 1);
            Assert.NotEmpty(outcome.Narrative);
            Assert.StartsWith("Round 1:", outcome.Narrative[0], StringComparison.Ordinal);
            Assert.All(result.Issues, i => Assert.InRange(i.Forecast, 0, 100));
        }
    }

    [Fact]
    public void The_2010_narrative_tells_the_envoy_the_leak_and_the_state_visit()
    {
        var narrative = Diplomatic.Run(Diplomatic.Example("korea-2010-yeonpyeong.yaml")).Diplomacy!.Narrative;

        Assert.Contains(narrative, l => l.StartsWith("Round 1: China's envoy Dai Bingguo in Pyongyang (private, credibility 0.20) told North Korea", StringComparison.Ordinal));
        Assert.Contains(narrative, l => l.StartsWith("Round 2: US officials", StringComparison.Ordinal) && l.Contains("(leak, credibility 0.50)", StringComparison.Ordinal));
        Assert.Contains(narrative, l => l.StartsWith("Round 4: Summit (President Hu's state visit", StringComparison.Ordinal));
    }

    [Fact]
    public void Praise_in_private_moves_Beijings_belief_about_the_alliance_less_than_the_leak()
    {
        // The mechanism: a private channel has base credibility 0.2 against the leak's 0.5, so China's
        // belief about the US posture moves less toward the claimed 20 (with κ = 2: a weight of 0.2/2.2 against 0.5/2.5).
        var scenario = Diplomatic.Example("korea-2010-yeonpyeong.yaml");
        BeliefShift China(Scenario s) => Diplomatic.Engine(s).ScenarioRounds[2].Beliefs!.Single(b => b.Observer == "CN" && b.Signal == "leak");

        var leaked = China(scenario);
        var praised = China(VariantPatcher.Apply(scenario, "praise-in-private"));

        Assert.Equal((2 * leaked.PositionBefore + 0.5 * 20) / 2.5, leaked.PositionAfter, 9);
        Assert.Equal((2 * praised.PositionBefore + 0.2 * 20) / 2.2, praised.PositionAfter, 9);
        double Pull(BeliefShift b) => (b.PositionAfter - b.PositionBefore) / (20 - b.PositionBefore);
        Assert.True(Pull(praised) < Pull(leaked));
    }

    [Fact]
    public void Without_the_envoy_Pyongyang_keeps_believing_Beijing_indulgent()
    {
        var scenario = Diplomatic.Example("korea-2010-yeonpyeong.yaml");

        var withEnvoy = Diplomatic.Engine(scenario).ScenarioRounds[1].Beliefs!.Where(b => b.Observer == "KP").ToArray();
        var without = Diplomatic.Engine(VariantPatcher.Apply(scenario, "no-envoy")).ScenarioRounds[1].Beliefs!.Where(b => b.Observer == "KP");

        var shift = Assert.Single(withEnvoy);
        Assert.True(shift.PositionAfter < shift.PositionBefore);
        Assert.True(shift.SalienceAfter > shift.SalienceBefore);
        Assert.Empty(without);
    }

    [Fact]
    public void One_voice_raises_Washingtons_weight_and_the_climate_style_variant_lowers_escalation()
    {
        // Unity: the divided US carries c·unity < c; unified it carries c. The climate-style package drops the
        // public threats and adds reassurance, so fewer pairs expect to gain from a confrontation.
        var scenario = Diplomatic.Example("korea-2017-coordination.yaml");
        var divided = new Cast(scenario);
        var unified = new Cast(VariantPatcher.Apply(scenario, "one-voice"));
        var us = divided.ActorIndex["US"];
        var preconditions = divided.IssueIndex["preconditions"];

        Assert.True(divided.Unity[preconditions][us] < 1);
        Assert.Equal(1, unified.Unity[preconditions][us]);

        var bluster = Diplomatic.Run(scenario).Diplomacy!.EscalationIndex;
        var climate = Diplomatic.Run(VariantPatcher.Apply(scenario, "climate-style")).Diplomacy!.EscalationIndex;
        Assert.True(climate < bluster, $"climate-style {climate} vs bluster {bluster}");
    }

    [Fact]
    public void Public_bargaining_costs_each_side_its_room_to_move_in_the_climate_case()
    {
        // Quiet talks carry no audience cost; claims made in public tie both negotiators to them.
        var scenario = Diplomatic.Example("climate-2014-us-china.yaml");
        var quiet = Diplomatic.Engine(scenario).Final;
        var loud = Diplomatic.Engine(VariantPatcher.Apply(scenario, "public-bargaining")).Final;
        var cast = new Cast(scenario);

        Assert.Equal(0, quiet.Claims[cast.ActorIndex["US"]][cast.IssueIndex["us_target"]]!.Value.AudienceCost);
        Assert.Equal(1, loud.Claims[cast.ActorIndex["US"]][cast.IssueIndex["us_target"]]!.Value.AudienceCost);
    }
}

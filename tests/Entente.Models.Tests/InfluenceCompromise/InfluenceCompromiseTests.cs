using Entente.Domain;
using Entente.Models.InfluenceCompromise;

namespace Entente.Models.Tests.InfluenceCompromise;

public class InfluenceCompromiseTests
{
    // Votes 4, 2, 1 with a quota of 5 of 7: Banzhaf 0.6, 0.2, 0.2.
    private static Scenario Council(params (string Id, double Votes, double Position)[] voters) => new()
    {
        Name = "council",
        Actors = new(voters.Select(v => new Actor { Id = v.Id, Name = v.Id, Capability = v.Votes })),
        Issues = [new Issue
        {
            Id = "i", Name = "i", Scale = IssueScale.Percent,
            DecisionRule = new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority, Threshold = 5 / 7.0 },
        }],
        Stances = new(voters.Select(v => new Stance { ActorId = v.Id, IssueId = "i", Position = v.Position, Salience = 1 })),
    };

    private static readonly Scenario Abc = Council(("a", 4, 0), ("b", 2, 50), ("c", 1, 100));

    private static double Forecast(string model, Scenario s, params ModelOption[] options) =>
        ModelCatalog.Create(model, options).Run(s, ModelRunContext.Default).Issues[0].Forecast;

    [Fact]
    public void A_multiplier_scales_one_actors_power_weight()
    {
        // Weights 0.6·2, 0.2, 0.2: (0 + 10 + 20) / 1.6 = 18.75, against 30 without the multiplier.
        Assert.Equal(18.75, Forecast("power-compromise", Abc, new ModelOption("influence", "a:2")), 12);
        Assert.Equal(30, Forecast("power-compromise", Abc), 12);
    }

    [Fact]
    public void Where_no_actor_has_a_fitted_multiplier_it_is_the_power_compromise()
    {
        Assert.Equal(Forecast("power-compromise", Abc), Forecast("influence-compromise", Abc), 12);
    }

    [Fact]
    public void The_fitted_multipliers_act_on_the_EU_codes_and_can_be_replaced()
    {
        // Germany (fitted 2) and the United Kingdom (fitted 0.5) with equal votes and a simple majority of two.
        var council = Council(("de", 1, 0), ("uk", 1, 100)) with
        {
            Issues = [Abc.Issues[0] with { DecisionRule = new DecisionRule { Kind = DecisionRuleKind.Majority } }],
        };
        var fitted = InfluenceCompromiseOptions.Fitted;
        var expected = fitted["uk"] * 100 / (fitted["de"] + fitted["uk"]);
        Assert.Equal(expected, Forecast("influence-compromise", council), 12);
        Assert.Equal(50, Forecast("influence-compromise", council, new ModelOption("influence", "")), 12);
    }

    [Theory]
    [InlineData("de:0", "must be a positive number")]
    [InlineData("de:-1", "must be a positive number")]
    [InlineData("de:x", "must be a positive number")]
    [InlineData("de", "id:factor pairs")]
    public void A_bad_multiplier_is_refused_with_the_pair_named(string text, string message)
    {
        var e = Assert.Throws<ModelOptionsException>(() => ModelCatalog.Create("influence-compromise", [new ModelOption("influence", text)]));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("influence-compromise", e.Message, StringComparison.Ordinal);
    }
}

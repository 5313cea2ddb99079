using Entente.Domain;

namespace Entente.Models.Tests.Common;

/// <summary>Figures a model prints come with what a reader needs to read them (issue 18, item 10).</summary>
public sealed class ExplainedFiguresTests
{
    private static Scenario Trio(DecisionRule? rule = null, double? statusQuo = null) => new()
    {
        Name = "trio",
        Actors = [new Actor { Id = "A", Name = "A", Capability = 3 }, new Actor { Id = "B", Name = "B", Capability = 2 }, new Actor { Id = "C", Name = "C", Capability = 1 }],
        Issues = [new Issue { Id = "x", Name = "x", Scale = IssueScale.Percent, DecisionRule = rule ?? new DecisionRule { Kind = DecisionRuleKind.Consensus }, StatusQuo = statusQuo }],
        Stances =
        [
            new Stance { ActorId = "A", IssueId = "x", Position = 80, Salience = 0.5 },
            new Stance { ActorId = "B", IssueId = "x", Position = 40, Salience = 0.5 },
            new Stance { ActorId = "C", IssueId = "x", Position = 10, Salience = 0.5 },
        ],
    };

    private static IssueForecast Run(string model, Scenario scenario) => ModelCatalog.Create(model).Run(scenario, ModelRunContext.Default).Issues[0];

    [Fact]
    public void Nash_bargaining_says_when_it_assumed_the_status_quo()
    {
        var assumed = Run("nbs", Trio());
        var given = Run("nbs", Trio(statusQuo: 20));

        Assert.Equal(0, assumed.Details["statusQuo"]);
        Assert.StartsWith("Status quo (the disagreement point) not given; assumed 0, the end of the scale farthest from the weighted mean", assumed.Explanation[0], StringComparison.Ordinal);
        Assert.Equal("Status quo (the disagreement point) 20, as the scenario gives it.", given.Explanation[0]);
    }

    [Fact]
    public void Power_compromise_explains_equal_power_under_consensus()
    {
        var consensus = Run("power-compromise", Trio());

        Assert.Single(consensus.Details.Values.Distinct());
        Assert.StartsWith("Decision rule: consensus", consensus.Explanation[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Influence_compromise_says_when_no_actor_has_a_fitted_factor()
    {
        var outside = Run("influence-compromise", Trio());

        Assert.Equal(Run("power-compromise", Trio()).Forecast, outside.Forecast);
        Assert.Contains(outside.Explanation, line => line.StartsWith("No actor of this issue has a fitted influence factor", StringComparison.Ordinal));
    }
}

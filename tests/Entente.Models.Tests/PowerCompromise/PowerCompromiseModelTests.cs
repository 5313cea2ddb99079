using Entente.Domain;

namespace Entente.Models.Tests.PowerCompromise;

public class PowerCompromiseModelTests
{
    // Votes 4, 2, 1 with a quota of 5 of 7: Banzhaf 0.6, 0.2, 0.2. The Commission bargains without a vote.
    private static Scenario Council(bool withCommission = true) => new()
    {
        Name = "council",
        Actors = new(new[]
        {
            new Actor { Id = "a", Name = "a", Capability = 4 },
            new Actor { Id = "b", Name = "b", Capability = 2 },
            new Actor { Id = "c", Name = "c", Capability = 1 },
        }.Concat(withCommission ? [new Actor { Id = "com", Name = "com", Capability = 99, Groups = ["agenda-setter", "non-voting"] }] : [])),
        Issues = [new Issue
        {
            Id = "i", Name = "i", Scale = IssueScale.Percent,
            DecisionRule = new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority, Threshold = 5 / 7.0 },
        }],
        Stances = new(new[]
        {
            new Stance { ActorId = "a", IssueId = "i", Position = 0, Salience = 0.5 },
            new Stance { ActorId = "b", IssueId = "i", Position = 50, Salience = 1 },
            new Stance { ActorId = "c", IssueId = "i", Position = 100, Salience = 1 },
        }.Concat(withCommission ? [new Stance { ActorId = "com", IssueId = "i", Position = 100, Salience = 1 }] : [])),
    };

    private static double Forecast(Scenario s, params ModelOption[] options) =>
        ModelCatalog.Create("power-compromise", options).Run(s, ModelRunContext.Default).Issues[0].Forecast;

    [Fact]
    public void Each_voter_weighs_its_power_index_not_its_votes()
    {
        // 0.6·0 + 0.2·50 + 0.2·100 = 30 (votes as weights would give (0 + 100 + 100) / 7 = 28.6).
        Assert.Equal(30, Forecast(Council(withCommission: false)), 12);
    }

    [Fact]
    public void A_non_voting_actor_weighs_a_multiple_of_the_strongest_voter()
    {
        // The Commission at 0.6 (a's index): (0 + 10 + 20 + 60) / 1.6.
        Assert.Equal(90 / 1.6, Forecast(Council()), 12);
        // Twice a's index: (0 + 10 + 20 + 120) / 2.2.
        Assert.Equal(150 / 2.2, Forecast(Council(), new ModelOption("non-voting-weight", "2")), 12);
    }

    [Fact]
    public void The_salience_exponent_brings_salience_back()
    {
        // γ = 1: weights 0.6·0.5, 0.2·1, 0.2·1, 0.6·1.
        var expected = (0.2 * 50 + 0.2 * 100 + 0.6 * 100) / (0.3 + 0.2 + 0.2 + 0.6);
        Assert.Equal(expected, Forecast(Council(), new ModelOption("salience-exponent", "1")), 12);
    }

    [Fact]
    public void Shapley_Shubik_weighs_the_large_voter_by_its_pivotal_orders()
    {
        // 4/6·0 + 1/6·50 + 1/6·100 = 25.
        Assert.Equal(25, Forecast(Council(withCommission: false), new ModelOption("index", "shapley-shubik")), 12);
    }

    [Fact]
    public void Bad_options_are_refused_with_their_names()
    {
        var e = Assert.Throws<ModelOptionsException>(() => ModelCatalog.Create("power-compromise", [new("index", "penrose"), new("salience-exponent", "-1")]));
        Assert.Contains("index", e.Message);
        Assert.Contains("salience-exponent", e.Message);
    }
}

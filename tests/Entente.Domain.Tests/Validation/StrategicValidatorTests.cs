using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Domain.Validation;

namespace Entente.Domain.Tests.Validation;

/// <summary>The version-2 layer's checks, on the scenario itself: each problem's path names the element at fault.</summary>
public class StrategicValidatorTests
{
    private static Scenario With(StrategicLayer layer)
    {
        var s = ScenarioBuilder.TwoActorsOneIssue();
        return s with
        {
            Actors = [s.Actors[0] with { Factions = [new Faction { Name = "hawks", Weight = 0.6 }, new Faction { Name = "doves", Weight = 0.4 }] }, s.Actors[1]],
            Strategic = layer,
        };
    }

    private static ScenarioProblem Only(StrategicLayer layer) =>
        Assert.Single(ScenarioValidator.Validate(With(layer)), p => p.Severity == Severity.Error);

    private static readonly Claim Stand = new()
    {
        Id = "line", Senders = ["a"], Kind = ClaimKind.Stand, Channel = Channel.Public, Issue = "x", Level = 3,
    };

    [Fact]
    public void A_sound_layer_has_no_problems()
    {
        var layer = new StrategicLayer
        {
            Types = [new TypeDeclaration { Of = "a.hawks", Dimension = TypeDimension.Resolve, Issue = "x", Prior = new TypePrior { Grid = [0.2, 0.8], Prior = [1, 1] }, True = 0.8 }],
            Signals = [Stand],
        };

        Assert.Empty(ScenarioValidator.Validate(With(layer)));
    }

    [Fact]
    public void A_faction_is_named_as_actor_dot_faction()
    {
        var problem = Only(new StrategicLayer { Signals = [Stand with { Senders = ["a.owls"] }] });

        Assert.Equal("diplomacy.signals[0].by[0]", problem.Path);
        Assert.Equal("actor 'a' has no faction 'owls'", problem.Message);
    }

    [Fact]
    public void Duplicate_signal_ids_are_refused()
    {
        var problem = Only(new StrategicLayer { Signals = [Stand, Stand with { Round = 2 }] });

        Assert.Equal("diplomacy.signals[1].id", problem.Path);
        Assert.Equal("duplicate signal id 'line'", problem.Message);
    }

    [Fact]
    public void A_promise_with_a_reaction_cost_is_refused()
    {
        var promise = new Claim
        {
            Id = "offer", Senders = ["a"], To = "b", Kind = ClaimKind.Promise, Ask = new Bound("x", BoundDirection.AtLeast, 5),
            Action = new ClaimAction { Issue = "x", To = 4 }, Reaction = new Reaction { Cost = 0.1 },
        };

        var problem = Only(new StrategicLayer { Signals = [promise] });

        Assert.Equal("diplomacy.signals[0].reaction", problem.Path);
        Assert.Equal("a reaction cost applies to threats and stands only, not to a promise", problem.Message);
    }

    [Fact]
    public void A_centre_carried_from_version_one_must_be_a_resolve()
    {
        var belief = new BeliefDeclaration { Observer = "b", About = "a", Dimension = TypeDimension.Resolve, Issue = "x", Prior = new TypePrior { Uncertain = 0.1, Centre = 0 } };

        var problem = Only(new StrategicLayer { Beliefs = [belief] });

        Assert.Equal("diplomacy.beliefs[0].uncertain", problem.Path);
        Assert.Equal("the centre 0 is not a resolve: it lies in (0, 1]", problem.Message);
    }

    [Fact]
    public void A_true_value_off_the_grid_is_only_a_warning()
    {
        // a's salience on x is 0.5: uncertain 0.2 gives 0.1, 0.3, 0.5, 0.7, 0.9.
        var type = new TypeDeclaration { Of = "a", Dimension = TypeDimension.Resolve, Issue = "x", Prior = new TypePrior { Uncertain = 0.2 }, True = 0.62 };

        var problem = Assert.Single(ScenarioValidator.Validate(With(new StrategicLayer { Types = [type] })));

        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal("diplomacy.types[0].true", problem.Path);
        Assert.Equal("the true value 0.62 is not on the grid (0.1, 0.3, 0.5, 0.7, 0.9); the nearest grid point 0.7 is used", problem.Message);
    }

    [Theory]
    [InlineData("diplomacy.signals[0].by", true)]
    [InlineData("diplomacy.defaults.tremble", true)]
    [InlineData("diplomacy.outputs.watch[1].about", true)]
    [InlineData("diplomacy.audienceCost.leak", false)]
    [InlineData("diplomacy.signalsX", false)]
    [InlineData("signals[0].from", false)]
    public void Problems_of_the_layer_are_told_from_those_of_the_version_one_settings(string path, bool concerns)
    {
        Assert.Equal(concerns, StrategicValidator.Concerns(path));
    }
}

using Entente.Domain.Validation;

namespace Entente.Domain.Tests.Validation;

public class ScenarioValidatorTests
{
    private static IReadOnlyList<ScenarioProblem> Errors(Scenario scenario) =>
        ScenarioValidator.Validate(scenario).Where(p => p.Severity == Severity.Error).ToList();

    [Fact]
    public void A_sound_scenario_has_no_problems() =>
        Assert.Empty(ScenarioValidator.Validate(ScenarioBuilder.TwoActorsOneIssue()));

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with
        {
            Actors = [scenario.Actors[0] with { Capability = -1 }, scenario.Actors[1] with { Id = "a" }],
            Stances =
            [
                scenario.Stances[0] with { Position = 11 },
                scenario.Stances[1] with { Salience = 1.5 },
            ],
        };

        var paths = Errors(scenario).Select(p => p.Path).ToList();

        Assert.Contains("actors[0].capability", paths);
        Assert.Contains("actors[1].id", paths);
        Assert.Contains("stances[0].position", paths);
        Assert.Contains("stances[1].salience", paths);
    }

    [Fact]
    public void Unknown_references_are_named_with_a_suggestion()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = [scenario.Stances[0], scenario.Stances[1] with { ActorId = "bb", IssueId = "y" }] };

        var problems = Errors(scenario);

        var actor = Assert.Single(problems, p => p.Path == "stances[1].actor");
        Assert.Contains("'bb'", actor.Message);
        Assert.Contains("did you mean 'b'", actor.Message);
        Assert.Single(problems, p => p.Path == "stances[1].issue");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Capability_must_be_positive_and_finite(double capability)
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = [scenario.Stances[0] with { Capability = capability }, scenario.Stances[1]] };

        Assert.Equal("capability", Assert.Single(Errors(scenario)).Field);
    }

    [Theory]
    [InlineData(1e13)]
    [InlineData(1e308)]
    public void A_capability_too_large_for_the_models_sums_is_an_error_that_says_to_rescale(double capability)
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Actors = [scenario.Actors[0] with { Capability = capability }, scenario.Actors[1]] };

        var error = Assert.Single(Errors(scenario));
        Assert.Equal("actors[0].capability", error.Path);
        Assert.Contains("rescale", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200.0, true)]
    [InlineData(10.0, false)]
    public void A_stances_capability_noise_beyond_ten_is_an_error_at_its_noise(double sigma, bool refused)
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = [scenario.Stances[0] with { Noise = new StanceNoise { Capability = sigma } }, .. scenario.Stances.Skip(1)] };

        var errors = Errors(scenario);
        Assert.Equal(refused ? 1 : 0, errors.Count);
        if (refused)
        {
            Assert.EndsWith(".noise.capability", errors[0].Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_largest_capability_allowed_is_accepted()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Actors = [scenario.Actors[0] with { Capability = ScenarioValidator.LargestMagnitude }, scenario.Actors[1]] };

        Assert.Empty(Errors(scenario));
    }

    [Theory]
    [InlineData(-1e300, 10)]
    [InlineData(0, 1.7e308)]
    public void A_scale_wider_than_the_models_distances_carry_is_an_error(double min, double max)
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Issues = [scenario.Issues[0] with { Scale = new IssueScale { Min = min, Max = max } }] };

        Assert.Contains(Errors(scenario), p => p.Path.StartsWith("issues[0].scale.", StringComparison.Ordinal) && p.Message.Contains("rescale", StringComparison.Ordinal));
    }

    [Fact]
    public void An_issue_nobody_cares_about_gets_a_warning_naming_it()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = [.. scenario.Stances.Select(st => st with { Salience = 0 })] };

        var problems = ScenarioValidator.Validate(scenario);

        var warning = Assert.Single(problems);
        Assert.Equal((Severity.Warning, "issues[0]"), (warning.Severity, warning.Path));
        Assert.Contains("every salience on issue 'x' is 0", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_actor_caring_is_enough_for_no_warning()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = [scenario.Stances[0] with { Salience = 0 }, scenario.Stances[1]] };

        Assert.Empty(ScenarioValidator.Validate(scenario));
    }

    [Fact]
    public void A_stance_needs_a_capability_from_itself_or_its_actor()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Actors = [scenario.Actors[0] with { Capability = null }, scenario.Actors[1]] };

        Assert.Equal("stances[0].capability", Assert.Single(Errors(scenario)).Path);

        var fixedByStance = scenario with { Stances = [scenario.Stances[0] with { Capability = 3 }, scenario.Stances[1]] };
        Assert.Empty(Errors(fixedByStance));
    }

    [Fact]
    public void Percent_saliences_are_accepted_only_when_the_scenario_declares_them()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = [scenario.Stances[0] with { Salience = 80 }, scenario.Stances[1] with { Salience = 100 }] };

        var unit = Errors(scenario);
        Assert.Equal(2, unit.Count);
        Assert.Contains("salienceScale: percent", unit[0].Message);

        Assert.Empty(Errors(scenario with { SalienceScale = SalienceScale.Percent }));
        var tooHigh = scenario with { SalienceScale = SalienceScale.Percent, Stances = [scenario.Stances[0] with { Salience = 101 }, scenario.Stances[1]] };
        Assert.Equal("stances[0].salience", Assert.Single(Errors(tooHigh)).Path);
    }

    [Fact]
    public void An_issue_needs_two_participants()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = [scenario.Stances[0]] };

        var problems = ScenarioValidator.Validate(scenario);

        Assert.Contains(problems, p => p.Path == "issues[0]" && p.Severity == Severity.Error && p.Message.Contains("1 participant"));
        Assert.Contains(problems, p => p.Path == "actors[1]" && p.Severity == Severity.Warning);
    }

    [Fact]
    public void The_same_actor_and_issue_may_not_be_given_twice()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Stances = scenario.Stances.Add(scenario.Stances[0]) };

        Assert.Equal("stances[2]", Assert.Single(Errors(scenario)).Path);
    }

    [Fact]
    public void Scales_labels_and_status_quo_are_checked()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        var issue = scenario.Issues[0] with
        {
            Scale = new IssueScale { Min = 0, Max = 10, Labels = [new ScalePoint(0, "none"), new ScalePoint(12, "beyond"), new ScalePoint(0, "again")] },
            StatusQuo = -1,
        };

        var paths = Errors(scenario with { Issues = [issue] }).Select(p => p.Path).ToList();

        Assert.Equal(["issues[0].scale.labels[1]", "issues[0].scale.labels[2]", "issues[0].statusQuo"], paths);

        var inverted = issue with { Scale = new IssueScale { Min = 5, Max = 5 }, StatusQuo = null };
        Assert.Contains("issues[0].scale.max", Errors(scenario with { Issues = [inverted] }).Select(p => p.Path));
    }

    [Fact]
    public void Decision_rules_are_checked_for_their_parameters()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        Issue With(DecisionRule rule) => scenario.Issues[0] with { DecisionRule = rule };

        Assert.Equal("issues[0].decisionRule.threshold", Assert.Single(Errors(scenario with
        {
            Issues = [With(new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority })],
        })).Path);
        Assert.Equal("issues[0].decisionRule.threshold", Assert.Single(Errors(scenario with
        {
            Issues = [With(new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority, Threshold = 0.4 })],
        })).Path);
        Assert.Empty(Errors(scenario with
        {
            Issues = [With(new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority, Threshold = 0.71 })],
        }));
        Assert.Equal("issues[0].decisionRule.vetoPlayers[1]", Assert.Single(Errors(scenario with
        {
            Issues = [With(new DecisionRule { Kind = DecisionRuleKind.VetoPlayers, VetoPlayers = ["a", "z"] })],
        })).Path);
        Assert.Equal("issues[0].decisionRule.vetoPlayers", Assert.Single(Errors(scenario with
        {
            Issues = [With(new DecisionRule { Kind = DecisionRuleKind.VetoPlayers })],
        })).Path);
    }

    [Fact]
    public void Double_majority_clauses_belong_to_a_qualified_majority_and_must_be_in_range()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        Issue With(DecisionRule rule) => scenario.Issues[0] with { DecisionRule = rule };
        IEnumerable<string> PathsOf(DecisionRule rule) => Errors(scenario with { Issues = [With(rule)] }).Select(p => p.Path);
        var qualified = new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority, Threshold = 0.65 };

        Assert.Empty(PathsOf(qualified with { MemberShare = 0.55, BlockingMinority = 4 }));
        Assert.Equal(["issues[0].decisionRule.memberShare"], PathsOf(qualified with { MemberShare = 1.5 }));
        Assert.Equal(["issues[0].decisionRule.memberShare"], PathsOf(qualified with { MemberShare = 0 }));
        Assert.Equal(["issues[0].decisionRule.blockingMinority"], PathsOf(qualified with { BlockingMinority = 0 }));
        Assert.Equal(["issues[0].decisionRule.memberShare", "issues[0].decisionRule.blockingMinority"],
            PathsOf(new DecisionRule { Kind = DecisionRuleKind.Majority, MemberShare = 0.5, BlockingMinority = 2 }));
    }

    [Fact]
    public void Decision_rule_names_round_trip()
    {
        foreach (var kind in Enum.GetValues<DecisionRuleKind>())
        {
            Assert.True(DecisionRule.TryParseKind(DecisionRule.NameOf(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }
        Assert.False(DecisionRule.TryParseKind("unanimity", out _));
    }

    [Fact]
    public void A_problem_names_its_field()
    {
        Assert.Equal("salience", new ScenarioProblem("stances[3].salience", "x").Field);
        Assert.Equal("vetoPlayers", new ScenarioProblem("issues[0].decisionRule.vetoPlayers[2]", "x").Field);
        Assert.Equal("issues", new ScenarioProblem("issues[0]", "x").Field);
    }
}

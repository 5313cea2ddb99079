using Entente.Domain;
using Entente.Domain.Validation;

namespace Entente.Formats.Tests.Yaml;

public class YamlScenarioReaderTests
{
    private static ScenarioDocument Read(string yaml) => ScenarioFiles.Parse(yaml, "case.yaml");

    private static IReadOnlyList<Diagnostic> Errors(string yaml) =>
        Assert.Throws<ScenarioLoadException>(() => Read(yaml)).Diagnostics;

    /// <summary>The 1-based line and column where <paramref name="needle"/> first occurs in <paramref name="text"/>.</summary>
    private static (int Line, int Column) At(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, needle);
        var line = text[..index].Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 1;
        return (line, column);
    }

    [Fact]
    public void The_EC_cars_example_reads_to_the_scenario_it_describes()
    {
        var expected = new Scenario
        {
            Name = "EC car emissions (1994)",
            Description = "Emission standards for medium-sized cars",
            Sources = new(["Bueno de Mesquita 1994, European Community Decision Making"]),
            SalienceScale = SalienceScale.Unit,
            Model = new ModelSettings { Name = "eum", Options = new([new ModelOption("rounds", "10"), new ModelOption("variant", "scholz")]) },
            Actors = new(
            [
                new Actor { Id = "NL", Name = "Netherlands", Capability = 0.08, Groups = new(["benelux"]) },
                new Actor { Id = "BE", Name = "Belgium", Capability = 0.08, RiskAttitude = 1.5 },
                new Actor { Id = "DE", Name = "Germany", Description = "the largest car maker" },
            ]),
            Issues = new(
            [
                new Issue
                {
                    Id = "cars", Name = "Emission standards", StatusQuo = 4,
                    Scale = new IssueScale { Min = 0, Max = 10, Labels = new([new ScalePoint(0, "no standard"), new ScalePoint(10, "strict US-style standard")]) },
                    DecisionRule = new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority, Threshold = 0.71 },
                },
                new Issue { Id = "tax", Name = "tax", Scale = IssueScale.Percent, DecisionRule = new DecisionRule { Kind = DecisionRuleKind.Majority } },
            ]),
            Stances = new(
            [
                new Stance { ActorId = "NL", IssueId = "cars", Position = 4, Salience = 0.8 },
                new Stance { ActorId = "BE", IssueId = "cars", Position = 7, Salience = 0.4 },
                new Stance { ActorId = "DE", IssueId = "cars", Position = 4, Salience = 0.8, Capability = 0.16 },
                new Stance { ActorId = "NL", IssueId = "tax", Position = 30, Salience = 0.2 },
                new Stance { ActorId = "DE", IssueId = "tax", Position = 70, Salience = 0.5, Capability = 0.2 },
            ]),
        };

        var document = Read(EcCars.Yaml);

        Assert.Equal(ScenarioFormat.Yaml, document.Format);
        Assert.Equal(expected, document.Scenario);
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Stance_paths_run_over_all_issues_and_point_at_their_key_and_values()
    {
        var map = Read(EcCars.Yaml).Map;

        Assert.True(map.TryFind("stances[4].actor", out var line, out var column));
        Assert.Equal(At(EcCars.Yaml, "DE:\n"), (line, column));
        Assert.True(map.TryFind("stances[4].capability", out line, out column));
        Assert.Equal(At(EcCars.Yaml, "capability: 0.2").Line, line);
        Assert.Equal(At(EcCars.Yaml, "capability: 0.2").Column + "capability: ".Length, column);
        Assert.True(map.TryFind("stances[1].salience", out line, out column));
        Assert.Equal(At(EcCars.Yaml, "0.4 }"), (line, column));
    }

    [Fact]
    public void Validation_problems_are_located_in_the_file()
    {
        var yaml = EcCars.Yaml.Replace("BE: { position: 7, salience: 0.4 }", "BX: { position: 7, salience: 4 }", StringComparison.Ordinal);

        var problems = Read(yaml).Validate().Where(p => p.Severity == Severity.Error).ToArray();

        var unknown = problems.Single(p => p.Field == "actor");
        Assert.Equal(At(yaml, "BX:"), (unknown.Line!.Value, unknown.Column!.Value));
        Assert.Contains("did you mean 'BE'?", unknown.Message, StringComparison.Ordinal);
        var salience = problems.Single(p => p.Field == "salience");
        Assert.Equal(At(yaml, "4 }"), (salience.Line!.Value, salience.Column!.Value));
        Assert.Contains("salienceScale: percent", salience.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_capability_falls_back_to_the_stance_line()
    {
        var yaml = EcCars.Yaml.Replace("DE: { position: 4, salience: 0.8, capability: 0.16 }", "DE: { position: 4, salience: 0.8 }", StringComparison.Ordinal);

        var problem = Read(yaml).Validate().Single(p => p.Severity == Severity.Error);

        Assert.Equal((At(yaml, "DE: { position: 4").Line, 11, "capability"), (problem.Line!.Value, problem.Column!.Value, problem.Field));
    }

    [Fact]
    public void Defaults_fill_what_a_minimal_file_leaves_out()
    {
        const string yaml = """
            name: minimal
            actors: [{ id: A, capability: 1 }, { id: B, capability: 2 }]
            issues:
              - id: i
                positions: { A: { position: 10, salience: 1 }, B: { position: 90, salience: 1 } }
            """;

        var scenario = Read(yaml).Scenario;

        Assert.Equal(SalienceScale.Unit, scenario.SalienceScale);
        Assert.Equal("A", scenario.Actors[0].Name);
        Assert.Equal(IssueScale.Percent, scenario.Issues[0].Scale);
        Assert.Equal(DecisionRule.Consensus, scenario.Issues[0].DecisionRule);
        Assert.Null(scenario.Model);
    }

    [Fact]
    public void An_unknown_key_is_reported_with_the_nearest_known_one()
    {
        var errors = Errors(EcCars.Yaml.Replace("    capability: 0.08\n    groups", "    capabilty: 0.08\n    groups", StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal((12, 5, "actors[0].capabilty"), (error.Line, error.Column, error.Field));
        Assert.Contains("did you mean 'capability'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_is_reported_where_it_stands()
    {
        var error = Assert.Single(Errors(EcCars.Yaml.Replace("groups: [benelux]", "groups: { a: b }", StringComparison.Ordinal)));

        Assert.Equal((13, 13, "actors[0].groups"), (error.Line, error.Column, error.Field));
        Assert.Contains("expected a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_id_is_reported_at_its_actor()
    {
        var error = Assert.Single(Errors(EcCars.Yaml.Replace("  - id: BE\n    name: Belgium", "  - name: Belgium", StringComparison.Ordinal)));

        Assert.Equal((14, 5, "actors[1].id"), (error.Line, error.Column, error.Field));
        Assert.Contains("missing required key 'id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_reported_with_the_line_of_the_first()
    {
        var error = Assert.Single(Errors(EcCars.Yaml.Replace("    riskAttitude: 1.5", "    riskAttitude: 1.5\n    name: Belgique", StringComparison.Ordinal)));

        Assert.Equal((18, 5, "actors[1].name"), (error.Line, error.Column, error.Field));
        Assert.Contains("first given on line 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_majority_reads_its_clauses_and_a_fractional_blocking_minority_is_located()
    {
        var yaml = EcCars.Yaml.Replace("{ kind: qualified-majority, threshold: 0.71 }",
            "{ kind: qualified-majority, threshold: 0.65, memberShare: 0.55, blockingMinority: 4 }", StringComparison.Ordinal);
        var rule = ScenarioFiles.Parse(yaml, "cars.yaml").Scenario.Issues[0].DecisionRule;
        Assert.Equal((0.65, 0.55, 4), (rule.Threshold, rule.MemberShare, rule.BlockingMinority));

        var error = Assert.Single(Errors(yaml.Replace("blockingMinority: 4", "blockingMinority: 4.5", StringComparison.Ordinal)));
        Assert.Equal("issues[0].decisionRule.blockingMinority", error.Field);
        Assert.Equal(yaml[..yaml.IndexOf("blockingMinority", StringComparison.Ordinal)].Count(c => c == '\n') + 1, error.Line);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,08")]
    [InlineData(".nan")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("[1]")]
    public void A_bad_number_is_reported_where_it_stands(string value)
    {
        var error = Assert.Single(Errors(EcCars.Yaml.Replace("capability: 0.08\n    groups", $"capability: {value}\n    groups", StringComparison.Ordinal)));

        Assert.Equal((12, 17, "actors[0].capability"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_at_once()
    {
        const string yaml = """
            name: many errors
            salienceScale: percnt
            actors:
              - id: A
                capability: lots
              - name: nobody
            issues:
              - id: i
                scale: { min: 0, max: ten }
                decisionRule: qualified-majorty
                positions:
                  A: { position: 4 }
                  A: { position: 5, salience: 1 }
            colour: blue
            """;

        var errors = Errors(yaml);

        Assert.Equal(
            [(2, 16), (5, 17), (6, 5), (9, 27), (10, 19), (12, 10), (13, 7), (14, 1)],
            errors.Select(e => (e.Line!.Value, e.Column!.Value)));
        Assert.Contains("did you mean 'percent'?", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'qualified-majority'?", errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("missing required key 'salience' in the position of", errors[5].Message, StringComparison.Ordinal);
        Assert.Matches("on issue '[^']+'$", errors[5].Message);
        Assert.Contains("duplicate key 'A'", errors[6].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_position()
    {
        var error = Assert.Single(Errors("name: x\nactors: [a, b\nissues: []\n"));

        Assert.NotNull(error.Line);
        Assert.StartsWith("YAML syntax", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_are_refused_so_that_no_file_can_expand_exponentially()
    {
        const string yaml = "name: &n x\ndescription: *n\nactors: []\nissues: []\n";

        var error = Assert.Single(Errors(yaml));

        Assert.Equal((2, 14), (error.Line, error.Column));
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var yaml = "name: x\nactors: " + new string('[', 5000) + new string(']', 5000) + "\nissues: []\n";

        var error = Assert.Single(Errors(yaml));

        Assert.Contains("nesting deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_label_is_named_by_its_place_in_the_file_even_after_a_bad_one()
    {
        var yaml = EcCars.Yaml.Replace("        0: \"no standard\"\n", "        0: \"no standard\"\n        zz: bad\n        5: half\n        x11: worse\n", StringComparison.Ordinal);
        Assert.NotEqual(EcCars.Yaml, yaml);

        var errors = Errors(yaml);

        Assert.Equal(
            [(At(yaml, "zz:"), "issues[0].scale.labels[1]"), (At(yaml, "x11:"), "issues[0].scale.labels[3]")],
            errors.Select(d => ((d.Line!.Value, d.Column!.Value), d.Field)).ToArray());
    }

    [Fact]
    public void A_yaml_tag_is_refused_where_it_stands_not_ignored()
    {
        var yaml = EcCars.Yaml.Replace("salienceScale: unit", "salienceScale: !custom unit", StringComparison.Ordinal);
        Assert.NotEqual(EcCars.Yaml, yaml);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal(At(yaml, "!custom"), (error.Line!.Value, error.Column!.Value));
        Assert.Equal("YAML tags ('!custom') are not part of the scenario format; remove the tag", error.Message);
    }

    [Fact]
    public void An_unsupported_yaml_directive_is_a_yaml_error_at_its_line()
    {
        var error = Assert.Single(Errors("%YAML 9.9\n---\n" + EcCars.Yaml));

        Assert.Equal(1, error.Line);
        Assert.StartsWith("YAML syntax: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_file_whose_first_line_is_a_comment_like_an_exchange_tag_reads_as_yaml()
    {
        var document = Read("#P, a note that happens to look like an exchange row\n" + EcCars.Yaml);

        Assert.Equal(Read(EcCars.Yaml).Scenario, document.Scenario);
    }
}

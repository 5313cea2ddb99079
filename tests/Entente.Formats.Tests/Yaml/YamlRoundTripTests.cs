using CsCheck;
using Entente.Domain;

namespace Entente.Formats.Tests.Yaml;

public class YamlRoundTripTests
{
    // Ids and labels deliberately include what YAML treats specially: spaces, quotes, colons, hashes,
    // leading dashes, words YAML reads as null or booleans, numbers, escapes and non-ASCII text.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf<string>("NL", "a b", "it's", "say \"no\"", "key: value", "# not a comment", "- dash", "null", "~", "true",
            "10", "1e5", "Ελλάδα", "中国", "emoji 🌍", "tab\there", "line\nbreak", "back\\slash", "  padded  ", "[x]", "{y}", "*star", "&amp", "%", "@at", "`tick`", "?q"),
        Gen.String[Gen.Char[' ', '~'], 1, 12],
        Gen.String[Gen.Char['\u00A0', '\u07FF'], 1, 6]);

    private static readonly Gen<double> Number = Gen.OneOf(
        Gen.Double[-1e6, 1e6],
        Gen.OneOf<double>(0.0, 1.0, 0.1, 1e-300, 1e300, -0.5, 4.0));

    private static readonly Gen<double?> OptionalNumber = Gen.Frequency((1, Gen.Const((double?)null)), (2, Number.Select(d => (double?)d)));

    private static readonly Gen<StanceNoise?> Noise =
        Gen.Select(Gen.Bool, OptionalNumber, OptionalNumber, OptionalNumber,
            (given, position, salience, capability) => given ? new StanceNoise { Position = position, Salience = salience, Capability = capability } : null);

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const((string?)null)), (2, Text.Select(t => (string?)t)));

    private static Gen<ValueList<T>> ListOf<T>(Gen<T> gen, int max) => gen.Array[0, max].Select(items => new ValueList<T>(items));

    private static readonly Gen<DecisionRule> Rule = Gen.OneOf(
        Gen.Enum<DecisionRuleKind>().Select(kind => new DecisionRule { Kind = kind }),
        Gen.Select(Gen.Enum<DecisionRuleKind>(), OptionalNumber, ListOf(Text, 3),
            (kind, threshold, vetoes) => new DecisionRule { Kind = kind, Threshold = threshold, VetoPlayers = vetoes }),
        Gen.Select(OptionalNumber, OptionalNumber, Gen.Frequency((1, Gen.Const((int?)null)), (2, Gen.Int[-5, 40].Select(i => (int?)i))),
            (threshold, share, blocking) => new DecisionRule { Kind = DecisionRuleKind.QualifiedMajority, Threshold = threshold, MemberShare = share, BlockingMinority = blocking }));

    private static readonly Gen<Scenario> Scenario =
        from name in Text
        from description in OptionalText
        from sources in ListOf(Text, 3)
        from percent in Gen.Bool
        from model in Gen.Frequency(
            (1, Gen.Const((ModelSettings?)null)),
            (1, Gen.Select(Text, ListOf(Gen.Select(Text, Text, (n, v) => new ModelOption(n, v)), 3),
                (n, options) => (ModelSettings?)new ModelSettings { Name = n, Options = new(options.DistinctBy(o => o.Name)) })))
        from actorIds in Text.Array[1, 5]
        from actors in Gen.Select(OptionalText, OptionalNumber, OptionalNumber, ListOf(Text, 2),
            (d, c, r, g) => (Description: d, Capability: c, Risk: r, Groups: g)).Array[actorIds.Length]
        from issueIds in Text.Array[1, 4]
        from issues in Gen.Select(OptionalText, Number, Number, ListOf(Gen.Select(Number, Text, (v, l) => new ScalePoint(v, l)), 3), OptionalNumber, Rule,
            (d, min, max, labels, sq, rule) => (Description: d, Min: min, Max: max, Labels: labels, StatusQuo: sq, Rule: rule)).Array[issueIds.Length]
        from names in Gen.Bool.Array[actorIds.Length + issueIds.Length]
        from stanceData in Gen.Select(Gen.Bool, Number, Number, OptionalNumber, Noise).Array[actorIds.Length * issueIds.Length]
        select Build(name, description, sources, percent, model, actorIds, actors, issueIds, issues, names, stanceData);

    private static Scenario Build(
        string name, string? description, ValueList<string> sources, bool percent, ModelSettings? model,
        string[] actorIds, (string? Description, double? Capability, double? Risk, ValueList<string> Groups)[] actors,
        string[] issueIds, (string? Description, double Min, double Max, ValueList<ScalePoint> Labels, double? StatusQuo, DecisionRule Rule)[] issues,
        bool[] names, (bool In, double Position, double Salience, double? Capability, StanceNoise? Noise)[] stances)
    {
        // Ids are unique and scale labels name distinct points, as in any file the writer can express.
        var uniqueActors = actorIds.Distinct().ToArray();
        var uniqueIssues = issueIds.Distinct().ToArray();
        var stanceList = new List<Stance>();
        for (var i = 0; i < uniqueIssues.Length; i++)
        {
            for (var a = 0; a < uniqueActors.Length; a++)
            {
                var s = stances[i * actorIds.Length + a];
                if (s.In)
                {
                    stanceList.Add(new Stance { ActorId = uniqueActors[a], IssueId = uniqueIssues[i], Position = s.Position, Salience = s.Salience, Capability = s.Capability, Noise = s.Noise });
                }
            }
        }
        return new Scenario
        {
            Name = name,
            Description = description,
            Sources = sources,
            SalienceScale = percent ? SalienceScale.Percent : SalienceScale.Unit,
            Model = model,
            Actors = new(uniqueActors.Select((id, a) => new Actor
            {
                Id = id,
                Name = names[a] ? id : $"{id} (full name)",
                Description = actors[a].Description,
                Capability = actors[a].Capability,
                RiskAttitude = actors[a].Risk,
                Groups = actors[a].Groups,
            })),
            Issues = new(uniqueIssues.Select((id, i) => new Issue
            {
                Id = id,
                Name = names[actorIds.Length + i] ? id : $"Issue {id}",
                Description = issues[i].Description,
                Scale = new IssueScale { Min = issues[i].Min, Max = issues[i].Max, Labels = new(issues[i].Labels.DistinctBy(p => p.Value)) },
                StatusQuo = issues[i].StatusQuo,
                DecisionRule = issues[i].Rule,
            })),
            Stances = new(stanceList),
        };
    }

    [Fact]
    public void Writing_then_reading_gives_back_an_equal_scenario()
    {
        Scenario.Sample(scenario =>
        {
            var yaml = YamlScenarioWriter.Write(scenario);
            var read = ScenarioFiles.Parse(yaml, "round-trip.yaml");
            Assert.Equal(scenario, read.Scenario);
            Assert.Equal(ScenarioFormat.Yaml, read.Format);
        }, iter: 500);
    }

    [Fact]
    public void The_hand_written_example_survives_a_round_trip()
    {
        var scenario = ScenarioFiles.Parse(EcCars.Yaml, "ec.yaml").Scenario;

        Assert.Equal(scenario, ScenarioFiles.Parse(YamlScenarioWriter.Write(scenario), "again.yaml").Scenario);
    }
}

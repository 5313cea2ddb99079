using System.Text.Json;
using CsCheck;
using Entente.Domain;

namespace Entente.Models.Tests.Diplomacy.V2.Engine;

/// <summary>P1: without a diplomacy layer, eum-diplomacy is the expected utility model, number for number.</summary>
public sealed class NoLayerTests
{
    private static readonly Gen<Scenario> Random =
        from actors in Gen.Int[3, 6]
        from issues in Gen.Int[1, 2]
        from positions in Gen.Int[0, 100].Array[actors * issues]
        from saliences in Gen.Int[1, 10].Array[actors * issues]
        from capabilities in Gen.Int[1, 10].Array[actors]
        select Build(actors, issues, positions, saliences, capabilities);

    private static Scenario Build(int actors, int issues, int[] positions, int[] saliences, int[] capabilities)
    {
        var ids = Enumerable.Range(0, actors).Select(a => ((char)('A' + a)).ToString()).ToArray();
        var issueIds = Enumerable.Range(0, issues).Select(i => $"i{i}").ToArray();
        return new Scenario
        {
            Name = "random",
            Actors = new(ids.Select((id, a) => new Actor { Id = id, Name = id, Capability = capabilities[a] / 10.0 })),
            Issues = new(issueIds.Select(id => new Issue { Id = id, Name = id, Scale = IssueScale.Percent })),
            Stances = new(issueIds.SelectMany((issue, d) => ids.Select((actor, a) => new Stance
            {
                ActorId = actor,
                IssueId = issue,
                Position = a == 0 ? 0 : a == 1 ? 100 : positions[d * actors + a],
                Salience = saliences[d * actors + a] / 10.0,
            }))),
        };
    }

    private static string Issues(ForecastResult r) => JsonSerializer.Serialize(r.Issues.Select(i => new { i.IssueId, i.Forecast, i.WeightedMean, i.StoppingReason, Rounds = i.Rounds.Select(x => x.Positions) }));

    [Fact]
    public void Without_a_layer_every_random_case_equals_the_expected_utility_model()
    {
        Random.Sample(s => Assert.Equal(Issues(Cases.RunEum(s)), Issues(Cases.Run(s))), iter: 60);
    }

    [Fact]
    public void Without_a_layer_the_ec_cars_case_equals_the_expected_utility_model()
    {
        var scenario = Entente.Formats.ScenarioFiles.Load(Path.Combine(Examples.Root, "examples", "ec-cars-1994.yaml")).Scenario;
        Assert.Null(scenario.Strategic);
        Assert.Equal(Issues(Cases.RunEum(scenario)), Issues(Cases.Run(scenario)));
    }
}

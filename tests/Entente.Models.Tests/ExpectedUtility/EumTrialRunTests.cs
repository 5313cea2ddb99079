using Entente.Domain;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// A sweep's run of the expected utility model on plain arrays, with one engine reset from trial to trial, forecasts
/// the model's own run bit for bit: random issues of every size a row of lanes meets, both variants, rounds capped.
/// </summary>
public sealed class EumTrialRunTests
{
    [Theory]
    [InlineData("eum", null)]
    [InlineData("eum", 2)]
    [InlineData("eum-scholz", null)]
    public void A_reused_engine_forecasts_what_the_model_does(string name, int? rounds)
    {
        var model = (ExpectedUtilityModel)ModelCatalog.Create(name);
        var run = new EumTrialRun(model.Options, rounds);
        var random = new Random(5);
        for (var issue = 0; issue < 300; issue++)
        {
            var n = 1 + random.Next(19);
            var positions = new double[n];
            var saliences = new double[n];
            var capabilities = new double[n];
            for (var a = 0; a < n; a++)
            {
                // Whole numbers now and then, so that ties and settled issues occur.
                positions[a] = random.Next(3) == 0 ? random.Next(4) : 10 * random.NextDouble();
                saliences[a] = random.NextDouble();
                capabilities[a] = 0.1 + random.NextDouble();
            }
            var scenario = new Scenario
            {
                Name = "random",
                Actors = new ValueList<Actor>(Enumerable.Range(0, n).Select(a => new Actor { Id = $"a{a}", Name = $"a{a}", Capability = capabilities[a] })),
                Issues = [new Issue { Id = "x", Name = "x", Scale = new IssueScale { Min = 0, Max = 10 } }],
                Stances = new ValueList<Stance>(Enumerable.Range(0, n).Select(a => new Stance { ActorId = $"a{a}", IssueId = "x", Position = positions[a], Salience = saliences[a] })),
            };
            var expected = model.Run(scenario, new ModelRunContext { Trial = (ulong)issue, Rounds = rounds }).Issues.Single().Forecast;

            var forecast = run.Forecast(positions, saliences, capabilities);

            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(forecast), $"issue {issue} of {n}: model {expected:R}, run {forecast:R}");
        }
    }
}

using System.Text.Json;
using Entente.Domain.Strategic;
using Entente.Simulation.Comparison;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;
using Entente.Simulation.Tests.Diplomacy;

namespace Entente.Simulation.Tests.Comparison;

/// <summary>
/// The attribution read from its pieces' numbers (what travels to and from a cluster) is the attribution of pairing
/// the Monte Carlo runs themselves, as the comparison did before it was cut into pieces: the same bits.
/// </summary>
public sealed class AttributionWorkTests
{
    private static readonly JsonSerializerOptions Everything = new()
    {
        IncludeFields = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml")]
    [InlineData("korea-2017-coordination.yaml")]
    [InlineData("climate-2014-us-china.yaml")]
    public void The_attribution_from_pieces_is_the_pairing_of_the_runs_themselves(string example)
    {
        var scenario = SourceCases.Document(example).Scenario;
        var request = new ForecastRequest { Scenario = scenario, Seed = 9 };
        const int trials = 12;

        var fromPieces = VariantComparison.Attribute(request, trials);

        Assert.Equal(Json(Paired(request, trials)), Json(fromPieces));
        Assert.NotEmpty(fromPieces);
    }

    // The comparison's attribution as it was written before its pieces: each element's runs paired with the base's.
    private static List<Attribution> Paired(ForecastRequest request, int trials)
    {
        var scenario = request.Scenario;
        var layer = scenario.Strategic ?? Version1Mapping.Map(scenario).Layer;
        scenario = scenario with { Strategic = layer };
        var model = ForecastRunner.ResolveModel(request);
        var options = ForecastRunner.ResolveOptions(request, model);
        var seed = ForecastRunner.SeedFor(request);
        var baseline = TypeMonteCarlo.Results(scenario, model, options, seed, trials, request.Rounds, null, CancellationToken.None);
        var result = new List<Attribution>();
        foreach (var claim in layer.Signals)
        {
            var without = scenario with { Strategic = layer with { Signals = new(layer.Signals.Where(c => c.Id != claim.Id)), Events = new(layer.Events.Where(e => e.Disown != claim.Id)) } };
            result.Add(new Attribution(claim.Id, Mechanisms.Of(claim), PairedComparison.Of(TypeMonteCarlo.Results(without, model, options, seed, trials, request.Rounds, null, CancellationToken.None), baseline)));
        }
        foreach (var negotiation in layer.Negotiations)
        {
            var without = scenario with { Strategic = layer with { Negotiations = new(layer.Negotiations.Where(n => n.Id != negotiation.Id)) } };
            result.Add(new Attribution(negotiation.Id, Mechanisms.Of(negotiation), PairedComparison.Of(TypeMonteCarlo.Results(without, model, options, seed, trials, request.Rounds, null, CancellationToken.None), baseline)));
        }
        return result;
    }

    private static string Json(IEnumerable<Attribution> attributions) => JsonSerializer.Serialize(attributions.ToList(), Everything);
}

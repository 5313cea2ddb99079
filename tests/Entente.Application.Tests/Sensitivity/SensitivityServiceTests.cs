using System.Text.Json;
using Entente.Simulation.Sensitivity;

namespace Entente.Application.Tests.Sensitivity;

public sealed class SensitivityServiceTests
{
    [Fact]
    public async Task The_tornado_is_the_analysis_of_the_engine_and_the_document_lists_every_bar()
    {
        using var harness = new Harness();
        var scenario = Harness.Example("ec-cars-1994.yaml");

        var outcome = await harness.Get<SensitivityService>().RunAsync(new SensitivityRequest { Scenario = scenario, Model = new ModelChoice { Model = "median" } });
        var engine = SensitivityAnalysis.Run(new Simulation.Forecasting.ForecastRequest { Scenario = scenario.Scenario, Model = "median" }, new SensitivitySettings());

        var issue = Assert.Single(outcome.Result.Issues);
        Assert.Equal(engine.Issues[0].Tornado.Select(b => (b.ActorId, b.Swing)), issue.Tornado.Select(b => (b.ActorId, b.Swing)));
        var bars = JsonDocument.Parse(outcome.Json).RootElement.GetProperty("issues")[0].GetProperty("tornado");
        Assert.Equal(issue.Tornado.Count, bars.GetArrayLength());
        Assert.Equal(issue.Tornado[0].Swing, bars[0].GetProperty("swing").GetDouble());
    }
}

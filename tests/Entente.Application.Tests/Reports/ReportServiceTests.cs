namespace Entente.Application.Tests.Reports;

public sealed class ReportServiceTests
{
    [Fact]
    public async Task A_report_of_a_scenario_writes_its_pages_and_charts()
    {
        using var harness = new Harness();
        var folder = Path.Combine(harness.Folder, "report");
        var progress = new Recorder();

        var outcome = await harness.Get<ReportService>().RunAsync(new ReportRequest
        {
            Scenario = Harness.Example("ec-cars-1994.yaml"),
            Model = new ModelChoice { Model = "eum" },
            Trials = 200,
            Folder = folder,
        }, progress);

        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, "report.md")));
        Assert.All(outcome.Files, f => Assert.True(File.Exists(Path.IsPathRooted(f) ? f : Path.Combine(folder, f)), f));
        Assert.NotNull(outcome.Data.Sweep);
        Assert.NotNull(outcome.Data.Sensitivity);
        Assert.Equal(["report: forecast", "report: sweep", "report: sensitivity"], progress.Seen.Select(p => p.Stage).Distinct());
    }

    [Fact]
    public async Task A_report_of_a_stored_forecast_reruns_it_with_its_stored_model_and_seed()
    {
        using var harness = new Harness();
        var saved = await harness.Get<ForecastService>().RunAsync(new ForecastRequest
        {
            Scenario = Harness.Example("ec-cars-1994.yaml"),
            Model = new ModelChoice { Model = "eum", Seed = 4 },
            SaveTo = harness.Store,
        });

        var outcome = await harness.Get<ReportService>().RunAsync(new ReportRequest
        {
            RunId = saved.Saved!.Id,
            Store = harness.Store,
            Trials = 0,
            Sensitivity = false,
            Folder = Path.Combine(harness.Folder, "stored"),
        });

        Assert.Equal("eum", outcome.Data.Forecast.Model);
        Assert.Equal(4UL, outcome.Data.Forecast.Seed);
        Assert.Equal(saved.Run.Result.Issues.Select(i => i.Forecast), outcome.Data.Forecast.Result.Issues.Select(i => i.Forecast));
        Assert.Empty(outcome.Warnings);
        Assert.Null(outcome.Data.Sweep);
    }

    [Fact]
    public async Task A_missing_run_is_refused_naming_the_store()
    {
        using var harness = new Harness();

        var refused = await Assert.ThrowsAsync<RequestException>(() => harness.Get<ReportService>().RunAsync(new ReportRequest { RunId = 42, Store = harness.Store, Folder = harness.Folder }));

        Assert.Equal($"no run 42 in {harness.Store} (see 'entente runs list')", Assert.Single(refused.Problems).Message);
    }

    [Fact]
    public async Task A_report_with_advise_holds_the_same_levers_as_the_advice_service_with_the_same_settings()
    {
        using var harness = new Harness();
        var scenario = Harness.Example("korea-2010-yeonpyeong.yaml");
        var outcome = await harness.Get<ReportService>().RunAsync(new ReportRequest
        {
            Scenario = scenario,
            Trials = 0,
            Sensitivity = false,
            Advise = "US",
            AdviseTrials = 100,
            Folder = Path.Combine(harness.Folder, "advised"),
        });
        var advice = await harness.Get<AdviceService>().RunAsync(new AdviceRequest { Scenario = scenario, Actor = "US", Trials = 100 });

        Assert.Equal(advice.Result.Levers.Select(l => (l.Description, l.Effect)), outcome.Data.Advice!.Levers.Select(l => (l.Description, l.Effect)));
        Assert.Contains("Advice for US", File.ReadAllText(Path.Combine(harness.Folder, "advised", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_actor_to_advise_is_a_named_problem()
    {
        using var harness = new Harness();

        var refused = await Assert.ThrowsAsync<RequestException>(() => harness.Get<ReportService>().RunAsync(new ReportRequest
        {
            Scenario = Harness.Example("korea-2010-yeonpyeong.yaml"), Trials = 0, Sensitivity = false, Advise = "XX", Folder = harness.Folder,
        }));

        Assert.Equal("advise", Assert.Single(refused.Problems).Field);
    }
}

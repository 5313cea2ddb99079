using System.Text.Json;

namespace Entente.Application.Tests.Runs;

public sealed class RunServiceTests
{
    [Fact]
    public async Task Saved_runs_are_listed_shown_diffed_exported_and_deleted()
    {
        using var harness = new Harness();
        var forecasts = harness.Get<ForecastService>();
        var scenario = Harness.Example("ec-cars-1994.yaml");
        var first = await forecasts.RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "eum" }, SaveTo = harness.Store });
        var second = await forecasts.RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "median" }, SaveTo = harness.Store });
        var runs = harness.Get<RunService>();
        var (a, b) = (first.Saved!.Id!.Value, second.Saved!.Id!.Value);

        var list = await runs.RunAsync(new RunsRequest { Store = harness.Store });
        var show = await runs.RunAsync(new RunsRequest { Store = harness.Store, Action = RunsAction.Show, Id = a });
        var diff = await runs.RunAsync(new RunsRequest { Store = harness.Store, Action = RunsAction.Diff, Id = a, OtherId = b });
        var csv = await runs.RunAsync(new RunsRequest { Store = harness.Store, Action = RunsAction.Export, Id = b, Format = "csv" });
        await runs.RunAsync(new RunsRequest { Store = harness.Store, Action = RunsAction.Delete, Id = a });
        var after = await runs.RunAsync(new RunsRequest { Store = harness.Store });

        Assert.Equal([a, b], list.Runs.Select(r => r.Id));
        Assert.Equal(harness.Store, list.Location);
        Assert.Equal(2, JsonDocument.Parse(list.Document!).RootElement.GetArrayLength());
        Assert.Equal("eum", JsonDocument.Parse(show.Document!).RootElement.GetProperty("model").GetString());
        Assert.Equal(first.Json.Length > 0, JsonDocument.Parse(show.Document!).RootElement.TryGetProperty("result", out _));
        Assert.Equal(("eum", "median"), (diff.Run!.Model, diff.Other!.Model));
        Assert.Equal(second.Csv, csv.Document);
        Assert.Equal([b], after.Runs.Select(r => r.Id));
    }

    [Fact]
    public async Task A_missing_run_and_a_summary_exported_as_csv_are_refused()
    {
        using var harness = new Harness();
        var sweep = await harness.Get<SweepService>().RunAsync(new SweepRequest { Scenario = Harness.Example("ec-cars-1994.yaml"), Trials = 20, SaveTo = harness.Store });
        var runs = harness.Get<RunService>();

        var missing = await Assert.ThrowsAsync<RequestException>(() => runs.RunAsync(new RunsRequest { Store = harness.Store, Action = RunsAction.Show, Id = 99 }));
        var summary = await Assert.ThrowsAsync<RequestException>(() => runs.RunAsync(new RunsRequest { Store = harness.Store, Action = RunsAction.Export, Id = sweep.Saved!.Id, Format = "csv" }));

        Assert.Equal($"no run 99 in the run store {harness.Store} (see 'entente runs list')", Assert.Single(missing.Problems).Message);
        Assert.Equal($"run {sweep.Saved!.Id} is a sweep with no positions to export as CSV; use --format json", Assert.Single(summary.Problems).Message);
    }
}

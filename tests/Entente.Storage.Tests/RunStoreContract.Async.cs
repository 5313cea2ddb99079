using Entente.Storage.Tests.Infrastructure;

namespace Entente.Storage.Tests;

/// <summary>The store's asynchronous methods: the same rows as the synchronous ones, and a cancelled save stores nothing.</summary>
public abstract partial class RunStoreContract
{
    private static readonly DateTimeOffset AsyncStart = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task A_forecast_saved_asynchronously_reads_back_as_one_saved_synchronously()
    {
        var (run, source) = Forecasts.Run(model: "eum", seed: 3);
        using var store = Open();

        var syncId = store.SaveForecast(RunHeader.For(run, source, AsyncStart), run.Result, "{\"a\":1}");
        var asyncId = await store.SaveForecastAsync(RunHeader.For(run, source, AsyncStart), run.Result, "{\"a\":1}");
        var bySync = store.Find(syncId)!;
        var byAsync = (await store.FindAsync(asyncId))!;

        Assert.NotEqual(syncId, asyncId);
        Assert.Equal(AsyncStart, byAsync.StartedAt);
        Assert.Equal(bySync.ResultJson, byAsync.ResultJson);
        Assert.Equal(bySync.Model, byAsync.Model);
        Assert.Equal(bySync.Issues.Select(i => (i.IssueId, i.Forecast, i.Rounds.Count)), byAsync.Issues.Select(i => (i.IssueId, i.Forecast, i.Rounds.Count)));
        Assert.Equal(bySync.Issues.SelectMany(i => i.Rounds.SelectMany(r => r.Positions)), byAsync.Issues.SelectMany(i => i.Rounds.SelectMany(r => r.Positions)));
        Assert.True(byAsync.Issues.Sum(i => i.Rounds.Count) > byAsync.Issues.Count, "the eum run should have stored several rounds per issue");
    }

    [StoreFact]
    public async Task Listing_finding_and_deleting_asynchronously_see_what_was_saved()
    {
        var (run, source) = Forecasts.Run(model: "median");
        using var store = Open();
        var forecast = await store.SaveForecastAsync(RunHeader.For(run, source, AsyncStart), run.Result, "{}");
        var sweep = await store.SaveSummaryAsync(RunKind.Sweep, RunHeader.For(run, source, AsyncStart.AddMinutes(1)), "{\"trials\":10}");

        var listed = await store.ListAsync();

        Assert.Equal([forecast, sweep], listed.Select(r => r.Id));
        Assert.Equal([RunKind.Forecast, RunKind.Sweep], listed.Select(r => r.Kind));
        Assert.Equal(run.Result.Issues.Count, listed[0].IssueCount);
        Assert.Equal("{\"trials\":10}", (await store.FindAsync(sweep))!.SummaryJson);
        Assert.True(await store.DeleteAsync(forecast));
        Assert.False(await store.DeleteAsync(forecast));
        Assert.Null(await store.FindAsync(forecast));
        Assert.Equal([sweep], (await store.ListAsync()).Select(r => r.Id));
    }

    [StoreFact]
    public async Task A_save_cancelled_before_it_starts_stores_nothing()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        using var store = Open();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveForecastAsync(RunHeader.For(run, source, AsyncStart), run.Result, "{}", cancelled.Token));

        Assert.Empty(await store.ListAsync());
        Assert.Equal(0, CountRows("positions", 1));
    }
}

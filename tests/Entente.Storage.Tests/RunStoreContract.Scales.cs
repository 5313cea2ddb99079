using Entente.Storage.Tests.Infrastructure;

namespace Entente.Storage.Tests;

/// <summary>Each forecast issue's scale is stored with it (schema version 4); a run saved without one reads back with none.</summary>
public abstract partial class RunStoreContract
{
    [StoreFact]
    public void A_forecast_keeps_each_issue_s_scale()
    {
        var (run, source) = Forecasts.Run("cop21-paris-2015.yaml", model: "compromise", seed: 1);
        using var store = Open();

        var stored = store.Find(store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{}"))!;

        Assert.True(stored.Issues.Count > 1);
        foreach (var issue in stored.Issues)
        {
            var scale = run.Scenario.Issues.Single(i => i.Id == issue.IssueId).Scale;
            Assert.NotNull(issue.Scale);
            Assert.Equal((scale.Min, scale.Max), (issue.Scale.Min, issue.Scale.Max));
        }
    }

    [StoreFact]
    public void The_1994_cars_case_reads_back_on_its_own_0_to_10_scale()
    {
        var (run, source) = Forecasts.Run(model: "compromise", seed: 3);
        using var store = Open();

        var issue = Assert.Single(store.Find(store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{}"))!.Issues);

        Assert.Equal((0.0, 10.0), (issue.Scale!.Min, issue.Scale.Max));
    }

    [StoreFact]
    public void A_forecast_saved_without_scales_as_before_version_4_reads_back_with_none()
    {
        var (run, source) = Forecasts.Run(model: "compromise", seed: 3);
        using var store = Open();
        var id = store.SaveForecast(RunHeader.For(run, source, Start) with { Scales = new Dictionary<string, Domain.IssueScale>() }, run.Result, "{}");
        var later = store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{}");
        // A row written by version 3 has the columns NULL, as the migration leaves them.
        Execute($"UPDATE issue_forecasts SET scale_min = NULL, scale_max = NULL WHERE run_id = {later}");

        Assert.Null(Assert.Single(store.Find(id)!.Issues).Scale);
        Assert.Null(Assert.Single(store.Find(later)!.Issues).Scale);
    }
}

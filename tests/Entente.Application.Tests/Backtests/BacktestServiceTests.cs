using System.Text.Json;
using Entente.Storage;

namespace Entente.Application.Tests.Backtests;

public sealed class BacktestServiceTests
{
    private static BacktestRequest Request(string? store = null) => new()
    {
        File = Paths.Data("deu/deu3-dev.tsv"),
        Models = ["compromise", "median"],
        Folds = 0,
        Replicates = 50,
        Capability = "votes",
        SaveTo = store,
    };

    [Fact]
    public async Task Each_model_is_scored_on_every_issue_with_a_known_outcome()
    {
        using var harness = new Harness();
        var progress = new Recorder();

        var outcome = await harness.Get<BacktestService>().RunAsync(Request(), progress);

        Assert.Contains(outcome.Rows, r => r.Name == "compromise");
        Assert.Contains(outcome.Rows, r => r.Name == "median");
        Assert.All(outcome.Rows.Where(r => r.Kind == "model"), r => Assert.True(r.Mae > 0 && r.Mae < 100, $"{r.Name}: {r.Mae}"));
        Assert.True(outcome.Cases.Count > 100);
        Assert.NotEmpty(progress.Seen);
        Assert.All(progress.Seen, p => Assert.Equal("backtest", p.Stage));
        var document = JsonDocument.Parse(outcome.Json).RootElement;
        Assert.Equal(outcome.Cases.Count, document.GetProperty("n").GetInt32());
        Assert.Equal("votes", document.GetProperty("capability").GetString());
        var cases = new StringWriter();
        outcome.WriteCases(cases);
        Assert.Equal(outcome.ScoredCases + 1, cases.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unknown_model_is_refused_before_the_table_is_read()
    {
        using var harness = new Harness();

        var refused = await Assert.ThrowsAsync<RequestException>(() => harness.Get<BacktestService>().RunAsync(Request() with { Models = ["compromize"], File = "/no/such/file.tsv" }));

        Assert.Equal("model", Assert.Single(refused.Problems).Field);
        Assert.Contains("did you mean 'compromise'", refused.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_that_cannot_be_read_is_refused_with_located_diagnostics()
    {
        using var harness = new Harness();
        var bad = Path.Combine(harness.Folder, "bad.tsv");
        await File.WriteAllTextAsync(bad, "not\ta\tdeu\ttable\n1\t2\n");

        var refused = await Assert.ThrowsAsync<RequestException>(() => harness.Get<BacktestService>().RunAsync(Request() with { File = bad }));

        Assert.NotEmpty(refused.Diagnostics);
        Assert.All(refused.Diagnostics, d => Assert.Equal(bad, d.File));
    }

    [Fact]
    public async Task A_saved_backtest_names_its_models_capability_and_folds()
    {
        using var harness = new Harness();

        var outcome = await harness.Get<BacktestService>().RunAsync(Request(harness.Store));

        using var store = StoreLocation.Open(harness.Store, harness.Clock);
        var stored = store.Find(outcome.Saved!.Id!.Value)!;
        Assert.Equal((RunKind.Backtest, "compromise,median"), (stored.Kind, stored.Model));
        Assert.Equal(["capability=votes", "folds=0"], stored.Options.Select(o => $"{o.Name}={o.Value}"));
        Assert.Equal("backtest of deu3-dev.tsv", stored.Scenario.Name);
        Assert.Equal(outcome.Json, stored.SummaryJson);
    }
}

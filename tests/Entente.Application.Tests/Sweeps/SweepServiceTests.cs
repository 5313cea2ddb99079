using System.Text.Json;
using Entente.Simulation.MonteCarlo;
using Entente.Storage;

namespace Entente.Application.Tests.Sweeps;

public sealed class SweepServiceTests
{
    private static SweepRequest Request(long trials, string? store = null) => new()
    {
        Scenario = Harness.Example("ec-cars-1994.yaml"),
        Model = new ModelChoice { Model = "compromise", Seed = 11 },
        Trials = trials,
        Noise = new NoiseSettings { Position = 0.05, Salience = 0.1 },
        Threads = 2,
        SaveTo = store,
    };

    [Fact]
    public async Task A_sweep_reports_its_trials_and_gives_the_same_numbers_on_any_thread_count()
    {
        using var harness = new Harness();
        var progress = new Recorder();

        var two = await harness.Get<SweepService>().RunAsync(Request(400), progress);
        var one = await harness.Get<SweepService>().RunAsync(Request(400) with { Threads = 1 });

        Assert.Equal(one.Sweep.Issues.Select(i => i.Forecast), two.Sweep.Issues.Select(i => i.Forecast));
        Assert.NotEmpty(progress.Seen);
        Assert.All(progress.Seen, p => Assert.Equal(("sweep", 400L), (p.Stage, p.Total)));
        Assert.True(progress.Seen.Max(p => p.Done) <= 400);
        var document = JsonDocument.Parse(two.Json).RootElement;
        Assert.Equal(400, document.GetProperty("trials").GetInt64());
        Assert.Equal(two.Sweep.Issues[0].Forecast.Mean, document.GetProperty("issues")[0].GetProperty("mean").GetDouble());
    }

    [Fact]
    public async Task Noise_the_version_2_layer_cannot_use_is_a_warning()
    {
        using var harness = new Harness();

        var outcome = await harness.Get<SweepService>().RunAsync(Request(50) with { Noise = new NoiseSettings { Belief = 0.1 } });

        Assert.StartsWith("--belief-noise and --credibility-noise perturbed version-1 perceptions", outcome.Warnings[0], StringComparison.Ordinal);
        // With nothing else to vary, every trial is the input: said too.
        Assert.StartsWith("all 50 trials gave the same forecast on every issue", Assert.Single(outcome.Warnings.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sweep_with_the_default_noise_varies_and_does_not_warn()
    {
        using var harness = new Harness();

        var outcome = await harness.Get<SweepService>().RunAsync(Request(200) with { Noise = NoiseSettings.Default });

        Assert.Empty(outcome.Warnings);
        Assert.All(outcome.Sweep.Issues, i => Assert.True(i.Forecast.Max > i.Forecast.Min));
    }

    [Fact]
    public async Task A_sweep_cancelled_midway_stops()
    {
        using var harness = new Harness();
        using var cancel = new CancellationTokenSource();
        var progress = new CancelOnFirst(cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Get<SweepService>().RunAsync(Request(2_000_000), progress, cancel.Token));
    }

    [Fact]
    public async Task A_saved_sweep_keeps_its_document_and_the_clocks_start_time()
    {
        using var harness = new Harness();

        var outcome = await harness.Get<SweepService>().RunAsync(Request(100, harness.Store));

        using var store = StoreLocation.Open(harness.Store, harness.Clock);
        var stored = store.Find(outcome.Saved!.Id!.Value)!;
        Assert.Equal(RunKind.Sweep, stored.Kind);
        Assert.Equal(outcome.Json, stored.SummaryJson);
        Assert.Equal(Harness.Now, stored.StartedAt);
        Assert.Equal(11UL, stored.Seed);
    }

    private sealed class CancelOnFirst(CancellationTokenSource cancel) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => cancel.Cancel();
    }
}

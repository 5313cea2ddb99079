using Entente.Application;
using Entente.Cluster.Tests.Infrastructure;
using Entente.Formats;
using Entente.Simulation.Execution;
using Entente.Simulation.Sensitivity;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cluster.Tests;

/// <summary>
/// Sensitivity, backtests and comparisons on three silos in this process: their pieces (an actor's runs, a model's or
/// tuning candidate's forecasts, a Monte Carlo run over types) run on the silos' range grains and give the local run's
/// numbers, bit for bit (the documents are compared as text: every double in round-trip form).
/// </summary>
public sealed class AnalysesOnClusterTests(TestClusterFixture fixture) : IClassFixture<TestClusterFixture>
{
    private static ScenarioDocument Cars() => ScenarioFiles.Load(Paths.Example("ec-cars-1994.yaml"));

    private ClusterTarget Target(string kind, long? rangeSize = null) => new()
    {
        Address = fixture.Gateway, ClusterId = fixture.ClusterId, Job = kind + "-" + Guid.NewGuid().ToString("N"), RangeSize = rangeSize,
    };

    [Theory]
    [InlineData("compromise", null)]
    [InlineData("eum", 2L)]
    [InlineData("exchange", 5L)]
    public async Task Sensitivity_on_the_cluster_is_the_local_analysis_bit_for_bit(string model, long? rangeSize)
    {
        var request = new SensitivityRequest { Scenario = Cars(), Model = new ModelChoice { Model = model, Seed = 3 } };
        using var local = FixtureConnector.Services(null);
        using var cluster = FixtureConnector.Services(fixture);
        var target = Target("sensitivity", rangeSize);

        var here = await local.GetRequiredService<SensitivityService>().RunAsync(request);
        var there = await cluster.GetRequiredService<SensitivityService>().RunAsync(request with { Cluster = target });

        Assert.Equal(here.Json, there.Json);
        // Every actor's runs were recorded as done by the job: they ran on the cluster, not here.
        var actors = request.Scenario!.Scenario.Actors.Count(a => request.Scenario.Scenario.Stances.Any(s => s.ActorId == a.Id));
        await using var job = await new FixtureConnector(fixture).ConnectAsync(fixture.Gateway, fixture.ClusterId, target.Job!, CancellationToken.None);
        Assert.Equal((actors + (rangeSize ?? 1) - 1) / (rangeSize ?? 1), (await job.DoneAsync()).Length);
        await job.CancelAsync();
    }

    [Fact]
    public async Task A_sensitivity_run_again_re_attaches_and_its_pieces_come_back_from_the_records()
    {
        var request = new SensitivityRequest { Scenario = Cars(), Cluster = Target("reattach") };
        using var cluster = FixtureConnector.Services(fixture);
        var service = cluster.GetRequiredService<SensitivityService>();

        var first = await service.RunAsync(request);
        var again = await service.RunAsync(request);

        Assert.Equal(first.Json, again.Json);
        Assert.DoesNotContain(first.Warnings, w => w.Contains("re-attached", StringComparison.Ordinal));
        Assert.Contains(again.Warnings, w => w.StartsWith($"re-attached to cluster job '{request.Cluster!.Job}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_backtest_on_the_cluster_with_tuning_is_the_local_backtest_bit_for_bit()
    {
        var request = new BacktestRequest
        {
            File = Paths.Data("deu/deu3-dev.tsv"),
            Models = ["compromise", "median", "power-compromise"],
            Folds = 3,
            Repeats = 2,
            Replicates = 50,
            Capability = "votes",
            Seed = 11,
        };
        using var local = FixtureConnector.Services(null);
        using var cluster = FixtureConnector.Services(fixture);

        var here = await local.GetRequiredService<BacktestService>().RunAsync(request);
        var there = await cluster.GetRequiredService<BacktestService>().RunAsync(request with { Cluster = Target("backtest", 3) });

        Assert.Equal(here.Json, there.Json);
        Assert.Equal(here.CalibrationJson, there.CalibrationJson);
        Assert.Contains(there.Rows, r => r.Name.Contains("power-compromise", StringComparison.Ordinal) && r.Name != "power-compromise");
    }

    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml", null)]
    [InlineData("korea-2017-coordination.yaml", 2L)]
    [InlineData("gulf-1991-ultimatum.yaml", 3L)]
    public async Task A_comparison_on_the_cluster_is_the_local_comparison_bit_for_bit(string example, long? rangeSize)
    {
        var request = new ComparisonRequest { Scenario = ScenarioFiles.Load(Paths.Example(example)), Trials = 20, Attribution = 16 };
        using var local = FixtureConnector.Services(null);
        using var cluster = FixtureConnector.Services(fixture);
        var target = Target("comparison", rangeSize);

        var here = await local.GetRequiredService<ComparisonService>().RunAsync(request);
        var there = await cluster.GetRequiredService<ComparisonService>().RunAsync(request with { Cluster = target });

        Assert.NotEmpty(here.Attributions);
        Assert.NotEmpty(here.Variants);
        Assert.Equal(here.Json, there.Json);
        // Every Monte Carlo run (the base's, each variant's, each of the attribution's) was recorded as done by the job.
        var runs = 1 + here.Variants.Count + 1 + here.Attributions.Count;
        await using var job = await new FixtureConnector(fixture).ConnectAsync(fixture.Gateway, fixture.ClusterId, target.Job!, CancellationToken.None);
        Assert.Equal((runs + (rangeSize ?? 1) - 1) / (rangeSize ?? 1), (await job.DoneAsync()).Length);
        await job.CancelAsync();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(4, 12)]
    public async Task Any_range_size_and_number_of_workers_give_the_same_pieces_here_and_on_the_cluster(long rangeSize, int workers)
    {
        var document = Cars();
        var work = SensitivityAnalysis.Pieces(document.Scenario, "compromise", [], new SensitivitySettings(), seed: 5);
        var job = new PieceJob { Kind = PieceJobs.SensitivityKind, Source = new ScenarioText(document.Text, document.File), Arguments = Arguments(), Work = work };
        var settings = new ExecutionSettings { RangeSize = rangeSize, Workers = workers };
        var expected = Enumerable.Range(0, work.Count).Select(i => work.Run(i, CancellationToken.None)).ToArray();

        var here = await new PieceRunner(new LocalTrialExecutor(), settings).RunAsync(job);
        var there = await new PieceRunner(new ClusterTrialExecutor(fixture.Cluster.Client, "pieces-" + Guid.NewGuid().ToString("N"), workers), settings).RunAsync(job);

        Assert.Equal(Bits(expected), Bits(here));
        Assert.Equal(Bits(expected), Bits(there));
        Assert.Equal(work.Assemble(expected), work.Assemble(there), new ResultComparer());
    }

    [Fact]
    public void A_kind_this_build_does_not_know_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => PieceJobs.Open("astrology", new ScenarioText("", "x"), []));

        Assert.Contains("'astrology'", error.Message, StringComparison.Ordinal);
    }

    // The arguments PieceJobs writes for the compromise model with seed 5 and the default steps.
    private static string[] Arguments()
    {
        var s = new SensitivitySettings();
        static string Text(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return ["compromise", "", "5", Text(s.PositionStep), Text(s.SalienceStep), Text(s.CapabilityFactor), Text(s.PivotalShare)];
    }

    private static long[][] Bits(IEnumerable<double[]> pieces) => [.. pieces.Select(p => p.Select(BitConverter.DoubleToInt64Bits).ToArray())];

    private sealed class ResultComparer : IEqualityComparer<SensitivityResult>
    {
        public bool Equals(SensitivityResult? x, SensitivityResult? y) =>
            x is not null && y is not null && x.Model == y.Model && x.Issues.Count == y.Issues.Count
            && x.Issues.Zip(y.Issues).All(p => p.First.IssueId == p.Second.IssueId && p.First.Baseline.Equals(p.Second.Baseline)
                && p.First.Tornado.SequenceEqual(p.Second.Tornado) && p.First.Influence.SequenceEqual(p.Second.Influence));

        public int GetHashCode(SensitivityResult obj) => obj.Model.GetHashCode(StringComparison.Ordinal);
    }
}

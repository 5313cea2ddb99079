using Entente.Formats;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.Execution;

/// <summary>
/// What every trial executor must do, written once: each executor's tests derive from this class and say how to
/// make one. Same seed ⇒ the same merged numbers, bit for bit, for any range size, any number of workers and any
/// order of completion; cancellation stops the run; progress counts up to the trials; a range that failed and was
/// run again gives the same result. The scenario travels as its text, as it would to another machine.
/// </summary>
public abstract class TrialExecutorContract
{
    /// <summary>A two-issue scenario, as text, that every executor can parse.</summary>
    public const string ScenarioYaml = """
        name: contract
        salienceScale: unit
        actors:
          - { id: a, name: a, capability: 1 }
          - { id: b, name: b, capability: 2 }
          - { id: c, name: c, capability: 3 }
          - { id: d, name: d, capability: 1.5 }
        issues:
          - id: tax
            name: tax
            scale: { min: 0, max: 100 }
            positions:
              a: { position: 10, salience: 0.9 }
              b: { position: 45, salience: 0.5 }
              c: { position: 70, salience: 0.7 }
              d: { position: 95, salience: 0.3 }
          - id: quota
            name: quota
            scale: { min: 0, max: 10 }
            positions:
              a: { position: 2, salience: 0.4 }
              b: { position: 8, salience: 0.8 }
              c: { position: 5, salience: 0.6 }
        """;

    /// <summary>Trials of the contract's sweeps: more than one range of most sizes, few enough to be quick.</summary>
    protected virtual long Trials => 600;

    /// <summary>An executor that runs <paramref name="workers"/> ranges at once.</summary>
    protected abstract ITrialRangeExecutor CreateExecutor(int workers);

    /// <summary>The sweep every test runs, with its scenario's text.</summary>
    protected (SweepPlan Plan, ScenarioText Source) Sweep(ulong seed = 2026) => SweepOf(Trials, seed);

    /// <summary>The reference: every trial in one range, computed in this process.</summary>
    protected SweepResult Reference(ulong seed = 2026) => ReferenceOf(Trials, seed);

    /// <summary>The contract's sweep of <paramref name="trials"/> trials, with its scenario's text.</summary>
    public static (SweepPlan Plan, ScenarioText Source) SweepOf(long trials, ulong seed = 2026)
    {
        var document = ScenarioFiles.Parse(ScenarioYaml, "contract.yaml");
        var plan = new SweepPlan
        {
            Scenario = document.Scenario,
            Model = "compromise",
            Trials = trials,
            Seed = seed,
            Noise = new NoiseSettings { Position = 0.08, Salience = 0.1, Capability = 0.2 },
        };
        return (plan, new ScenarioText(ScenarioYaml, "contract.yaml"));
    }

    /// <summary>The contract's sweep run in this process, every trial in one range.</summary>
    public static SweepResult ReferenceOf(long trials, ulong seed = 2026)
    {
        var (plan, source) = SweepOf(trials, seed);
        return new TrialRunner(new LocalTrialExecutor(1), new ExecutionSettings { RangeSize = plan.Trials })
            .RunAsync(plan, source).GetAwaiter().GetResult();
    }

    private async Task<SweepResult> RunAsync(ITrialRangeExecutor executor, ExecutionSettings settings, ulong seed = 2026,
        IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        var (plan, source) = Sweep(seed);
        return await new TrialRunner(executor, settings).RunAsync(plan, source, progress, cancellation);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(256)]
    [InlineData(100_000)]
    public async Task The_same_seed_gives_the_same_numbers_for_any_range_size(long rangeSize)
    {
        var result = await RunAsync(CreateExecutor(2), new ExecutionSettings { RangeSize = rangeSize });

        Assert.Equal(Reference().Issues, result.Issues);
        Assert.Equal(Trials, result.Issues[0].Forecast.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task The_same_seed_gives_the_same_numbers_for_any_number_of_workers(int workers)
    {
        var result = await RunAsync(CreateExecutor(workers), new ExecutionSettings { RangeSize = 50, Workers = workers });

        Assert.Equal(Reference().Issues, result.Issues);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_numbers_whatever_order_the_ranges_complete_in()
    {
        // Later ranges are held back less, so they finish first: merging runs in reverse.
        var reversed = new DelayedExecutor(CreateExecutor(4), range => TimeSpan.FromMilliseconds(Math.Max(0, 120 - range.Start / 5)));

        var result = await RunAsync(reversed, new ExecutionSettings { RangeSize = 50, Workers = 12 });

        Assert.Equal(Reference().Issues, result.Issues);
        Assert.NotEqual(reversed.Started.OrderBy(r => r.Start), reversed.Completed);
    }

    [Fact]
    public async Task Another_seed_gives_other_numbers()
    {
        var result = await RunAsync(CreateExecutor(2), ExecutionSettings.Default, seed: 7);

        Assert.NotEqual(Reference().Issues[0].Forecast.Mean, result.Issues[0].Forecast.Mean);
    }

    [Fact]
    public async Task A_range_that_failed_and_ran_again_gives_the_same_numbers()
    {
        var flaky = new FailingOnceExecutor(CreateExecutor(2), range => range.Start % 100 == 0);

        var result = await RunAsync(flaky, new ExecutionSettings { RangeSize = 50, Attempts = 2 });

        Assert.Equal(Reference().Issues, result.Issues);
        Assert.Equal(6, flaky.Failures);
    }

    [Fact]
    public async Task A_range_that_keeps_failing_fails_the_run_with_its_error()
    {
        var broken = new FailingOnceExecutor(CreateExecutor(2), range => range.Start == 100, always: true);

        var error = await Assert.ThrowsAsync<IOException>(() => RunAsync(broken, new ExecutionSettings { RangeSize = 50, Attempts = 3 }));

        Assert.Contains("range 100", error.Message);
    }

    [Fact]
    public async Task Progress_counts_the_trials_done_up_to_all_of_them()
    {
        var reports = new List<long>();
        var progress = new SynchronousProgress(reports);

        await RunAsync(CreateExecutor(2), new ExecutionSettings { RangeSize = 100 }, progress: progress);

        Assert.Equal(Trials / 100, reports.Count);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(Trials, reports[^1]);
        Assert.All(reports, r => Assert.Equal(0, r % 100));
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress([], _ => cancel.Cancel());
        var slow = new DelayedExecutor(CreateExecutor(1), _ => TimeSpan.FromMilliseconds(20));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RunAsync(slow, new ExecutionSettings { RangeSize = 10, Workers = 1 }, progress: progress, cancellation: cancel.Token));

        Assert.True(slow.Completed.Count < Trials / 10, $"{slow.Completed.Count} ranges ran after cancelling");
    }

    [Fact]
    public async Task A_range_s_block_is_the_block_computed_here_and_survives_its_bytes()
    {
        var (plan, source) = Sweep();
        var (job, _, _) = TrialRunner.Prepare(plan, source, CancellationToken.None);
        var range = new TrialRange(123, 77);

        var block = await CreateExecutor(1).RunAsync(job, range, CancellationToken.None);

        Assert.Equal(77, block.Trials);
        Assert.Equal(TrialRangeWork.Run(job, range, CancellationToken.None).ToBytes(), block.ToBytes());
        Assert.Equal(block.ToBytes(), TrialBlock.FromBytes(block.ToBytes()).ToBytes());
    }

    /// <summary>Progress reported on the reporting thread (not posted), so a test sees every report before the run returns.</summary>
    private sealed class SynchronousProgress(List<long> reports, Action<long>? also = null) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
            also?.Invoke(value);
        }
    }

    /// <summary>Holds each range back before running it, to choose the order ranges complete in.</summary>
    private sealed class DelayedExecutor(ITrialRangeExecutor inner, Func<TrialRange, TimeSpan> delay) : ITrialRangeExecutor
    {
        public List<TrialRange> Started { get; } = [];

        public List<TrialRange> Completed { get; } = [];

        public int Concurrency => inner.Concurrency;

        public async Task<TrialBlock> RunAsync(TrialJob job, TrialRange range, CancellationToken cancellation)
        {
            lock (Started)
            {
                Started.Add(range);
            }
            await Task.Delay(delay(range), cancellation);
            var block = await inner.RunAsync(job, range, cancellation);
            lock (Completed)
            {
                Completed.Add(range);
            }
            return block;
        }
    }

    /// <summary>Fails the first run (or every run) of the chosen ranges, as a lost machine would.</summary>
    private sealed class FailingOnceExecutor(ITrialRangeExecutor inner, Func<TrialRange, bool> fails, bool always = false) : ITrialRangeExecutor
    {
        private readonly HashSet<TrialRange> _failed = [];

        public int Failures { get; private set; }

        public int Concurrency => inner.Concurrency;

        public Task<TrialBlock> RunAsync(TrialJob job, TrialRange range, CancellationToken cancellation)
        {
            lock (_failed)
            {
                if (fails(range) && (always || _failed.Add(range)))
                {
                    Failures++;
                    throw new IOException($"range {range.Start} lost");
                }
            }
            return inner.RunAsync(job, range, cancellation);
        }
    }
}

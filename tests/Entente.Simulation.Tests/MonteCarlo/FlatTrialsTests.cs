using Entente.Domain;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.MonteCarlo;

/// <summary>
/// The flat trial path gives the general path's numbers bit for bit: each trial's forecast of each issue, and the
/// merged block of a whole sweep (bytes), on every example, for every model it runs, several seeds, noises, range
/// sizes and thread counts; and a trial on it allocates nothing.
/// </summary>
public sealed class FlatTrialsTests
{
    public static TheoryData<string, string> ExamplesAndModels()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in FlatCases.Examples())
        {
            foreach (var model in FlatCases.Models)
            {
                data.Add(file, model);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAndModels))]
    public void Each_trial_forecasts_the_general_path_s_bits(string file, string model)
    {
        var scenario = FlatCases.Load(file);
        // The expected utility model's trials cost a thousand times the baselines' on the general path.
        var trials = model.StartsWith("eum", StringComparison.Ordinal) ? 24UL : 300UL;
        foreach (var (seed, noise) in new[] { (1UL, NoiseSettings.Default), (2026UL, FlatCases.Wide), (7UL, NoiseSettings.None) })
        {
            var plan = FlatCases.Plan(scenario, model, (long)trials, seed, noise);
            var flat = FlatSweep.For(plan);
            Assert.True(flat is not null, FlatSweep.Unsupported(plan));
            var trialsOf = new FlatTrials(flat);
            var forecasts = new double[scenario.Issues.Count];
            // Trials far from 0 as well: the trial's key, not its place in a range, makes its draws.
            foreach (var trial in Enumerable.Range(0, (int)trials).Select(t => (ulong)t).Append(1_000_003UL).Append(ulong.MaxValue / 3))
            {
                trialsOf.Forecasts(trial, forecasts);
                var expected = FlatCases.GeneralForecasts(plan, trial);
                for (var i = 0; i < expected.Length; i++)
                {
                    Assert.True(BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(forecasts[i]),
                        $"{file} {model} seed {seed} trial {trial} issue {scenario.Issues[i].Id}: general {expected[i]:R}, flat {forecasts[i]:R}");
                }
            }
        }
    }

    [Theory]
    [InlineData("ec-cars-1994.yaml", "compromise", 3000, 1UL)]
    [InlineData("ec-cars-1994.yaml", "median", 3000, 99UL)]
    [InlineData("ec-cars-1994.yaml", "eum", 300, 1UL)]
    [InlineData("ec-cars-1994.yaml", "eum-scholz", 120, 5UL)]
    [InlineData("eu-2001-access-to-documents.yaml", "median", 1500, 3UL)]
    [InlineData("cop21-paris-2015.yaml", "compromise", 1000, 11UL)]
    [InlineData("ktab-china-soe-reform.yaml", "eum", 60, 2026UL)]
    public void Merged_blocks_are_the_general_path_s_bytes(string file, string model, long trials, ulong seed)
    {
        var plan = FlatCases.Plan(FlatCases.Load(file), model, trials, seed, NoiseSettings.Default);
        Assert.NotNull(FlatSweep.For(plan));
        var reference = FlatCases.MergedBytes(plan, new FlatCases.GeneralPathExecutor(1), ExecutionSettings.DefaultRangeSize);
        foreach (var (threads, rangeSize) in new[] { (1, ExecutionSettings.DefaultRangeSize), (2, 37L), (3, 1L), (2, trials) })
        {
            Assert.Equal(reference, FlatCases.MergedBytes(plan, new LocalTrialExecutor(threads), rangeSize));
        }
    }

    [Fact]
    public void Beyond_the_exact_limit_the_histograms_are_the_general_path_s_too()
    {
        var plan = FlatCases.Plan(FlatCases.Load("ec-cars-1994.yaml"), "compromise", DistributionAccumulator.ExactLimit + 2500, 42, FlatCases.Wide);
        var reference = FlatCases.MergedBytes(plan, new FlatCases.GeneralPathExecutor(2), 4096);
        Assert.Equal(reference, FlatCases.MergedBytes(plan, new LocalTrialExecutor(2), ExecutionSettings.DefaultRangeSize));
    }

    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml", "eum")]
    [InlineData("korea-2017-coordination.yaml", "median")]
    public void Belief_and_credibility_noise_which_these_models_do_not_read_change_nothing_on_either_path(string file, string model)
    {
        var noise = NoiseSettings.Default with { Belief = 0.2, Credibility = 0.3 };
        var plan = FlatCases.Plan(FlatCases.Load(file), model, 150, 8, noise);
        Assert.NotNull(FlatSweep.For(plan));
        Assert.Equal(FlatCases.MergedBytes(plan, new FlatCases.GeneralPathExecutor(1), 150), FlatCases.MergedBytes(plan, new LocalTrialExecutor(2), 32));
    }

    [Fact]
    public void A_rounds_override_stops_the_expected_utility_model_where_the_general_path_does()
    {
        foreach (var rounds in new[] { 1, 3, 7 })
        {
            var plan = FlatCases.Plan(FlatCases.Load("ec-cars-1994.yaml"), "eum", 80, 17, NoiseSettings.Default, rounds);
            Assert.Equal(FlatCases.MergedBytes(plan, new FlatCases.GeneralPathExecutor(1), 80), FlatCases.MergedBytes(plan, new LocalTrialExecutor(2), 16));
        }
    }

    [Fact]
    public void Stance_noise_of_its_own_and_a_percent_salience_scale_are_drawn_as_the_perturber_draws_them()
    {
        var scenario = Scenarios.ThreeActors() with { SalienceScale = SalienceScale.Percent };
        scenario = scenario with
        {
            Stances = new ValueList<Stance>(scenario.Stances.Select((s, k) => s with
            {
                Salience = 30 + 20 * k,
                Capability = k == 1 ? 4.5 : null,
                Noise = k == 2 ? new StanceNoise { Position = 0.4, Capability = 0 } : null,
            })),
        };
        foreach (var model in FlatCases.Models)
        {
            var plan = FlatCases.Plan(scenario, model, 400, 3, NoiseSettings.Default);
            Assert.NotNull(FlatSweep.For(plan));
            Assert.Equal(FlatCases.MergedBytes(plan, new FlatCases.GeneralPathExecutor(1), 400), FlatCases.MergedBytes(plan, new LocalTrialExecutor(2), 64));
        }
    }

    [Theory]
    [InlineData("compromise")]
    [InlineData("median")]
    [InlineData("eum")]
    public void A_flat_trial_allocates_nothing(string model)
    {
        var plan = FlatCases.Plan(FlatCases.Load("ktab-china-soe-reform.yaml"), model, 100, 1, NoiseSettings.Default);
        var trials = new FlatTrials(FlatSweep.For(plan)!);
        var forecasts = new double[plan.Scenario.Issues.Count];
        // The first trials make the engines and buffers; later ones only reuse them. The warm-up is long enough for the
        // runtime to have recompiled the hot methods (whose first runs were seen, once, to allocate under a loaded machine).
        for (var t = 0UL; t < 300; t++)
        {
            trials.Forecasts(t, forecasts);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var t = 300UL; t < 400; t++)
        {
            trials.Forecasts(t, forecasts);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("ec-cars-1994.yaml")]
    [InlineData("cop21-paris-2015.yaml")]
    [InlineData("korea-2010-yeonpyeong.yaml")]
    public void Eight_trials_in_lanes_give_each_trial_s_bits_whatever_the_range(string file)
    {
        var scenario = FlatCases.Load(file);
        foreach (var model in FlatCases.Models)
        {
            var trials = model.StartsWith("eum", StringComparison.Ordinal) ? 40L : 1000L;
            foreach (var (seed, noise) in new[] { (5UL, NoiseSettings.Default), (77UL, FlatCases.Wide) })
            {
                var plan = FlatCases.Plan(scenario, model, trials, seed, noise);
                var flat = FlatSweep.For(plan)!;
                var job = TrialRunner.Prepare(plan, null, CancellationToken.None).Job;
                // Ranges shorter than a batch, not a multiple of it, and starting off its grid.
                foreach (var (start, length) in new[] { (0L, trials), (3L, 5L), (8L, 13L), (1L, trials - 1) })
                {
                    var range = new TrialRange(start, start + length);
                    var lanes = new FlatTrials(flat, lanes: true).Run(job, range, CancellationToken.None).ToBytes();
                    var single = new FlatTrials(flat, lanes: false).Run(job, range, CancellationToken.None).ToBytes();
                    Assert.True(lanes.SequenceEqual(single), $"{file} {model} seed {seed} trials {start} to {start + length}");
                }
            }
        }
    }

    [Theory]
    [InlineData("ec-cars-1994.yaml", 2500L, 0L)]
    [InlineData("ktab-china-soe-reform.yaml", 1100L, 1021L)]
    public void Expected_utility_trials_in_lanes_refilled_as_trials_end_give_each_trial_s_bits_across_chunks(string file, long trials, long start)
    {
        // Long enough for the lanes to run several chunks of trials, each lane taking the next trial when its own ends.
        var plan = FlatCases.Plan(FlatCases.Load(file), "eum", start + trials, 9, FlatCases.Wide);
        var flat = FlatSweep.For(plan)!;
        var job = TrialRunner.Prepare(plan, null, CancellationToken.None).Job;
        var range = new TrialRange(start, start + trials);
        var lanes = new FlatTrials(flat, lanes: true).Run(job, range, CancellationToken.None).ToBytes();
        var single = new FlatTrials(flat, lanes: false).Run(job, range, CancellationToken.None).ToBytes();
        Assert.True(lanes.SequenceEqual(single), $"{file} trials {start} to {start + trials}");
    }

    [Fact]
    public void Lanes_where_no_one_has_weight_take_the_plain_mean_as_a_single_trial_does()
    {
        // Saliences drawn to 0 at the clamp in some trials, not in others: lanes of both kinds side by side.
        var scenario = Scenarios.ThreeActors();
        scenario = scenario with { Stances = new ValueList<Stance>(scenario.Stances.Select(s => s with { Salience = 0.005 })) };
        var plan = FlatCases.Plan(scenario, "compromise", 4000, 9, new NoiseSettings { Position = 0.2, Salience = 0.02, Capability = 0.1 });
        var flat = FlatSweep.For(plan)!;
        var job = TrialRunner.Prepare(plan, null, CancellationToken.None).Job;
        var range = new TrialRange(0, plan.Trials);
        var lanes = new FlatTrials(flat, lanes: true);
        var single = new FlatTrials(flat, lanes: false);
        Assert.Equal(single.Run(job, range, CancellationToken.None).ToBytes(), lanes.Run(job, range, CancellationToken.None).ToBytes());
        Assert.True(CountWeightless(plan) > 100, "the case must hold trials where no one has weight");
    }

    private static int CountWeightless(SweepPlan plan)
    {
        var perturber = new ScenarioPerturber(plan.Scenario, plan.Noise, plan.Seed);
        var count = 0;
        for (var t = 0UL; t < (ulong)plan.Trials; t++)
        {
            count += perturber.Trial(t).Stances.All(s => s.Salience == 0) ? 1 : 0;
        }
        return count;
    }
}

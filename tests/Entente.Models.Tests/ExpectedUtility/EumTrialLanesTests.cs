using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// Eight trials side by side, lanes refilled as trials end, forecast what one engine forecasts for each trial alone,
/// bit for bit: random issues of every size the lanes take, ties and settled actors among them, rounds capped or not.
/// </summary>
public sealed class EumTrialLanesTests
{
    [Theory]
    [InlineData(8, 15, null, 11)]
    [InlineData(8, 15, null, 12)]
    [InlineData(10, 10, null, 13)]
    [InlineData(8, 15, 3, 14)]
    [InlineData(9, 12, 1, 15)]
    [InlineData(16, 26, null, 16)]
    [InlineData(16, 26, 4, 17)]
    [InlineData(31, 33, null, 18)]
    [InlineData(47, 47, null, 19)]
    public void Lanes_forecast_each_trial_as_an_engine_alone_does(int fewest, int most, int? rounds, int seed)
    {
        var model = (ExpectedUtilityModel)ModelCatalog.Create("eum");
        if (!BdmOfferRow.Applies(fewest))
        {
            // Without 512-bit vectors the engine takes its row pass, and the lanes are never used (the test below).
            Assert.False(EumTrialLanes.Applies(model.Options, fewest));
            return;
        }
        var alone = new EumTrialRun(model.Options, rounds);
        var random = new Random(seed);
        for (var n = fewest; n <= most; n++)
        {
            var trials = Enumerable.Range(0, 60).Select(_ => Draw(random, n)).ToArray();
            var expected = trials.Select(t => alone.Forecast(t.Positions, t.Saliences, t.Capabilities)).ToArray();

            var forecasts = RunInLanes(model.Options, rounds, n, trials);

            for (var k = 0; k < trials.Length; k++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(expected[k]) == BitConverter.DoubleToInt64Bits(forecasts[k]),
                    $"{n} actors, trial {k}: alone {expected[k]:R}, in lanes {forecasts[k]:R}");
            }
        }
    }

    [Theory]
    [InlineData(10, 21)]
    [InlineData(20, 22)]
    public void Positions_of_minus_zero_or_nan_sorted_as_the_engine_sorts_them_give_its_forecasts(int actors, int seed)
    {
        // −0 ties with +0 and a NaN sorts first only in the engine's fresh sort: such a trial's lane takes that sort.
        var options = ((ExpectedUtilityModel)ModelCatalog.Create("eum")).Options;
        if (!EumTrialLanes.Applies(options, actors))
        {
            return;
        }
        var alone = new EumTrialRun(options, null);
        var random = new Random(seed);
        var odd = new[] { -0.0, 0.0, double.NaN };
        var trials = Enumerable.Range(0, 40).Select(k =>
        {
            var trial = Draw(random, actors);
            for (var a = 0; a < actors; a++)
            {
                if (random.Next(3) == 0)
                {
                    trial.Positions[a] = odd[k % 4 == 3 ? 2 : random.Next(2)];
                }
            }
            return trial;
        }).ToArray();
        var expected = trials.Select(t => alone.Forecast(t.Positions, t.Saliences, t.Capabilities)).ToArray();

        var forecasts = RunInLanes(options, null, actors, trials);

        for (var k = 0; k < trials.Length; k++)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(expected[k]) == BitConverter.DoubleToInt64Bits(forecasts[k]) || (double.IsNaN(expected[k]) && double.IsNaN(forecasts[k])),
                $"trial {k}: alone {expected[k]:R}, in lanes {forecasts[k]:R}");
        }
        Assert.Contains(expected, double.IsNaN);
        Assert.Contains(expected, f => !double.IsNaN(f));
    }

    [Fact]
    public void Cleared_lanes_are_all_idle_and_play_the_next_trials_as_fresh_lanes_do()
    {
        var options = ((ExpectedUtilityModel)ModelCatalog.Create("eum")).Options;
        if (!EumTrialLanes.Applies(options, 9))
        {
            return;
        }
        var run = new EumTrialRun(options, null);
        var lanes = new EumTrialLanes(9, options, run);
        var random = new Random(3);
        var left = Draw(random, 9);
        lanes.Start(0, 99, left.Positions, left.Saliences, left.Capabilities);
        lanes.Start(1, 98, left.Positions, left.Saliences, left.Capabilities);
        Span<long> ended = stackalloc long[EumTrialLanes.Width];
        Span<double> forecasts = stackalloc double[EumTrialLanes.Width];
        lanes.Play(ended, forecasts);

        lanes.Clear();

        Assert.Equal(0, lanes.Active);
        Assert.Equal(0, lanes.IdleLane());
        var next = Draw(random, 9);
        Assert.True(run.Plays(next.Positions));
        lanes.Start(3, 7, next.Positions, next.Saliences, next.Capabilities);
        var count = 0;
        while (count == 0)
        {
            count = lanes.Play(ended, forecasts);
        }
        Assert.Equal(1, count);
        Assert.Equal(7, ended[0]);
        Assert.Equal(run.Forecast(next.Positions, next.Saliences, next.Capabilities), forecasts[0]);
    }

    [Fact]
    public void Lanes_take_bdm_with_q_of_one_where_the_engine_takes_its_columns_from_eight_to_256_actors()
    {
        var bdm = ((ExpectedUtilityModel)ModelCatalog.Create("eum")).Options;
        Assert.Equal(BdmOfferRow.Applies(8), EumTrialLanes.Applies(bdm, 8));
        Assert.Equal(BdmOfferRow.Applies(256), EumTrialLanes.Applies(bdm, 256));
        Assert.False(EumTrialLanes.Applies(bdm, 257));
        Assert.False(EumTrialLanes.Applies(bdm, 7));
        Assert.False(EumTrialLanes.Applies(bdm with { Q = 0.5 }, 10));
        Assert.False(EumTrialLanes.Applies(((ExpectedUtilityModel)ModelCatalog.Create("eum-scholz")).Options, 10));
        Assert.Throws<ArgumentException>(() => new EumTrialLanes(7, bdm, new EumTrialRun(bdm, null)));
        Assert.Throws<ArgumentException>(() => new EumTrialLanes(257, bdm, new EumTrialRun(bdm, null)));
    }

    private static double[] RunInLanes(ExpectedUtilityOptions options, int? rounds, int n, (double[] Positions, double[] Saliences, double[] Capabilities)[] trials)
    {
        var run = new EumTrialRun(options, rounds);
        var lanes = new EumTrialLanes(n, options, run);
        var forecasts = new double[trials.Length];
        Array.Fill(forecasts, double.NaN);
        Span<long> ended = stackalloc long[EumTrialLanes.Width];
        Span<double> endedForecasts = stackalloc double[EumTrialLanes.Width];
        var next = 0;
        while (true)
        {
            for (var lane = lanes.IdleLane(); lane >= 0 && next < trials.Length; lane = lanes.IdleLane())
            {
                var (positions, saliences, capabilities) = trials[next];
                if (run.Plays(positions))
                {
                    lanes.Start(lane, next, positions, saliences, capabilities);
                }
                else
                {
                    forecasts[next] = run.Forecast(positions, saliences, capabilities);
                }
                next++;
            }
            if (lanes.Active == 0)
            {
                break;
            }
            var count = lanes.Play(ended, endedForecasts);
            for (var k = 0; k < count; k++)
            {
                forecasts[ended[k]] = endedForecasts[k];
            }
        }
        Assert.Equal(trials.Length, next);
        return forecasts;
    }

    private static (double[] Positions, double[] Saliences, double[] Capabilities) Draw(Random random, int n)
    {
        var positions = new double[n];
        var saliences = new double[n];
        var capabilities = new double[n];
        var settled = random.Next(8) == 0;
        for (var a = 0; a < n; a++)
        {
            // Whole numbers now and then, so that ties occur, and now and then an issue with everyone at one position.
            positions[a] = settled ? 4 : random.Next(3) == 0 ? random.Next(4) : 10 * random.NextDouble();
            saliences[a] = random.Next(10) == 0 ? 0 : random.NextDouble();
            capabilities[a] = 0.1 + random.NextDouble();
        }
        return (positions, saliences, capabilities);
    }
}

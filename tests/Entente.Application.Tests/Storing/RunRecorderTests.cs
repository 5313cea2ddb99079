namespace Entente.Application.Tests.Storing;

public sealed class RunRecorderTests
{
    [Fact]
    public void A_clock_starts_at_the_providers_time_and_measures_from_its_timestamps()
    {
        var time = new SteppingClock();
        var clock = new RunRecorder(time, new RunStores(time)).Start();

        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(Harness.Now, clock.StartedAt);
        Assert.Equal(TimeSpan.FromSeconds(3), clock.Elapsed);
    }

    [Fact]
    public void Headers_of_every_kind_carry_the_clocks_start_and_the_engine_version()
    {
        var time = new SteppingClock();
        var recorder = new RunRecorder(time, new RunStores(time));
        var clock = recorder.Start();
        var source = new Storage.ScenarioSource("case", "text", "case.yaml");

        var header = RunRecorder.BacktestHeader(["compromise", "median"], "gdp", 5, 7, source, clock, TimeSpan.FromSeconds(2));

        Assert.Equal((Harness.Now, TimeSpan.FromSeconds(2), 7UL), (header.StartedAt, header.Elapsed, header.Seed));
        Assert.Equal("compromise,median", header.Model);
        Assert.Equal(["capability=gdp", "folds=5"], header.Options.Select(o => $"{o.Name}={o.Value}"));
        Assert.Equal(Storage.CodeVersion.Engine, header.CodeVersion);
    }

    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => Harness.Now + TimeSpan.FromTicks(_ticks);

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

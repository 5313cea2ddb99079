namespace Entente.Web.Tests;

/// <summary><c>entente bench web</c>'s measurement: what it counts and compares, never how fast.</summary>
public sealed class BenchTests
{
    [Fact]
    public async Task The_bench_times_as_many_requests_each_way_as_asked_and_checks_every_answer()
    {
        var folder = Directory.CreateTempSubdirectory("entente-bench-test-").FullName;
        try
        {
            var result = await WebBench.MeasureAsync(Infrastructure.Api.ExampleText("ec-cars-1994"), "ec-cars-1994.yaml", 7, Path.Combine(folder, "runs.db"));

            Assert.True(result.Identical);
            Assert.Equal("EC emission standards for medium-sized cars", result.Scenario);
            Assert.Equal(7, result.Http.Count);
            Assert.Equal(7, result.InProcess.Count);
            Assert.Equal(result.Http.Order(), result.Http);
            Assert.All(result.Http, t => Assert.True(t > TimeSpan.Zero));
            Assert.False(File.Exists(Path.Combine(folder, "runs.db")), "the bench must not save runs");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(0.5, 3)]
    [InlineData(0.95, 5)]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 5)]
    public void Quantiles_are_nearest_rank(double quantile, int expected)
    {
        TimeSpan[] sorted = [.. Enumerable.Range(1, 5).Select(i => TimeSpan.FromMilliseconds(i))];

        Assert.Equal(TimeSpan.FromMilliseconds(expected), WebBenchResult.Quantile(sorted, quantile));
    }
}

namespace Entente.Cli.Tests;

/// <summary>
/// The start-up warms YamlDotNet for the commands that read a scenario, and names no other; it skips the warming for a
/// file Entente's own reader takes, and never reads what is not a small regular file.
/// </summary>
public class StartupTests
{
    [Fact]
    public void Each_command_warmed_for_is_a_command()
    {
        var names = EntenteApp.Commands.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(Startup.ReadScenarios, name => Assert.Contains(name, names));
    }

    [Fact]
    public void A_bundled_example_needs_no_YamlDotNet()
    {
        Assert.False(Startup.NeedsYamlDotNet(["forecast", RepoPaths.Example("ec-cars-1994.yaml")]));
    }

    [Fact]
    public void A_file_outside_the_plain_subset_is_warmed_for()
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-startup-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "name: &n anchored\nactors: []\nissues: []\n");
        try
        {
            Assert.True(Startup.NeedsYamlDotNet(["forecast", file]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/no/such/file.yaml")]
    [InlineData("--help")]
    public void What_is_not_a_small_regular_file_is_not_read_and_is_warmed_for(string argument)
    {
        Assert.True(Startup.NeedsYamlDotNet(["forecast", argument]));
    }

    [Fact]
    public void A_command_without_a_file_is_warmed_for()
    {
        Assert.True(Startup.NeedsYamlDotNet(["forecast"]));
    }

    [Theory]
    [InlineData(true, "forecast", "a.yaml")]
    [InlineData(true, "forecast", "a.yaml", "--model", "eum")]
    [InlineData(false, "forecast", "a.yaml", "-f", "json")]
    [InlineData(false, "forecast", "a.yaml", "--format=csv")]
    [InlineData(false, "forecast")]
    [InlineData(false, "validate", "a.yaml")]
    public void The_table_is_warmed_for_a_forecast_printed_as_a_table_only(bool warmed, params string[] args)
    {
        Assert.Equal(warmed, Startup.PrintsForecastTable(args));
    }

    [Fact]
    public void The_table_warm_up_lays_out_a_real_forecast()
    {
        var table = Startup.WarmForecastTable();

        // Two actors at 20 and 80 with weights 1·1 and 2·0.5: the compromise is 50.
        Assert.Contains("warm-up", table, StringComparison.Ordinal);
        Assert.Matches(@"│ x\s*│ 50\s", table);
    }
}

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
}

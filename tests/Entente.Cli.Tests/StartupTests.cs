namespace Entente.Cli.Tests;

/// <summary>The start-up warms the YAML reader for the commands that read a scenario, and names no other.</summary>
public class StartupTests
{
    [Fact]
    public void Each_command_warmed_for_is_a_command()
    {
        var names = EntenteApp.Commands.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(Startup.ReadScenarios, name => Assert.Contains(name, names));
    }
}

namespace Entente.Architecture.Tests;

/// <summary>
/// Libraries return warnings and progress as data; only the command line writes to a console, so that a web
/// app (or any other host) shows them its own way and never finds text on its server's standard error.
/// </summary>
public sealed class ConsoleTests
{
    public static TheoryData<string> Libraries => [.. Layers.Libraries];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_library_never_writes_to_the_console(string library)
    {
        var uses = Repository.Read(library, MetadataNames.Uses).Where(IsConsole).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(uses.Count == 0, $"{library} uses the console: {string.Join(", ", uses)}");
    }

    [Fact]
    public void The_check_sees_the_command_lines_own_console()
    {
        Assert.Contains(Repository.Read("Entente.Cli", MetadataNames.Uses), IsConsole);
    }

    private static bool IsConsole(string use) => use.Split("::")[0] is "System.Console" or "Spectre.Console.AnsiConsole";
}

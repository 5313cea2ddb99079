using System.CommandLine;

namespace Entente.Cli.Tests;

/// <summary>
/// One convention for option letters and format names across commands (issue 18.16, README "Options"):
/// a letter means one option everywhere, and formats are spelled in lower case.
/// </summary>
public class OptionConventionTests
{
    private static readonly RootCommand Root = EntenteApp.Root(new CliConsole(TextWriter.Null, TextWriter.Null, redirected: true, new NoServices()));

    [Fact]
    public void Each_letter_names_one_option_in_every_command()
    {
        var meanings = Commands(Root)
            .SelectMany(c => c.Options.SelectMany(o => o.Aliases.Where(a => a.Length == 2).Select(a => (Letter: a, o.Name))))
            .Distinct()
            .GroupBy(x => x.Letter)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Name))}")
            .ToList();

        Assert.Empty(meanings);
    }

    [Fact]
    public void The_common_letters_mean_what_the_readme_says()
    {
        var letters = Commands(Root).SelectMany(c => c.Options.SelectMany(o => o.Aliases.Where(a => a.Length == 2).Select(a => (a, o.Name))))
            .Distinct().ToDictionary(x => x.a, x => x.Name);

        Assert.Equal("--option", letters["-o"]);
        Assert.Equal("--trials", letters["-n"]);
        Assert.Equal("--format", letters["-f"]);
        Assert.Equal("--model", letters["-m"]);
        Assert.Equal("--seed", letters["-s"]);
        Assert.Equal("--rounds", letters["-r"]);
    }

    [Theory]
    [InlineData("forecast", "<table|json|csv>")]
    [InlineData("sweep", "<table|json|csv>")]
    [InlineData("game", "<table|json>")]
    public void Formats_are_spelled_in_lower_case_in_the_help(string command, string formats)
    {
        var help = Cli.Run(command, "--help").Out;

        Assert.Contains($"-f, --format {formats}", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Csv|Json|Table", help, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diplomacy_bench_counts_trials_with_n_and_still_reads_runs()
    {
        var trials = Commands(Root).Single(c => c.Name == "diplomacy").Options.Single(o => o.Name == "--trials");

        Assert.Contains("-n", trials.Aliases);
        Assert.Contains("--runs", trials.Aliases);
    }

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}

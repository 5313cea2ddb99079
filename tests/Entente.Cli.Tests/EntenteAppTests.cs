using System.CommandLine;

namespace Entente.Cli.Tests;

/// <summary>
/// A command line that names a command builds that command alone (issue 18.17: start-up), and parses exactly as the
/// whole tree would.
/// </summary>
public class EntenteAppTests
{
    private static CliConsole Console() => new(TextWriter.Null, TextWriter.Null, redirected: true, new NoServices());

    [Fact]
    public void The_command_table_names_each_command_by_the_name_it_has()
    {
        var built = EntenteApp.Commands.Select(c => c.Create(Console()).Name).ToArray();

        Assert.Equal(EntenteApp.Commands.Select(c => c.Name).ToArray(), built);
        Assert.Equal(built, EntenteApp.Root(Console()).Subcommands.Select(c => c.Name).ToArray());
    }

    [Fact]
    public void A_named_command_gets_a_root_with_that_command_alone()
    {
        var root = EntenteApp.For(["sweep", "x.yaml"], Console());

        Assert.Equal(["sweep"], root.Subcommands.Select(c => c.Name).ToArray());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("forcast")]
    [InlineData("")]
    public void Anything_else_gets_the_whole_tree(string first)
    {
        var root = EntenteApp.For(first.Length == 0 ? [] : [first], Console());

        Assert.Equal(EntenteApp.Commands.Length, root.Subcommands.Count);
    }

    [Theory]
    [InlineData("forecast x.yaml --model eum -o q=1.5 --format json")]
    [InlineData("sweep x.yaml -n 100 --position-noise 0.05 --seed 7")]
    [InlineData("runs list --store runs.db")]
    [InlineData("bench startup -n 3")]
    [InlineData("forecast x.yaml --no-such-option")]
    public void A_lone_command_parses_as_the_whole_tree_does(string line)
    {
        var args = line.Split(' ');

        var alone = EntenteApp.For(args, Console()).Parse(args);
        var whole = EntenteApp.Root(Console()).Parse(args);

        Assert.Equal(Describe(whole), Describe(alone));
    }

    // What a parse found: the command, each option given and its value, and the errors.
    private static string Describe(ParseResult parse) =>
        string.Join(" | ", [
            parse.CommandResult.Command.Name,
            .. parse.CommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>()
                .Select(o => $"{o.Option.Name}={string.Join(",", o.Tokens.Select(t => t.Value))}"),
            .. parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
                .Select(a => $"{a.Argument.Name}={string.Join(",", a.Tokens.Select(t => t.Value))}"),
            .. parse.Errors.Select(e => e.Message),
        ]);

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}

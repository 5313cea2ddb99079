using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente game FILE</c> and <c>entente game --template threat|promise|report …</c>: solves signalling
/// stage games (specification §5) given directly or by a claim template, and explains each equilibrium.
/// </summary>
internal static class GameCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("file")
        {
            Description = "Stage-game file (YAML): one game, a list under 'games:', or a claim template (see docs/stage-games.md).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        format.HelpName = "table|json";
        var template = new GameTemplateOptions();
        var command = new Command("game", "Solve signalling stage games (spec §5), given directly or by a threat, promise or report template.")
        {
            file, format,
        };
        template.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            var request = Request(path, template, parse, console);
            if (request is null)
            {
                return ExitCodes.BadInput;
            }
            GameOutcome outcome;
            try
            {
                outcome = CliProblems.Wait(console.Services.GetRequiredService<GameService>().RunAsync(request));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            console.Out.Write(parse.GetValue(format) == "json" ? outcome.Json : GameTable.Write(outcome.Games));
            return ExitCodes.Success;
        });
        return command;
    }

    // What to solve, or null after printing why the command line gives nothing to solve.
    private static GameRequest? Request(string? path, GameTemplateOptions template, ParseResult parse, CliConsole console)
    {
        var given = template.Given(parse);
        if (path is not null && given.Count > 0)
        {
            console.Error.WriteLine($"error: {string.Join(", ", given)}: give a game file or template options, not both (a template file says 'template: …' itself)");
            return null;
        }
        if (path is null && given.Count == 0)
        {
            console.Error.WriteLine("error: give a stage-game file, or --template threat|promise|report with its inputs; see 'entente game --help'");
            return null;
        }
        if (path is null)
        {
            return template.Build(parse, console.Error) is { } cases ? new GameRequest { Cases = cases } : null;
        }
        return new GameRequest { Path = path };
    }
}

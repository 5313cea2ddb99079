using System.CommandLine;
using Entente.Cli.Output;
using Entente.Formats;
using Entente.Formats.Games;
using Entente.Models.Diplomacy.StageGame;

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
        var template = new GameTemplateOptions();
        var command = new Command("game", "Solve signalling stage games (spec §5), given directly or by a threat, promise or report template.")
        {
            file, format,
        };
        template.AddTo(command);
        command.SetAction(parse =>
        {
            var cases = Cases(parse.GetValue(file), template, parse, console);
            if (cases is null)
            {
                return ExitCodes.BadInput;
            }
            var solved = cases.Select(c => (c, StageGameSolver.Solve(c.Game))).ToArray();
            console.Out.Write(parse.GetValue(format) == "json" ? GameJson.Write(solved) : GameTable.Write(solved));
            return ExitCodes.Success;
        });
        return command;
    }

    // The games to solve, or null after printing why there are none.
    private static IReadOnlyList<StageGameCase>? Cases(string? path, GameTemplateOptions template, ParseResult parse, CliConsole console)
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
            return template.Build(parse, console.Error);
        }
        try
        {
            return StageGameFile.Load(path);
        }
        catch (ScenarioLoadException e)
        {
            ScenarioInput.Print(e.Diagnostics, console);
            return null;
        }
    }
}

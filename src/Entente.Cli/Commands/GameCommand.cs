using System.CommandLine;
using Entente.Cli.Output;
using Entente.Formats;
using Entente.Simulation.Games;
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
            if (NotFinite(solved, parse.GetValue(file), console))
            {
                return ExitCodes.BadInput;
            }
            console.Out.Write(parse.GetValue(format) == "json" ? GameJson.Write(solved) : GameTable.Write(solved));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Inputs whose magnitudes lie more than double precision apart (a prior 1e-300 beside 1e300) can leave
    /// a posterior as 0/0; such a result is refused with the game named, not printed as NaN.
    /// </summary>
    private static bool NotFinite(IReadOnlyList<(StageGameCase Case, StageGameSolution Solution)> solved, string? path, CliConsole console)
    {
        var any = false;
        for (var g = 0; g < solved.Count; g++)
        {
            var s = solved[g].Solution;
            double[] numbers = [.. s.Sigma, .. s.PosteriorClaim, .. s.PosteriorSilent, s.Rho0, s.Rho1, s.Beta ?? 0, s.SilentCredibility, s.ClaimCredibility, s.Informativeness];
            if (numbers.All(double.IsFinite))
            {
                continue;
            }
            any = true;
            var game = solved.Count > 1 ? $"games[{g}]" : "the game";
            console.Error.WriteLine($"{path ?? "--template"}: error: {game}: the solution is not a number: its priors, weights or payoffs "
                + "span more orders of magnitude than double precision holds; rescale them");
        }
        return any;
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

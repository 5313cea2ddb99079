using System.CommandLine;
using Entente.Cli.Output;
using Entente.Cli.Storage;
using Entente.Models;
using Entente.Simulation.Forecasting;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary><c>entente forecast SCENARIO</c>: runs a model and prints the forecast.</summary>
internal static class ForecastCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = CommonOptions.Scenario();
        var model = CommonOptions.Model();
        var rounds = CommonOptions.Rounds();
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var modelOptions = CommonOptions.ModelOptions();
        var outDir = new Option<string?>("--out")
        {
            Description = "Also write forecast.txt, forecast.json and forecast.csv into this folder.",
        };
        var dyads = new Option<int?>("--dyads")
        {
            Description = "Also print the dyad map (who expects to win a confrontation with whom) of this round, for models that compute one (eum).",
        };
        var command = new Command("forecast", "Forecast each issue's outcome, and the path to it, with a model.")
        {
            scenario, model, rounds, seed, format, modelOptions, outDir, dyads,
        };
        var saving = new ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            var (options, optionProblems) = CommonOptions.ParseModelOptions(parse.GetValue(modelOptions));
            if (optionProblems.Count > 0)
            {
                optionProblems.ToList().ForEach(console.Error.WriteLine);
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(rounds) is <= 0)
            {
                console.Error.WriteLine("--rounds must be a positive whole number");
                return ExitCodes.BadInput;
            }

            var document = ScenarioInput.Load(parse.GetValue(scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }

            var request = new ForecastRequest
            {
                Scenario = document.Scenario,
                Model = parse.GetValue(model),
                Options = options,
                Rounds = parse.GetValue(rounds),
                Seed = parse.GetValue(seed),
            };
            var startedAt = TimeProvider.System.GetUtcNow();
            ForecastRun run;
            try
            {
                run = ProgressDisplay.Run(console, "forecast", document.Scenario.Issues.Count, observer => ForecastRunner.Run(request, observer));
            }
            catch (ModelOptionsException e)
            {
                e.Problems.ToList().ForEach(p => console.Error.WriteLine($"error: {p}"));
                return ExitCodes.BadInput;
            }

            if (document.Scenario.HasDiplomacy && run.Result.Diplomacy is null)
            {
                console.Error.WriteLine($"warning: model '{run.Model}' ignores the scenario's diplomacy sections (perceptions, signals, commitments, coalitions, factions, timeline); run it with --model eum-diplomacy");
            }
            Print(console, run, parse.GetValue(format), parse.GetValue(dyads));
            if (parse.GetValue(outDir) is { } folder && WriteFiles(console, run, folder) != ExitCodes.Success)
            {
                return ExitCodes.BadInput;
            }
            return saving.SaveIfAsked(console, parse, run, parse.GetValue(scenario)!, startedAt);
        });
        return command;
    }

    private static void Print(CliConsole console, ForecastRun run, OutputFormat format, int? dyadRound)
    {
        switch (format)
        {
            case OutputFormat.Json:
                console.Out.WriteLine(ForecastJson.Write(run));
                break;
            case OutputFormat.Csv:
                console.Out.Write(ForecastCsv.Write(run));
                break;
            default:
                ForecastTable.Write(console.Rich, run, dyadRound);
                break;
        }
    }

    private static int WriteFiles(CliConsole console, ForecastRun run, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            using (var text = new StringWriter())
            {
                var plain = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(text),
                    Ansi = AnsiSupport.No,
                    ColorSystem = ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                plain.Profile.Width = 200;
                ForecastTable.Write(plain, run);
                File.WriteAllText(Path.Combine(folder, "forecast.txt"), text.ToString());
            }
            File.WriteAllText(Path.Combine(folder, "forecast.json"), ForecastJson.Write(run));
            File.WriteAllText(Path.Combine(folder, "forecast.csv"), ForecastCsv.Write(run));
            console.Error.WriteLine($"wrote forecast.txt, forecast.json, forecast.csv to {folder}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{folder}: error: cannot write the output files: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}

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
        var inputs = new ModelInputs();
        var typeTrials = CommonOptions.TypeTrials();
        var format = CommonOptions.Format();
        var outDir = new Option<string?>("--out")
        {
            Description = "Also write forecast.txt, forecast.json and forecast.csv into this folder.",
        };
        var dyads = new Option<int?>("--dyads")
        {
            Description = "Also print the dyad map (who expects to win a confrontation with whom) of this round, for models that compute one (eum).",
        };
        var command = new Command("forecast", "Forecast each issue's outcome, and the path to it, with a model.");
        inputs.AddTo(command);
        command.Options.Add(typeTrials);
        command.Options.Add(format);
        command.Options.Add(outDir);
        command.Options.Add(dyads);
        var saving = new ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            var (options, problems) = inputs.Read(parse);
            if (parse.GetValue(typeTrials) is < 0)
            {
                problems.Add("--trials must be 0 or more");
            }
            if (problems.Count > 0)
            {
                return ModelInputs.Fail(console, problems);
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }

            var request = inputs.Request(parse, document.Scenario, options) with { Trials = parse.GetValue(typeTrials) };
            var startedAt = TimeProvider.System.GetUtcNow();
            ForecastRun run;
            try
            {
                run = ProgressDisplay.Run(console, "forecast", document.Scenario.Issues.Count, observer => ForecastRunner.Run(request, observer));
            }
            catch (ModelOptionsException e)
            {
                return ModelInputs.Fail(console, e);
            }

            if (document.Scenario.HasDiplomacy && run.Result.Strategic is null)
            {
                console.Error.WriteLine($"warning: model '{run.Model}' ignores the scenario's diplomacy sections (perceptions, signals, commitments, coalitions, factions, timeline); run it with --model eum-diplomacy");
            }
            Print(console, run, parse.GetValue(format), parse.GetValue(dyads));
            if (parse.GetValue(outDir) is { } folder && WriteFiles(console, run, folder) != ExitCodes.Success)
            {
                return ExitCodes.BadInput;
            }
            return saving.SaveIfAsked(console, parse, run, document, startedAt);
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

using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Entente.Cli.Storage;
using Microsoft.Extensions.DependencyInjection;
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
            Description = "Also print the dyad map (who expects to win a confrontation with whom) of this round, for models that compute one (eum); the JSON then carries that round's dyads (none by default).",
        };
        var summary = new Option<bool>("--summary")
        {
            Description = "Print only the forecast per issue (and the diplomacy layer's intervals): no trajectories, offers or narrative.",
        };
        var device = CommonOptions.Device("the spatial model's challenge steps");
        var calibration = new Option<string?>("--calibration")
        {
            Description = "Show each forecast's 50/80/95% intervals from this calibration file (entente backtest … --calibrate OUT).",
        };
        var command = new Command("forecast", "Forecast each issue's outcome, and the path to it, with a model.");
        inputs.AddTo(command);
        command.Options.Add(typeTrials);
        command.Options.Add(format);
        command.Options.Add(outDir);
        command.Options.Add(dyads);
        command.Options.Add(summary);
        command.Options.Add(calibration);
        command.Options.Add(device);
        var saving = new ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            var (choice, optionProblems) = inputs.Read(parse);
            if (parse.GetValue(outDir) is { } outFolder
                && Output.OutputFiles.Overwrites(OutputNames.Select(n => Path.Combine(outFolder, n)), parse.GetValue(inputs.Scenario)!) is { } clash)
            {
                console.Error.WriteLine(clash);
                return ExitCodes.BadInput;
            }
            var dyadRound = parse.GetValue(dyads);
            var request = new ForecastRequest
            {
                Model = choice,
                Trials = parse.GetValue(typeTrials),
                SaveTo = saving.SaveTo(parse),
                Dyads = dyadRound is >= 1 ? Models.DyadSelection.Round(dyadRound.Value) : Models.DyadSelection.None,
                Device = parse.GetValue(device),
            };
            IReadOnlyList<RequestProblem> dyadProblems = dyadRound is < 1 ? [RequestProblem.Of("dyads", $"must be a round of 1 or more (got {dyadRound})")] : [];
            if (ModelInputs.FailEarly(console, [.. optionProblems, .. dyadProblems], request.Validate()) is { } failed)
            {
                return failed;
            }
            // Read before the run: a calibration file that is bad, or lacks the model, is refused at once.
            CalibrationSet? calibrations = null;
            if (parse.GetValue(calibration) is { } calibrationFile)
            {
                try
                {
                    calibrations = CalibrationFiles.Load(calibrationFile);
                }
                catch (RequestException e)
                {
                    return CliProblems.Fail(console, e);
                }
                if (choice.Model is { } named && calibrations.For(named) is null)
                {
                    console.Error.WriteLine($"{calibrationFile}: error: calibration: no calibration for model '{choice.Model}' (it has {string.Join(", ", calibrations.Models.Select(m => m.Model))})");
                    return ExitCodes.BadInput;
                }
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }

            ForecastOutcome outcome;
            try
            {
                var service = console.Services.GetRequiredService<ForecastService>();
                outcome = ProgressDisplay.Run(console, "forecast", document.Scenario.Issues.Count,
                    progress => CliProblems.Wait(service.RunAsync(request with { Scenario = document }, progress)));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }

            CliProblems.Warn(console, outcome.Warnings);
            if (calibrations is not null && calibrations.For(outcome.Run.Model) is null)
            {
                console.Error.WriteLine($"{calibrations.File}: error: calibration: no calibration for model '{outcome.Run.Model}' (it has {string.Join(", ", calibrations.Models.Select(m => m.Model))})");
                return ExitCodes.BadInput;
            }
            if (calibrations is not null)
            {
                // After the save: the stored document is the forecast's own; the printed one adds the intervals.
                outcome = outcome with { Calibration = CalibratedForecast.Of(outcome.Run, calibrations) };
            }
            Print(console, outcome, parse.GetValue(format), parse.GetValue(dyads), parse.GetValue(summary));
            if (outcome.Calibration is { } intervals && parse.GetValue(format) == OutputFormat.Table)
            {
                CalibratedIntervals.Write(console, intervals);
            }
            var files = parse.GetValue(outDir) is { } folder ? WriteFiles(console, outcome, folder) : ExitCodes.Success;
            // The service has saved the run already: say so even when the files could not be written.
            var saved = ForecastSaving.Report(console, outcome.Saved);
            return files != ExitCodes.Success ? files : saved;
        });
        return command;
    }

    private static void Print(CliConsole console, ForecastOutcome outcome, OutputFormat format, int? dyadRound, bool summaryOnly)
    {
        switch (format)
        {
            case OutputFormat.Json:
                // Streamed: a large run's document is never held as one string.
                using (var stream = new TextWriterStream(console.Out))
                {
                    outcome.WriteJson(stream);
                }
                console.Out.WriteLine();
                break;
            case OutputFormat.Csv:
                console.Out.Write(outcome.Csv);
                break;
            default:
                if (summaryOnly)
                {
                    ForecastTable.WriteSummary(console.Rich, outcome.Run);
                }
                else
                {
                    ForecastTable.Write(console.Rich, outcome.Run, dyadRound);
                }
                break;
        }
    }

    // The files --out writes.
    private static readonly string[] OutputNames = ["forecast.txt", "forecast.json", "forecast.csv"];

    private static int WriteFiles(CliConsole console, ForecastOutcome outcome, string folder)
    {
        var run = outcome.Run;
        try
        {
            Directory.CreateDirectory(folder);
            using (var text = new StringWriter())
            {
                ForecastTable.Write(PlainText.Console(text), run);
                Output.OutputFiles.Write(Path.Combine(folder, "forecast.txt"), text.ToString());
            }
            Output.OutputFiles.Write(Path.Combine(folder, "forecast.json"), writer =>
            {
                using var stream = new TextWriterStream(writer);
                outcome.WriteJson(stream);
            });
            Output.OutputFiles.Write(Path.Combine(folder, "forecast.csv"), outcome.Csv);
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

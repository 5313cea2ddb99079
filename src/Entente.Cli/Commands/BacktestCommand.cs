using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Entente.Simulation.Backtest;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente backtest FILE</c>: scores models against the actual outcomes of a DEU table, with bootstrap
/// intervals by proposal, and tunes models that have a tuning grid by cross-validation by proposal.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A DEU table (tab-separated: header, GDP line, one row per issue)." };
        var models = new Option<string[]>("--model", "-m")
        {
            Description = "Model to score (repeatable); default: every catalog model.",
            AllowMultipleArgumentsPerToken = false,
        };
        var capability = new Option<string>("--capability", "-c")
        {
            Description = "Capabilities: equal, gdp (line 2), voting-power (Council Banzhaf index under the issue's rule and date) or votes (the Council's votes of the day, for models that count votes).",
            DefaultValueFactory = _ => "equal",
        };
        var folds = new Option<int>("--folds", "-k") { Description = "Folds of the cross-validation by proposal (0: no tuning).", DefaultValueFactory = _ => 10 };
        var repeats = new Option<int>("--repeats") { Description = "Splits of the repeated cross-validation; out-of-fold errors are averaged over them.", DefaultValueFactory = _ => 10 };
        var innerFolds = new Option<int>("--inner-folds")
        {
            Description = "Inner folds of the nested cross-validation (choosing a fitted model's penalty) and of its CV+ intervals.",
            DefaultValueFactory = _ => 5,
        };
        var seed = CommonOptions.Seed();
        var replicates = new Option<int>("--replicates") { Description = "Bootstrap resamples per interval.", DefaultValueFactory = _ => BacktestOptions.DefaultReplicates };
        var commission = new Option<double?>("--commission-weight") { Description = "Commission capability as a multiple of the largest member state's." };
        var parliament = new Option<double?>("--parliament-weight") { Description = "Parliament capability as a multiple of the largest member state's." };
        var baselineModel = new Option<string>("--baseline")
        {
            Description = "Model every row is compared with, paired by issue ('none' for no comparison).",
            DefaultValueFactory = _ => "compromise",
        };
        var baselineCapability = new Option<string>("--baseline-capability")
        {
            Description = "Capabilities of the baseline: equal, gdp, voting-power or votes.",
            DefaultValueFactory = _ => "equal",
        };
        var skipBadRows = new Option<bool>("--skip-bad-rows")
        {
            Description = "Leave out issue rows with errors (each listed on the error stream, with its line and column) and score the rest.",
        };
        var calibrate = new Option<string?>("--calibrate")
        {
            Description = "Also write a calibration file: each model's residuals on this table, for intervals from forecast --calibration or backtest --calibration.",
        };
        var calibration = new Option<string?>("--calibration")
        {
            Description = "Score the models this calibration file covers with its frozen intervals (no recalibration on this table).",
        };
        var modelOptions = CommonOptions.ModelOptions();
        var format = CommonOptions.Format();
        var casesFile = new Option<string?>("--cases")
        {
            Description = "Also write every scored case of every row to this CSV file (row, kind, issue, proposal, outcome, forecast, absoluteError).",
        };
        var noiseTrials = new Option<int>("--noise-trials")
        {
            Description = "Also score each model's distribution from input noise (rows NAME@noise): this many noisy versions of each case, as a sweep draws them (0: none).",
        };
        var noiseInputs = new NoiseInputs(Simulation.MonteCarlo.NoiseSettings.Default);
        var command = new Command("backtest", "Score models against the actual outcomes of a DEU data set.")
        {
            file, models, capability, folds, repeats, innerFolds, seed, replicates, commission, parliament, baselineModel, baselineCapability, modelOptions, format,
            casesFile, skipBadRows, calibrate, calibration, noiseTrials, noiseInputs.Position, noiseInputs.Salience, noiseInputs.Capability,
        };
        var saving = new Storage.ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Options.Add(option);
        }
        var cluster = new ClusterInputs("the models' forecasts");
        cluster.AddTo(command);
        command.SetAction(parse =>
        {
            // Refused before the (long) run: the cases file must not overwrite the table it scores.
            foreach (var output in new[] { parse.GetValue(casesFile), parse.GetValue(calibrate) }.OfType<string>())
            {
                var inputs = new[] { parse.GetValue(file)!, parse.GetValue(calibration) }.OfType<string>();
                if (inputs.Select(input => Output.OutputFiles.Overwrites(output, input)).FirstOrDefault(c => c is not null) is { } clash)
                {
                    console.Error.WriteLine(clash);
                    return ExitCodes.BadInput;
                }
            }
            var (extra, optionProblems) = CommonOptions.ParseModelOptions(parse.GetValue(modelOptions));
            var (target, clusterProblems) = cluster.Read(parse);
            var request = new BacktestRequest
            {
                Cluster = target,
                File = parse.GetValue(file),
                Models = parse.GetValue(models) ?? [],
                ModelOptions = extra,
                Capability = parse.GetValue(capability) ?? "equal",
                Folds = parse.GetValue(folds),
                Repeats = parse.GetValue(repeats),
                InnerFolds = parse.GetValue(innerFolds),
                SkipBadRows = parse.GetValue(skipBadRows),
                Calibration = parse.GetValue(calibration),
                Seed = parse.GetValue(seed),
                Replicates = parse.GetValue(replicates),
                CommissionWeight = parse.GetValue(commission),
                ParliamentWeight = parse.GetValue(parliament),
                Baseline = parse.GetValue(baselineModel),
                BaselineCapability = parse.GetValue(baselineCapability) ?? "equal",
                SaveTo = saving.SaveTo(parse),
                NoiseTrials = parse.GetValue(noiseTrials),
                // A DEU case has no perceptions or channels: belief and credibility noise would move nothing.
                Noise = new Simulation.MonteCarlo.NoiseSettings
                {
                    Position = parse.GetValue(noiseInputs.Position),
                    Salience = parse.GetValue(noiseInputs.Salience),
                    Capability = parse.GetValue(noiseInputs.Capability),
                },
            };
            // Each rule broken is its own line, naming its option.
            if (request.Validate().Concat(clusterProblems).ToList() is { Count: > 0 } problems)
            {
                return CliProblems.Fail(console, problems);
            }
            if (optionProblems.Count > 0)
            {
                foreach (var problem in optionProblems)
                {
                    console.Error.WriteLine($"error: {problem}");
                }
                return ExitCodes.BadInput;
            }

            BacktestOutcome outcome;
            try
            {
                outcome = CliProblems.Wait(console.Services.GetRequiredService<BacktestService>().RunAsync(request, new Lines(console)));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            CliProblems.Warn(console, outcome.Warnings);
            if (parse.GetValue(casesFile) is { } casesPath && WriteCases(console, casesPath, outcome) != ExitCodes.Success)
            {
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(calibrate) is { } calibrationPath && WriteFile(console, calibrationPath, outcome.CalibrationJson, "calibration") != ExitCodes.Success)
            {
                return ExitCodes.BadInput;
            }
            var path = request.File!;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(outcome.Json);
            }
            else if (parse.GetValue(format) == OutputFormat.Csv)
            {
                console.Out.Write(outcome.Csv);
            }
            else
            {
                BacktestReport.Table(console, path, outcome.Capability, outcome.Options, outcome.Cases.Count, outcome.Rows);
            }
            return Storage.ForecastSaving.Report(console, outcome.Saved);
        });
        return command;
    }

    private static int WriteCases(CliConsole console, string path, BacktestOutcome outcome)
    {
        try
        {
            Output.OutputFiles.Write(path, outcome.WriteCases);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"{path}: error: cannot write the cases: {e.Message}");
            return ExitCodes.BadInput;
        }
        console.Error.WriteLine($"wrote {outcome.ScoredCases} scored cases to {path}");
        return ExitCodes.Success;
    }

    private static int WriteFile(CliConsole console, string path, string text, string what)
    {
        try
        {
            Output.OutputFiles.Write(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"{path}: error: cannot write the {what}: {e.Message}");
            return ExitCodes.BadInput;
        }
        console.Error.WriteLine($"wrote the {what} to {path}");
        return ExitCodes.Success;
    }

    /// <summary>Progress written at once on the error stream.</summary>
    private sealed class Lines(CliConsole console) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => console.Error.WriteLine($"backtest: {value.Message}");
    }
}

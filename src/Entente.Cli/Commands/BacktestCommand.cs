using System.CommandLine;
using Entente.Cli.Output;
using Entente.Formats;
using Entente.Formats.Importers.Deu;
using Entente.Models;
using Entente.Simulation.Backtest;
using Entente.Storage;

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
        var seed = CommonOptions.Seed();
        var replicates = new Option<int>("--replicates") { Description = "Bootstrap resamples per interval.", DefaultValueFactory = _ => ClusterBootstrap.DefaultReplicates };
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
        var modelOptions = CommonOptions.ModelOptions();
        var format = CommonOptions.Format();
        var casesFile = new Option<string?>("--cases")
        {
            Description = "Also write every scored case of every row to this CSV file (row, kind, issue, proposal, outcome, forecast, absoluteError).",
        };
        var command = new Command("backtest", "Score models against the actual outcomes of a DEU data set.")
        {
            file, models, capability, folds, repeats, seed, replicates, commission, parliament, baselineModel, baselineCapability, modelOptions, format,
            casesFile,
        };
        var saving = new Storage.ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var scheme = ParseScheme(parse.GetValue(capability) ?? "equal");
            var baselineScheme = ParseScheme(parse.GetValue(baselineCapability) ?? "equal");
            var baselineName = parse.GetValue(baselineModel) is { } given && !given.Equals("none", StringComparison.OrdinalIgnoreCase) ? given : null;
            var k = parse.GetValue(folds);
            var b = parse.GetValue(replicates);
            if (scheme is null || baselineScheme is null || (k is 1 or < 0) || b < 1 || parse.GetValue(repeats) < 1 || parse.GetValue(format) == OutputFormat.Csv
                || parse.GetValue(commission) is < 0 || parse.GetValue(parliament) is < 0)
            {
                console.Error.WriteLine("error: --capability and --baseline-capability must be equal, gdp, voting-power or votes; --folds 0 or at least 2; --repeats at least 1; "
                    + "--replicates at least 1; weights not negative; --format table or json");
                return ExitCodes.BadInput;
            }
            var names = parse.GetValue(models) is { Length: > 0 } chosen ? chosen : ModelCatalog.All.Select(m => m.Name).ToArray();
            var (extra, optionProblems) = CommonOptions.ParseModelOptions(parse.GetValue(modelOptions));
            if (optionProblems.Count > 0)
            {
                foreach (var problem in optionProblems)
                {
                    console.Error.WriteLine($"error: {problem}");
                }
                return ExitCodes.BadInput;
            }
            var checks = names.Select(n => (Name: n, Options: extra)).ToList();
            if (baselineName is not null)
            {
                checks.Add((baselineName, []));
            }
            foreach (var check in checks)
            {
                try
                {
                    ModelCatalog.Create(check.Name, check.Options);
                }
                catch (ModelOptionsException e)
                {
                    console.Error.WriteLine($"error: {e.Message}");
                    return ExitCodes.BadInput;
                }
            }

            var path = parse.GetValue(file)!;
            DeuDataset dataset;
            try
            {
                dataset = DeuImporter.Load(path);
            }
            catch (ScenarioLoadException e)
            {
                ScenarioInput.Print(e.Diagnostics, console);
                return ExitCodes.BadInput;
            }
            var cases = DeuCases.From(dataset, scheme.Value, parse.GetValue(commission), parse.GetValue(parliament));
            if (cases.Count == 0)
            {
                console.Error.WriteLine($"error: {path}: no issue has a known outcome; nothing to score");
                return ExitCodes.BadInput;
            }
            var baselineModelName = baselineName is null ? null : ModelCatalog.Find(baselineName)!.Name;
            var baselineCases = baselineScheme == scheme ? cases : DeuCases.From(dataset, baselineScheme.Value, parse.GetValue(commission), parse.GetValue(parliament));
            var options = new BacktestOptions
            {
                Models = names,
                ModelOptions = extra,
                Folds = k,
                Repeats = parse.GetValue(repeats),
                Seed = parse.GetValue(seed),
                Replicates = b,
                Baseline = baselineModelName,
                BaselineLabel = baselineModelName is null ? null : $"{baselineModelName} ({SchemeName(baselineScheme.Value)})",
            };
            var startedAt = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var summaries = BacktestRunner.Run(cases, options, new SynchronousProgress(console), baselineCases);
            clock.Stop();
            if (parse.GetValue(casesFile) is { } casesPath && WriteCases(console, casesPath, cases, summaries) != ExitCodes.Success)
            {
                return ExitCodes.BadInput;
            }
            var json = BacktestReport.Json(path, scheme.Value, options, cases.Count, summaries);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(json);
            }
            else
            {
                BacktestReport.Table(console, path, scheme.Value, options, cases.Count, summaries);
            }
            return saving.SaveSummaryIfAsked(console, parse, RunKind.Backtest, new ScenarioSource($"backtest of {Path.GetFileName(path)}", dataset.Text, path), source => new RunHeader
            {
                Scenario = source,
                Model = string.Join(",", names),
                Options = [new Domain.ModelOption("capability", parse.GetValue(capability) ?? "equal"), new Domain.ModelOption("folds", k.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                Seed = options.Seed,
                CodeVersion = CodeVersion.Engine,
                StartedAt = startedAt,
                Elapsed = clock.Elapsed,
            }, json);
        });
        return command;
    }

    private static readonly Dictionary<string, CapabilityScheme> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["equal"] = CapabilityScheme.Equal,
        ["gdp"] = CapabilityScheme.Gdp,
        ["voting-power"] = CapabilityScheme.VotingPower,
        ["votes"] = CapabilityScheme.Votes,
    };

    private static CapabilityScheme? ParseScheme(string text) => Schemes.TryGetValue(text, out var scheme) ? scheme : null;

    private static string SchemeName(CapabilityScheme scheme) => Schemes.First(kv => kv.Value == scheme).Key;

    /// <summary>Progress written at once on the error stream (Progress&lt;T&gt; would post to the thread pool).</summary>
    private static int WriteCases(CliConsole console, string path, IReadOnlyList<BacktestCase> cases, IReadOnlyList<ErrorSummary> rows)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            BacktestCasesCsv.Write(writer, cases, rows);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"{path}: error: cannot write the cases: {e.Message}");
            return ExitCodes.BadInput;
        }
        console.Error.WriteLine($"wrote {rows.Sum(r => r.CaseErrors.Count(e => e is not null))} scored cases to {path}");
        return ExitCodes.Success;
    }

    private sealed class SynchronousProgress(CliConsole console) : IProgress<string>
    {
        public void Report(string value) => console.Error.WriteLine($"backtest: {value}");
    }
}

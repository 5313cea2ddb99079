using System.CommandLine;
using System.Globalization;
using Entente.Application;
using Entente.Cli.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary><c>entente ledger seal|grade|report</c>: the forecast ledger in the run store.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliConsole console) => new("ledger", "Seal saved forecasts, record their outcomes later, and report the record.")
    {
        Seal(console),
        Grade(console),
        Report(console),
    };

    private static Command Seal(CliConsole console)
    {
        var id = new Argument<long>("run") { Description = "The saved forecast's run id (see 'entente runs list')." };
        var note = new Option<string?>("--note") { Description = "A note kept with the seal." };
        var store = StoreSelection.StoreOption();
        var command = new Command("seal", "Seal a saved forecast: record the SHA-256 of its inputs and output, the code version and the time.") { id, note, store };
        command.SetAction(parse => Run(console, new LedgerRequest
        {
            Store = StoreSelection.Resolve(parse.GetValue(store)),
            Action = LedgerAction.Seal,
            RunId = parse.GetValue(id),
            Note = parse.GetValue(note),
        }, outcome => console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sealed run {outcome.Entry!.RunId} at {outcome.Entry.SealedAt:yyyy-MM-dd HH:mm:ss}Z: inputs {outcome.Entry.InputsSha256}, output {outcome.Entry.OutputsSha256}, code {outcome.Entry.CodeVersion}"))));
        return command;
    }

    private static Command Grade(CliConsole console)
    {
        var id = new Argument<long>("run") { Description = "The sealed forecast's run id." };
        var outcomes = new Option<string[]>("--outcome")
        {
            Description = "An outcome as ISSUE=VALUE (repeatable); agreement=0|1 and escalation=0|1 grade the diplomacy layer's probabilities.",
            AllowMultipleArgumentsPerToken = true,
        };
        var store = StoreSelection.StoreOption();
        var command = new Command("grade", "Record a sealed forecast's outcomes, once.") { id, outcomes, store };
        command.SetAction(parse => Run(console, new LedgerRequest
        {
            Store = StoreSelection.Resolve(parse.GetValue(store)),
            Action = LedgerAction.Grade,
            RunId = parse.GetValue(id),
            Outcomes = parse.GetValue(outcomes) ?? [],
        }, outcome => console.Out.WriteLine($"graded run {outcome.Entry!.RunId}: {string.Join(", ", outcome.Entry.Outcomes.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Key}={o.Value}")))}")));
        return command;
    }

    private static Command Report(CliConsole console)
    {
        var calibration = new Option<string?>("--calibration") { Description = "A calibration file (entente backtest … --calibrate): CRPS and 80% coverage from its intervals." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "table", HelpName = "table|json" };
        format.AcceptOnlyFromAmong("table", "json");
        var store = StoreSelection.StoreOption();
        var command = new Command("report", "The record of graded forecasts: MAE, CRPS, 80% coverage, Brier score of agreement and escalation.") { calibration, format, store };
        command.SetAction(parse => Run(console, new LedgerRequest
        {
            Store = StoreSelection.Resolve(parse.GetValue(store)),
            Action = LedgerAction.Report,
            Calibration = parse.GetValue(calibration),
        }, outcome =>
        {
            var report = outcome.Report!;
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(report.Json);
                return;
            }
            Output.LedgerTable.Write(console, report, outcome.Location);
        }));
        return command;
    }

    private static int Run(CliConsole console, LedgerRequest request, Action<LedgerOutcome> print)
    {
        if (request.Validate() is { Count: > 0 } problems)
        {
            return CliProblems.Fail(console, problems);
        }
        LedgerOutcome outcome;
        try
        {
            outcome = CliProblems.Wait(console.Services.GetRequiredService<LedgerService>().RunAsync(request));
        }
        catch (RequestException e)
        {
            return CliProblems.Fail(console, e);
        }
        print(outcome);
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Entente.Cli.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary><c>entente runs list|show|diff|export|delete|check</c>: the runs kept in the run store.</summary>
internal static class RunsCommand
{
    public static Command Create(CliConsole console) => new("runs", "List, show, compare, export, delete and check saved runs.")
    {
        List(console),
        Show(console),
        Diff(console),
        Export(console),
        Delete(console),
        Check(console),
    };

    private static Command List(CliConsole console)
    {
        var store = StoreSelection.StoreOption();
        var format = Format("table", "json");
        var command = new Command("list", "List the saved runs, oldest first.") { store, format };
        command.SetAction(parse => Run(console, new RunsRequest { Store = StoreSelection.Resolve(parse.GetValue(store)), Action = RunsAction.List }, outcome =>
        {
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(outcome.Document);
            }
            else
            {
                RunTables.List(console.Rich, outcome.Runs, outcome.Location);
            }
            // The intact runs are listed; a failing integrity check and each damaged run are said on the error stream.
            CliProblems.Warn(console, outcome.Warnings);
        }));
        return command;
    }

    private static Command Check(CliConsole console)
    {
        var store = StoreSelection.StoreOption();
        var format = Format("table", "json");
        var command = new Command("check", "Check the run store: the database's integrity check, the schema, and every run read whole with its document validated. Exit code 2 when anything is damaged.") { store, format };
        command.SetAction(parse =>
        {
            var clean = true;
            var code = Run(console, new RunsRequest { Store = StoreSelection.Resolve(parse.GetValue(store)), Action = RunsAction.Check }, outcome =>
            {
                if (parse.GetValue(format) == "json")
                {
                    console.Out.WriteLine(outcome.Document);
                }
                else
                {
                    RunTables.Check(console.Rich, outcome.Check!);
                }
                clean = outcome.Check!.Clean;
                if (!clean)
                {
                    console.Error.WriteLine($"{outcome.Location}: error: the run store is damaged: {outcome.Check.Problems.Count} store problem(s), {outcome.Check.DamagedRuns.Count} damaged run(s)");
                }
            });
            return code == ExitCodes.Success && !clean ? ExitCodes.BadInput : code;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var id = Id("id", "The run's id (see 'entente runs list').");
        var store = StoreSelection.StoreOption();
        var format = Format("table", "json");
        var command = new Command("show", "Show a saved run: what ran, and its forecasts.") { id, store, format };
        command.SetAction(parse => Run(console, new RunsRequest { Store = StoreSelection.Resolve(parse.GetValue(store)), Action = RunsAction.Show, Id = parse.GetValue(id) }, outcome =>
        {
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(outcome.Document);
            }
            else
            {
                RunTables.Show(console.Rich, outcome.Run!);
            }
        }));
        return command;
    }

    private static Command Diff(CliConsole console)
    {
        var first = Id("id1", "The first run's id.");
        var second = Id("id2", "The second run's id.");
        var store = StoreSelection.StoreOption();
        var command = new Command("diff", "Compare two runs: per issue the forecasts and each actor's final position, side by side.") { first, second, store };
        command.SetAction(parse => Run(console, new RunsRequest
        {
            Store = StoreSelection.Resolve(parse.GetValue(store)),
            Action = RunsAction.Diff,
            Id = parse.GetValue(first),
            OtherId = parse.GetValue(second),
        }, outcome => RunDiff.Write(console.Rich, outcome.Run!, outcome.Other!)));
        return command;
    }

    private static Command Export(CliConsole console)
    {
        var id = Id("id", "The run's id.");
        var store = StoreSelection.StoreOption();
        var format = Format("json", "csv");
        var command = new Command("export", "Write a saved run to standard output: JSON (everything, scenario included) or CSV (the positions).") { id, store, format };
        command.SetAction(parse => Run(console, new RunsRequest
        {
            Store = StoreSelection.Resolve(parse.GetValue(store)),
            Action = RunsAction.Export,
            Id = parse.GetValue(id),
            Format = parse.GetValue(format)!,
        }, outcome =>
        {
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(outcome.Document);
            }
            else
            {
                console.Out.Write(outcome.Document);
            }
        }));
        return command;
    }

    private static Command Delete(CliConsole console)
    {
        var id = Id("id", "The run's id.");
        var store = StoreSelection.StoreOption();
        var command = new Command("delete", "Delete a saved run and all its rows.") { id, store };
        command.SetAction(parse => Run(console, new RunsRequest { Store = StoreSelection.Resolve(parse.GetValue(store)), Action = RunsAction.Delete, Id = parse.GetValue(id) },
            outcome => console.Error.WriteLine($"deleted run {parse.GetValue(id)} from {outcome.Location}")));
        return command;
    }

    private static Argument<long> Id(string name, string description) => new(name) { Description = description };

    private static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => formats[0],
            // In the order every command lists its formats (table, json, csv), not sorted.
            HelpName = string.Join('|', formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Asks the run service and renders what it found; a store that fails or a missing run is bad input, in one line.</summary>
    private static int Run(CliConsole console, RunsRequest request, Action<RunsOutcome> render)
    {
        RunsOutcome outcome;
        try
        {
            outcome = CliProblems.Wait(console.Services.GetRequiredService<RunService>().RunAsync(request));
        }
        catch (RequestException e)
        {
            return CliProblems.Fail(console, e);
        }
        render(outcome);
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Entente.Cli.Output;
using Entente.Cli.Storage;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente runs list|show|diff|export|delete</c>: the runs kept in the run store.</summary>
internal static class RunsCommand
{
    public static Command Create(CliConsole console) => new("runs", "List, show, compare, export and delete saved runs.")
    {
        List(console),
        Show(console),
        Diff(console),
        Export(console),
        Delete(console),
    };

    private static Command List(CliConsole console)
    {
        var store = StoreSelection.StoreOption();
        var format = Format("table", "json");
        var command = new Command("list", "List the saved runs, oldest first.") { store, format };
        command.SetAction(parse => WithStore(console, parse.GetValue(store), runs =>
        {
            var all = runs.List();
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(RunDocuments.List(all));
            }
            else
            {
                RunTables.List(console.Rich, all, runs.Location);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var id = Id("id", "The run's id (see 'entente runs list').");
        var store = StoreSelection.StoreOption();
        var format = Format("table", "json");
        var command = new Command("show", "Show a saved run: what ran, and its forecasts.") { id, store, format };
        command.SetAction(parse => WithRun(console, parse.GetValue(store), parse.GetValue(id), (_, run) =>
        {
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(RunDocuments.Full(run));
            }
            else
            {
                RunTables.Show(console.Rich, run);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Diff(CliConsole console)
    {
        var first = Id("id1", "The first run's id.");
        var second = Id("id2", "The second run's id.");
        var store = StoreSelection.StoreOption();
        var command = new Command("diff", "Compare two runs: per issue the forecasts and each actor's final position, side by side.") { first, second, store };
        command.SetAction(parse => WithRun(console, parse.GetValue(store), parse.GetValue(first), (runs, a) =>
        {
            var b = runs.Find(parse.GetValue(second));
            if (b is null)
            {
                return NotFound(console, parse.GetValue(second), runs);
            }
            RunDiff.Write(console.Rich, a, b);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Export(CliConsole console)
    {
        var id = Id("id", "The run's id.");
        var store = StoreSelection.StoreOption();
        var format = Format("json", "csv");
        var command = new Command("export", "Write a saved run to standard output: JSON (everything, scenario included) or CSV (the positions).") { id, store, format };
        command.SetAction(parse => WithRun(console, parse.GetValue(store), parse.GetValue(id), (_, run) =>
        {
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(RunDocuments.Full(run));
                return ExitCodes.Success;
            }
            if (run.Issues.Count == 0)
            {
                console.Error.WriteLine($"error: run {run.Id} is a {run.Kind.Name()} with no positions to export as CSV; use --format json");
                return ExitCodes.BadInput;
            }
            console.Out.Write(RunDocuments.Csv(run));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Delete(CliConsole console)
    {
        var id = Id("id", "The run's id.");
        var store = StoreSelection.StoreOption();
        var command = new Command("delete", "Delete a saved run and all its rows.") { id, store };
        command.SetAction(parse => WithStore(console, parse.GetValue(store), runs =>
        {
            var runId = parse.GetValue(id);
            if (!runs.Delete(runId))
            {
                return NotFound(console, runId, runs);
            }
            console.Error.WriteLine($"deleted run {runId} from {runs.Location}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Argument<long> Id(string name, string description) => new(name) { Description = description };

    private static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static int WithRun(CliConsole console, string? store, long id, Func<IRunStore, StoredRun, int> work) =>
        WithStore(console, store, runs => runs.Find(id) is { } run ? work(runs, run) : NotFound(console, id, runs));

    /// <summary>Opens the store and runs <paramref name="work"/>; a store that fails is bad input, in one line.</summary>
    private static int WithStore(CliConsole console, string? store, Func<IRunStore, int> work)
    {
        using var runs = StoreSelection.Open(console, store);
        if (runs is null)
        {
            return ExitCodes.BadInput;
        }
        try
        {
            return work(runs);
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static int NotFound(CliConsole console, long id, IRunStore runs)
    {
        console.Error.WriteLine($"error: no run {id} in the run store {runs.Location} (see 'entente runs list')");
        return ExitCodes.BadInput;
    }
}

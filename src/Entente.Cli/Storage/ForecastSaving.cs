using System.CommandLine;
using Entente.Application;

namespace Entente.Cli.Storage;

/// <summary>
/// The <c>--save</c>, <c>--no-save</c> and <c>--store</c> options of the commands that run something. Saving is on
/// when a store is configured (<c>--store</c> or <c>ENTENTE_STORE</c>), off otherwise unless <c>--save</c> asks for it;
/// the application layer does the saving.
/// </summary>
internal sealed class ForecastSaving
{
    public Option<bool> Save { get; } = new("--save") { Description = "Save the run in the run store (the default when a store is configured)." };

    public Option<bool> NoSave { get; } = new("--no-save") { Description = "Do not save the run, even when a store is configured." };

    public Option<string?> Store { get; } = StoreSelection.StoreOption();

    public IEnumerable<Option> Options => [Save, NoSave, Store];

    /// <summary>The store to save in, or null when the command line does not ask for saving.</summary>
    public string? SaveTo(ParseResult parse)
    {
        var store = parse.GetValue(Store);
        return parse.GetValue(NoSave) || !(parse.GetValue(Save) || StoreSelection.IsConfigured(store)) ? null : StoreSelection.Resolve(store);
    }

    /// <summary>Says where the run was saved (or why not) on standard error; returns the exit code.</summary>
    public static int Report(CliConsole console, SavedRun? saved)
    {
        if (saved is null)
        {
            return ExitCodes.Success;
        }
        if (saved.Error is { } error)
        {
            console.Error.WriteLine($"error: {error}");
            return ExitCodes.BadInput;
        }
        console.Error.WriteLine($"saved run {saved.Id} to {saved.Location}");
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Entente.Cli.Output;
using Entente.Formats;
using Entente.Simulation.Forecasting;
using Entente.Storage;

namespace Entente.Cli.Storage;

/// <summary>
/// The <c>--save</c>, <c>--no-save</c> and <c>--store</c> options of <c>forecast</c>, and the saving itself. Saving is on
/// when a store is configured (<c>--store</c> or <c>ENTENTE_STORE</c>), off otherwise unless <c>--save</c> asks for it.
/// </summary>
internal sealed class ForecastSaving
{
    public Option<bool> Save { get; } = new("--save") { Description = "Save the run in the run store (the default when a store is configured)." };

    public Option<bool> NoSave { get; } = new("--no-save") { Description = "Do not save the run, even when a store is configured." };

    public Option<string?> Store { get; } = StoreSelection.StoreOption();

    public IEnumerable<Option> Options => [Save, NoSave, Store];

    /// <summary>Saves <paramref name="run"/> when asked; prints the new id on standard error. Returns the exit code.</summary>
    public int SaveIfAsked(CliConsole console, ParseResult parse, ForecastRun run, ScenarioDocument document, DateTimeOffset startedAt) =>
        SaveIfAsked(console, parse, new ScenarioSource(run.Scenario.Name, document.Text, document.File),
            (store, source) => store.SaveForecast(RunHeader.For(run, source, startedAt), run.Result, ForecastJson.Write(run)));

    /// <summary>
    /// Saves a sweep, comparison or backtest as its summary document when saving is asked for (or a store
    /// is configured); <paramref name="header"/> builds the header from the input as it was read (text and file), which the
    /// store keeps, so the stored hash identifies what ran.
    /// </summary>
    public int SaveSummaryIfAsked(CliConsole console, ParseResult parse, RunKind kind, ScenarioSource input,
        Func<ScenarioSource, RunHeader> header, string summaryJson) =>
        SaveIfAsked(console, parse, input, (store, source) => store.SaveSummary(kind, header(source), summaryJson));

    private int SaveIfAsked(CliConsole console, ParseResult parse, ScenarioSource source, Func<IRunStore, ScenarioSource, long> save)
    {
        var store = parse.GetValue(Store);
        if (parse.GetValue(NoSave) || !(parse.GetValue(Save) || StoreSelection.IsConfigured(store)))
        {
            return ExitCodes.Success;
        }

        using var opened = StoreSelection.Open(console, store);
        if (opened is null)
        {
            return ExitCodes.BadInput;
        }
        try
        {
            var id = save(opened, source);
            console.Error.WriteLine($"saved run {id} to {opened.Location}");
            return ExitCodes.Success;
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}

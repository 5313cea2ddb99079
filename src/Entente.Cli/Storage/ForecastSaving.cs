using System.CommandLine;
using System.Text;
using Entente.Cli.Output;
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
    public int SaveIfAsked(CliConsole console, ParseResult parse, ForecastRun run, string scenarioPath, DateTimeOffset startedAt) =>
        SaveIfAsked(console, parse, scenarioPath, run.Scenario.Name,
            (store, source) => store.SaveForecast(RunHeader.For(run, source, startedAt), run.Result, ForecastJson.Write(run)));

    /// <summary>
    /// Saves a sweep, comparison or backtest as its summary document when saving is asked for (or a store
    /// is configured); <paramref name="header"/> builds the header from the input file as read.
    /// </summary>
    public int SaveSummaryIfAsked(CliConsole console, ParseResult parse, RunKind kind, string inputPath, string name,
        Func<ScenarioSource, RunHeader> header, string summaryJson) =>
        SaveIfAsked(console, parse, inputPath, name, (store, source) => store.SaveSummary(kind, header(source), summaryJson));

    private int SaveIfAsked(CliConsole console, ParseResult parse, string scenarioPath, string name, Func<IRunStore, ScenarioSource, long> save)
    {
        var store = parse.GetValue(Store);
        if (parse.GetValue(NoSave) || !(parse.GetValue(Save) || StoreSelection.IsConfigured(store)))
        {
            return ExitCodes.Success;
        }

        ScenarioSource source;
        try
        {
            // The file as given, byte for byte as the loader decoded it, so the stored hash identifies the input.
            source = new ScenarioSource(name, new UTF8Encoding(false, false).GetString(File.ReadAllBytes(scenarioPath)), scenarioPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{scenarioPath}: error: cannot read the scenario again to save it: {e.Message}");
            return ExitCodes.BadInput;
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

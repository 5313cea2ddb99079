using Entente.Application;
using Entente.Formats;
using Entente.Web.Ui.Components;
using Entente.Web.Ui.Editing;
using Entente.Web.Ui.Reading;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Entente.Web.Ui.Pages;

/// <summary>
/// The workspace: a scenario (a bundled example, an upload, or text typed or pasted), validated as the user types,
/// editable as YAML or as a table; and the runs on it (forecast, variants, sweep, sensitivity), each by the same
/// application service the API and the CLI call.
/// </summary>
public sealed partial class Workspace : ComponentBase, IDisposable
{
    private const int MaxUploadBytes = 2 * 1024 * 1024;

    [Inject] private ExampleLibrary Examples { get; set; } = null!;
    [Inject] private ModelService Models { get; set; } = null!;
    [Inject] private DocumentService Documents { get; set; } = null!;
    [Inject] private ForecastService Forecasts { get; set; } = null!;
    [Inject] private ComparisonService Comparisons { get; set; } = null!;
    [Inject] private SensitivityService Sensitivities { get; set; } = null!;
    [Inject] private SweepJobs Sweeps { get; set; } = null!;
    [Inject] private RunService Runs { get; set; } = null!;
    [Inject] private UiAccess Access { get; set; } = null!;
    [Inject] private WebSettings Settings { get; set; } = null!;

    /// <summary>Opens a bundled example at once (<c>/?example=ec-cars-1994</c>).</summary>
    [SupplyParameterFromQuery(Name = "example")] public string? ExampleQuery { get; set; }

    /// <summary>Opens a saved run's scenario (<c>/?run=12</c>), from its permalink page.</summary>
    [SupplyParameterFromQuery(Name = "run")] public long? RunQuery { get; set; }

    private readonly CancellationTokenSource _closing = new();
    private ScenarioEditor? _editor;
    private IReadOnlyList<ModelInfo> _models = [];
    private string _example = "";
    private string _name = "";
    private string _text = "";
    private ScenarioLoad? _load;
    private CancellationTokenSource? _typing;

    private string _model = "";
    private int _trials = 200;
    private ulong _seed;
    private long _sweepTrials = 2000;

    private ForecastReading? _forecast;
    private string? _forecastText;
    private ScenarioFacts _facts = ScenarioFacts.None;
    private long? _savedId;
    private ComparisonReading? _comparison;
    private SweepReading? _sweep;
    private SensitivityReading? _sensitivity;
    private SweepJob? _job;
    private int _tab;
    private string? _busy;
    private IReadOnlyList<string> _runProblems = [];
    private IReadOnlyList<string> _warnings = [];

    private bool CanRun => Access.CanRun && _busy is null && Usable is not null;

    /// <summary>The scenario when it has no errors: what the runs use.</summary>
    private ScenarioDocument? Usable => _load is { Errors: 0, Document: { } document } ? document : null;

    /// <summary>Whether the text changed since the forecast shown was run (it is then not this text's forecast).</summary>
    private bool Stale => _forecast is not null && _forecastText != _text;

    private bool HasVariants => Usable?.Scenario.Variants.Count > 0;

    private string ScenarioModel => _load?.Document?.Scenario.Model?.Name ?? "or the default";

    private IReadOnlyDictionary<string, string> IssueNames =>
        _load?.Document?.Scenario.Issues.ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal) ?? new Dictionary<string, string>();

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        _models = await Models.RunAsync(cancellation: _closing.Token);
        if (ExampleQuery is { Length: > 0 } example && Examples.Names.Contains(example))
        {
            _example = example;
            await OpenExampleAsync();
        }
        else if (RunQuery is { } run && Access.CanRead)
        {
            try
            {
                var shown = await Runs.RunAsync(new RunsRequest { Store = Access.Store, Action = RunsAction.Show, Id = run }, cancellation: _closing.Token);
                await OpenAsync(shown.Run!.Scenario.File is { Length: > 0 } file ? Path.GetFileName(file) : "scenario.yaml", shown.Run.Scenario.Text);
            }
            catch (RequestException e)
            {
                _runProblems = [.. ApiProblems.From(e).Errors.Select(p => p.Text)];
            }
        }
    }

    private async Task OpenExampleAsync()
    {
        if (_example.Length > 0)
        {
            await OpenAsync($"{_example}.yaml", Examples.Text(_example));
        }
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        using var reader = new StreamReader(e.File.OpenReadStream(MaxUploadBytes, _closing.Token));
        var text = await reader.ReadToEndAsync(_closing.Token);
        await OpenAsync(PlainName(e.File.Name), text);
    }

    /// <summary>A new scenario: the runs of the previous one no longer apply.</summary>
    private async Task OpenAsync(string name, string text)
    {
        _name = name;
        _text = text;
        _forecast = null;
        _comparison = null;
        _sweep = null;
        _sensitivity = null;
        _savedId = null;
        _runProblems = [];
        _warnings = [];
        await ValidateAsync();
    }

    private async Task TextChangedAsync(string text)
    {
        _text = text;
        _typing?.Cancel();
        _typing?.Dispose();
        _typing = new CancellationTokenSource();
        var typing = _typing.Token;
        try
        {
            // Validate when the typing pauses, not on every key.
            await Task.Delay(300, typing);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await ValidateAsync();
    }

    private async Task ValidateAsync()
    {
        var name = _name.Length > 0 ? _name : "scenario.yaml";
        _load = await Documents.RunAsync(new ScenarioRequest { Text = _text, Name = name, AllowErrors = true }, cancellation: _closing.Token);
        if (_load.Document is { } document)
        {
            _facts = ScenarioFacts.Of(document.Scenario);
        }
        StateHasChanged();
        if (_editor is not null)
        {
            await _editor.MarkAsync(EditorProblem.Of(_load.Diagnostics));
        }
    }

    /// <summary>A table edit: written into the YAML, validated, and the forecast run again when one is shown.</summary>
    private async Task EditAsync((StanceCell Cell, double Value) edit)
    {
        if (YamlStancePatch.Set(_text, edit.Cell, edit.Value) is not { } text)
        {
            _runProblems = [$"{edit.Cell.Key}: the file does not spell this number out where the table can change it; edit the YAML"];
            return;
        }
        _text = text;
        await ValidateAsync();
        if (_forecast is not null && Usable is not null)
        {
            await RunForecastAsync();
        }
    }

    private ModelChoice Choice => new() { Model = _model.Length > 0 ? _model : null, Seed = _seed };

    private Task RunForecastAsync() => RunAsync("Forecasting", async scenario =>
    {
        var outcome = await Forecasts.RunAsync(new ForecastRequest { Scenario = scenario, Model = Choice, Trials = _trials, Dyads = global::Entente.Models.DyadSelection.All }, cancellation: _closing.Token);
        _forecast = ForecastReading.Parse(outcome.Json);
        _forecastText = scenario.Text;
        _savedId = null;
        _tab = 0;
        return outcome.Warnings;
    });

    /// <summary>Saves the run shown: the same request again (same seed, same result), this time kept in the server's store.</summary>
    private Task SaveAsync() => RunAsync("Saving", async scenario =>
    {
        var outcome = await Forecasts.RunAsync(new ForecastRequest { Scenario = scenario, Model = Choice, Trials = _trials, SaveTo = Access.Store, Dyads = global::Entente.Models.DyadSelection.All }, cancellation: _closing.Token);
        _forecast = ForecastReading.Parse(outcome.Json);
        _forecastText = scenario.Text;
        _savedId = outcome.Saved?.Id;
        return outcome.Saved?.Error is { } error ? [.. outcome.Warnings, $"not saved: {error}"] : outcome.Warnings;
    });

    private Task CompareAsync() => RunAsync("Comparing", async scenario =>
    {
        var outcome = await Comparisons.RunAsync(new ComparisonRequest { Scenario = scenario, Model = Choice, Trials = _trials, Attribution = 0 }, cancellation: _closing.Token);
        _comparison = ComparisonReading.Parse(outcome.Json);
        _tab = 1;
        return outcome.Warnings;
    });

    private Task SensitivityAsync() => RunAsync("Testing sensitivity", async scenario =>
    {
        var outcome = await Sensitivities.RunAsync(new SensitivityRequest { Scenario = scenario, Model = Choice, Cluster = Settings.Cluster }, cancellation: _closing.Token);
        _sensitivity = SensitivityReading.Parse(outcome.Json);
        _tab = 3;
        return outcome.Warnings;
    });

    private async Task RunAsync(string doing, Func<ScenarioDocument, Task<IReadOnlyList<string>>> run)
    {
        if (Usable is not { } scenario || !Access.CanRun)
        {
            return;
        }
        _busy = doing;
        _runProblems = [];
        StateHasChanged();
        try
        {
            _warnings = await run(scenario);
        }
        catch (RequestException e)
        {
            _runProblems = [.. ApiProblems.From(e).Errors.Select(p => p.Text)];
        }
        finally
        {
            _busy = null;
        }
    }

    /// <summary>A sweep runs in the server's sweep queue, shared with the API: when the queue is full it is refused, as there.</summary>
    private async Task StartSweepAsync()
    {
        if (Usable is not { } scenario || !Access.CanRun)
        {
            return;
        }
        _runProblems = [];
        var request = new SweepRequest
        {
            Scenario = scenario, Model = Choice, Trials = _sweepTrials, Device = Settings.SweepDevice, Cluster = Settings.Cluster?.Address, ClusterId = Settings.Cluster?.ClusterId,
        };
        if (request.Validate() is { Count: > 0 } problems)
        {
            _runProblems = [.. problems.Select(p => p.ToString())];
            return;
        }
        if (_sweepTrials > Settings.MaxSweepTrials)
        {
            // The API's limit: one person's sweep must not hold the server's only worker for hours.
            _runProblems = [$"trials: at most {Settings.MaxSweepTrials.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} in one sweep on this server"];
            return;
        }
        var job = Sweeps.Start(request);
        if (job is null)
        {
            _runProblems = ["The server's sweep queue is full: wait for a sweep to finish, then start this one again."];
            return;
        }
        _job = job;
        _sweep = null;
        while (!job.Finished && !_closing.IsCancellationRequested)
        {
            StateHasChanged();
            try
            {
                await Task.Delay(200, _closing.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        if (job.Status == JobStatus.Succeeded && job.Json is { } json)
        {
            _sweep = SweepReading.Parse(json);
            _warnings = job.Warnings;
            _tab = 2;
        }
        else if (job.Status == JobStatus.Failed)
        {
            _runProblems = [.. job.Errors.Select(p => p.Text)];
        }
        StateHasChanged();
    }

    private void CancelSweep() => _job?.Cancellation.Cancel();

    private static string Status(SweepJob job) => job.Status switch
    {
        JobStatus.Queued => "waiting in the queue",
        JobStatus.Running => "running",
        JobStatus.Succeeded => "done",
        JobStatus.Cancelled => "cancelled",
        _ => "failed",
    };

    private static double Percent(SweepJob job) => job.Total == 0 ? 0 : 100.0 * job.Done / job.Total;

    private static string PlainName(string name)
    {
        var plain = Path.GetFileName(name.Replace('\\', '/'));
        return plain.Length is > 0 and <= FileNames.MaxLength && !plain.Any(char.IsControl) && plain.IndexOf(':', StringComparison.Ordinal) < 0 ? plain : "upload.yaml";
    }

    /// <summary>Stops what this page started: its validation timer, and a sweep nobody watches any more.</summary>
    public void Dispose()
    {
        _closing.Cancel();
        _typing?.Cancel();
        if (_job is { Finished: false } job)
        {
            job.Cancellation.Cancel();
        }
        _closing.Dispose();
        _typing?.Dispose();
    }
}

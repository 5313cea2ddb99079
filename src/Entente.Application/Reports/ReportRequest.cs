using Entente.Formats;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>
/// An HTML and Markdown report with charts (<c>entente report</c>): forecast, Monte Carlo spread and sensitivity,
/// of a scenario or of a stored forecast run, rerun with its stored model, options, seed and rounds.
/// </summary>
public sealed record ReportRequest
{

    /// <summary>The scenario, read and validated; or null with <see cref="RunId"/>.</summary>
    public ScenarioDocument? Scenario { get; init; }

    /// <summary>A stored forecast run to report on, in <see cref="Store"/>.</summary>
    public long? RunId { get; init; }

    /// <summary>The run store that holds <see cref="RunId"/>.</summary>
    public string? Store { get; init; }

    /// <summary>The model, its options, rounds and seed (ignored for a stored run, which keeps its own).</summary>
    public ModelChoice Model { get; init; } = new();

    /// <summary>Monte Carlo trials for the forecast distribution; 0 for none.</summary>
    public long Trials { get; init; } = 1000;

    /// <summary>The input noise of those trials.</summary>
    public NoiseSettings Noise { get; init; } = NoiseSettings.Default;

    /// <summary>Whether to run the sensitivity analysis (tornado charts).</summary>
    public bool Sensitivity { get; init; } = true;

    /// <summary>An actor to advise (the advice section, as <c>entente advise</c> with its defaults); null for none.</summary>
    public string? Advise { get; init; }

    /// <summary>Paired draws per fully evaluated lever of the advice; null for the scenario's montecarlo.trials, else 2,000.</summary>
    public int? AdviseTrials { get; init; }

    /// <summary>The folder to write the report into.</summary>
    public string? Folder { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>(Model.Validate());
        problems.AddRange(NoiseProblems.Of(Noise));
        if (Trials < 0)
        {
            problems.Add(RequestProblem.Of("trials", "must not be negative"));
        }
        if (AdviseTrials is <= 0)
        {
            problems.Add(RequestProblem.Of("advise-trials", "must be a positive whole number"));
        }
        if (Advise is not null && string.IsNullOrWhiteSpace(Advise))
        {
            problems.Add(new RequestProblem("advise", "name the actor to advise"));
        }
        if (string.IsNullOrWhiteSpace(Folder))
        {
            problems.Add(new RequestProblem("out", "a folder to write the report into is required"));
        }
        if ((Scenario is null) == (RunId is null))
        {
            problems.Add(new RequestProblem(Requests.ScenarioField, "give either a scenario or a stored run's id"));
        }
        if (RunId is not null && Store is null)
        {
            problems.Add(new RequestProblem("store", "a stored run needs the store that holds it"));
        }
        return problems;
    }
}

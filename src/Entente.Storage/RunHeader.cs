using Entente.Domain;
using Entente.Simulation.Forecasting;

namespace Entente.Storage;

/// <summary>What every stored run records besides its results: enough to reproduce it and to know when and by what it ran.</summary>
public sealed record RunHeader
{
    /// <summary>The scenario as given.</summary>
    public required ScenarioSource Scenario { get; init; }

    /// <summary>The model that ran (for a compare, the models joined by commas).</summary>
    public required string Model { get; init; }

    /// <summary>The model options in force, in the order they were applied.</summary>
    public IReadOnlyList<ModelOption> Options { get; init; } = [];

    /// <summary>The seed of every random draw.</summary>
    public ulong Seed { get; init; }

    /// <summary>The rounds override, if any.</summary>
    public int? RoundLimit { get; init; }

    /// <summary>The version of the code that ran, see <see cref="CodeVersion"/>.</summary>
    public required string CodeVersion { get; init; }

    /// <summary>When the run started, from the caller's <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long the run took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>
    /// The scale of each issue forecast, by issue id, stored with its forecast so that scores which depend on the scale
    /// (a calibrated interval kept on it, its CRPS) need not assume one; empty for runs that store no forecasts.
    /// </summary>
    public IReadOnlyDictionary<string, IssueScale> Scales { get; init; } = new Dictionary<string, IssueScale>();

    /// <summary>The header of a completed forecast.</summary>
    public static RunHeader For(ForecastRun run, ScenarioSource scenario, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunHeader
        {
            Scenario = scenario,
            Model = run.Model,
            Options = run.Options,
            Seed = run.Seed,
            RoundLimit = run.Rounds,
            CodeVersion = Storage.CodeVersion.Engine,
            StartedAt = startedAt,
            Elapsed = run.Elapsed,
            Scales = run.Scenario.Issues.ToDictionary(i => i.Id, i => i.Scale, StringComparer.Ordinal),
        };
    }
}

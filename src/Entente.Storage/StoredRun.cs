using Entente.Domain;

namespace Entente.Storage;

/// <summary>A run as read back from a store.</summary>
public sealed record StoredRun
{
    /// <summary>The run's id in its store.</summary>
    public required long Id { get; init; }

    /// <summary>What produced the run.</summary>
    public required RunKind Kind { get; init; }

    /// <summary>The scenario as given, with its hash.</summary>
    public required ScenarioSource Scenario { get; init; }

    /// <summary>The hash stored with the run; equals <see cref="ScenarioSource.Sha256"/> unless the row was edited.</summary>
    public required string ScenarioSha256 { get; init; }

    /// <summary>The model that ran.</summary>
    public required string Model { get; init; }

    /// <summary>The options in force, in order.</summary>
    public required IReadOnlyList<ModelOption> Options { get; init; }

    /// <summary>The seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The rounds override, if any.</summary>
    public int? RoundLimit { get; init; }

    /// <summary>The version of the code that ran.</summary>
    public required string CodeVersion { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Per-issue forecasts and trajectories, in the scenario's issue order; empty for summary runs.</summary>
    public required IReadOnlyList<StoredIssue> Issues { get; init; }

    /// <summary>The full result document of a forecast (the CLI's JSON form), if one was stored.</summary>
    public string? ResultJson { get; init; }

    /// <summary>The summary document of a sweep, compare or backtest, if one was stored.</summary>
    public string? SummaryJson { get; init; }
}

/// <summary>One issue's stored forecast and trajectory.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Forecast">The headline forecast.</param>
/// <param name="WeightedMean">Weighted mean of the final positions.</param>
/// <param name="WeightedMedian">Weighted median of the final positions.</param>
/// <param name="StoppingReason">Why the model stopped, if it said.</param>
/// <param name="Rounds">The rounds, from round 0 (the input).</param>
public sealed record StoredIssue(
    string IssueId,
    double Forecast,
    double WeightedMean,
    double WeightedMedian,
    string? StoppingReason,
    IReadOnlyList<StoredRound> Rounds)
{
    /// <summary>
    /// The issue's scale as stored with the forecast; null for a run saved before scales were stored (schema version 3
    /// and earlier), whose scale only its stored scenario text can tell.
    /// </summary>
    public IssueScale? Scale { get; init; }

    /// <summary>The last round's positions by actor, in actor input order; empty when no round was stored.</summary>
    public IReadOnlyList<ActorPosition> FinalPositions => Rounds.Count == 0 ? [] : Rounds[^1].Positions;
}

/// <summary>One round of one issue.</summary>
/// <param name="Round">Round number; 0 is the input.</param>
/// <param name="WeightedMean">Weighted mean of the positions.</param>
/// <param name="WeightedMedian">Weighted median of the positions.</param>
/// <param name="Positions">Each actor's position, in actor input order.</param>
public sealed record StoredRound(int Round, double WeightedMean, double WeightedMedian, IReadOnlyList<ActorPosition> Positions);

/// <summary>An actor's position.</summary>
/// <param name="Actor">The actor's id.</param>
/// <param name="Position">Where it stands, on the issue's scale.</param>
public readonly record struct ActorPosition(string Actor, double Position);

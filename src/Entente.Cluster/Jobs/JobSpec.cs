namespace Entente.Cluster;

/// <summary>
/// A job as it travels to the silos. A sweep: the scenario's text (parsed again there, in its own format), the
/// resolved model, options, rounds, trials, seed and noise, and the baseline forecasts the accumulators centre on.
/// An analysis of pieces (<see cref="Kind"/> set): its input's text and its arguments, from which the silo builds
/// the same work (<see cref="Application.PieceJobs.Open"/>).
/// </summary>
[GenerateSerializer, Immutable]
internal sealed class JobSpec
{
    [Id(0)] public required string ScenarioText { get; init; }

    [Id(1)] public required string File { get; init; }

    [Id(2)] public string Model { get; init; } = "";

    [Id(3)] public string[] OptionNames { get; init; } = [];

    [Id(4)] public string[] OptionValues { get; init; } = [];

    [Id(5)] public int? Rounds { get; init; }

    [Id(6)] public long Trials { get; init; }

    [Id(7)] public ulong Seed { get; init; }

    /// <summary>Position, salience, capability, belief and credibility noise, in that order.</summary>
    [Id(8)] public double[] Noise { get; init; } = [];

    [Id(9)] public double[] Centers { get; init; } = [];

    /// <summary>The kind of analysis of pieces (<see cref="Application.PieceJobs"/>); null for a sweep.</summary>
    [Id(10)] public string? Kind { get; init; }

    /// <summary>The analysis's arguments, invariant strings; empty for a sweep.</summary>
    [Id(11)] public string[] Arguments { get; init; } = [];

    /// <summary>Whether <paramref name="other"/> describes the same work (a job id is not reused for another).</summary>
    public bool SameSweep(JobSpec other) =>
        Kind == other.Kind && Arguments.SequenceEqual(other.Arguments) && ScenarioText == other.ScenarioText && Model == other.Model && OptionNames.SequenceEqual(other.OptionNames)
        && OptionValues.SequenceEqual(other.OptionValues) && Rounds == other.Rounds && Trials == other.Trials && Seed == other.Seed
        && Noise.SequenceEqual(other.Noise) && Centers.SequenceEqual(other.Centers);
}

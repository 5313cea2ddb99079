namespace Entente.Cluster;

/// <summary>
/// A sweep as it travels to the silos: the scenario's text (parsed again there, in its own format), the resolved
/// model, options, rounds, trials, seed and noise, and the baseline forecasts the accumulators centre on.
/// </summary>
[GenerateSerializer, Immutable]
internal sealed class JobSpec
{
    [Id(0)] public required string ScenarioText { get; init; }

    [Id(1)] public required string File { get; init; }

    [Id(2)] public required string Model { get; init; }

    [Id(3)] public required string[] OptionNames { get; init; }

    [Id(4)] public required string[] OptionValues { get; init; }

    [Id(5)] public int? Rounds { get; init; }

    [Id(6)] public long Trials { get; init; }

    [Id(7)] public ulong Seed { get; init; }

    /// <summary>Position, salience, capability, belief and credibility noise, in that order.</summary>
    [Id(8)] public required double[] Noise { get; init; }

    [Id(9)] public required double[] Centers { get; init; }

    /// <summary>Whether <paramref name="other"/> describes the same sweep (a job id is not reused for another).</summary>
    public bool SameSweep(JobSpec other) =>
        ScenarioText == other.ScenarioText && Model == other.Model && OptionNames.SequenceEqual(other.OptionNames)
        && OptionValues.SequenceEqual(other.OptionValues) && Rounds == other.Rounds && Trials == other.Trials && Seed == other.Seed
        && Noise.SequenceEqual(other.Noise) && Centers.SequenceEqual(other.Centers);
}

using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>A sweep: its distributions, its JSON document, warnings and where it was saved.</summary>
public sealed record SweepOutcome
{
    /// <summary>The plan the trials ran.</summary>
    public required SweepPlan Plan { get; init; }

    /// <summary>Per issue the distribution of the forecast.</summary>
    public required SweepResult Sweep { get; init; }

    /// <summary>The sweep document (<see cref="SweepDocument"/>), as saved.</summary>
    public required string Json { get; init; }

    /// <summary>The distributions as CSV (<see cref="SweepCsv"/>): one row per issue.</summary>
    public string Csv => SweepCsv.Write(Sweep);

    /// <summary>Warnings, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the sweep was saved; null when it was not asked to be.</summary>
    public SavedRun? Saved { get; init; }
}

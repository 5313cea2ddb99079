using Entente.Simulation.Sensitivity;

namespace Entente.Application;

/// <summary>A sensitivity analysis: tornadoes and pivotal actors, and its JSON document.</summary>
public sealed record SensitivityOutcome
{
    /// <summary>Per issue the tornado and each actor's influence.</summary>
    public required SensitivityResult Result { get; init; }

    /// <summary>The document (<see cref="SensitivityDocument"/>).</summary>
    public required string Json { get; init; }

    /// <summary>Every tornado bar as CSV (<see cref="SensitivityCsv"/>).</summary>
    public string Csv => SensitivityCsv.Write(Result);

    /// <summary>Warnings, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

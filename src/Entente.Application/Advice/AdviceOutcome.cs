using Entente.Simulation.Advice;

namespace Entente.Application;

/// <summary>Advice: the ranked levers, the JSON document, and the warnings.</summary>
public sealed record AdviceOutcome
{
    /// <summary>The search's result.</summary>
    public required AdviceResult Result { get; init; }

    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The document (<see cref="AdviceDocument"/>).</summary>
    public required string Json { get; init; }

    /// <summary>How long the search took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Warnings, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

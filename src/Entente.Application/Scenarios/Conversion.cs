using Entente.Formats;

namespace Entente.Application;

/// <summary>A conversion: the YAML when it could be written, and every problem of the input as data.</summary>
public sealed record Conversion
{
    /// <summary>The scenario as YAML; null when the input could not be used.</summary>
    public string? Yaml { get; init; }

    /// <summary>Located problems and warnings of the input.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Whether the input had validation errors that stopped the conversion (and <c>AllowErrors</c> could override).</summary>
    public bool StoppedByErrors { get; init; }
}

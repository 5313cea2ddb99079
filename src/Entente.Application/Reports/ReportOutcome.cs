using Entente.Reports;

namespace Entente.Application;

/// <summary>A written report: its files, the data it shows, and warnings.</summary>
public sealed record ReportOutcome
{
    /// <summary>The folder written.</summary>
    public required string Folder { get; init; }

    /// <summary>The files written: index.html, report.md and the charts.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>The forecast, sweep and sensitivity shown.</summary>
    public required ReportData Data { get; init; }

    /// <summary>Warnings, one sentence each (a stored run that reruns differently, noise that moves nothing).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

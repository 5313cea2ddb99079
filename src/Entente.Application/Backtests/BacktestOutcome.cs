using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>A backtest: every row's errors, the cases scored, the JSON document and where it was saved.</summary>
public sealed record BacktestOutcome
{
    /// <summary>The cases with known outcomes, in table order.</summary>
    public required IReadOnlyList<BacktestCase> Cases { get; init; }

    /// <summary>One row per model (and reference), with its errors and intervals.</summary>
    public required IReadOnlyList<ErrorSummary> Rows { get; init; }

    /// <summary>The capability scheme of the scored models.</summary>
    public required CapabilityScheme Capability { get; init; }

    /// <summary>The options the backtest ran with.</summary>
    public required BacktestOptions Options { get; init; }

    /// <summary>The document (<see cref="BacktestDocument"/>), as saved.</summary>
    public required string Json { get; init; }

    /// <summary>The calibration file of this backtest (<see cref="CalibrationFiles"/>): each row's residuals, for frozen intervals later.</summary>
    public required string CalibrationJson { get; init; }

    /// <summary>The scores per model as CSV (<see cref="BacktestCsv"/>).</summary>
    public string Csv => BacktestCsv.Write(Rows);

    /// <summary>Warnings, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the backtest was saved; null when it was not asked to be.</summary>
    public SavedRun? Saved { get; init; }

    /// <summary>Writes every scored case (<see cref="BacktestCasesCsv"/>).</summary>
    public void WriteCases(TextWriter writer) => BacktestCasesCsv.Write(writer, Cases, Rows);

    /// <summary>The number of scored cases <see cref="WriteCases"/> writes.</summary>
    public int ScoredCases => Rows.Sum(r => r.CaseErrors.Count(e => e is not null));
}

using System.Globalization;

namespace Entente.Application;

/// <summary>What a ledger command does.</summary>
public enum LedgerAction
{
    /// <summary>Seal a saved forecast: record its hashes, code version and the time.</summary>
    Seal,

    /// <summary>Record a sealed forecast's outcomes, once.</summary>
    Grade,

    /// <summary>Score every graded forecast.</summary>
    Report,
}

/// <summary>The forecast ledger (<c>entente ledger seal|grade|report</c>).</summary>
public sealed record LedgerRequest
{
    /// <summary>The run store.</summary>
    public string? Store { get; init; }

    /// <summary>What to do.</summary>
    public LedgerAction Action { get; init; }

    /// <summary>The run sealed or graded.</summary>
    public long? RunId { get; init; }

    /// <summary>A note kept with the seal.</summary>
    public string? Note { get; init; }

    /// <summary>Outcomes as <c>ISSUE=VALUE</c> (issue ids of the run; <c>agreement</c> and <c>escalation</c> take 0 or 1).</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>For the report: a calibration file whose intervals give each forecast a distribution (CRPS, coverage).</summary>
    public string? Calibration { get; init; }

    /// <summary>The outcomes parsed; entries that do not parse are left out (<see cref="Validate"/> names them).</summary>
    internal IReadOnlyDictionary<string, double> ParsedOutcomes =>
        Outcomes.Select(Parse).Where(p => p is not null).Select(p => p!.Value).GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>();
        if (string.IsNullOrWhiteSpace(Store)) problems.Add(RequestProblem.Of("store", "a run store is required"));
        if (Action != LedgerAction.Report && RunId is null or < 1) problems.Add(RequestProblem.Of("run", "must be a run id (1 or more)"));
        if (Action == LedgerAction.Grade)
        {
            if (Outcomes.Count == 0) problems.Add(RequestProblem.Of("outcome", "give at least one outcome as ISSUE=VALUE"));
            foreach (var text in Outcomes.Where(o => Parse(o) is null))
            {
                problems.Add(RequestProblem.Of("outcome", $"'{text}' is not ISSUE=VALUE with a finite number"));
            }
            foreach (var (key, value) in ParsedOutcomes.Where(p => LedgerScores.IsEvent(p.Key) && p.Value is not (0 or 1)))
            {
                problems.Add(RequestProblem.Of("outcome", $"{key} must be 0 or 1, not {value.ToString(CultureInfo.InvariantCulture)}"));
            }
        }
        return problems;
    }

    private static KeyValuePair<string, double>? Parse(string text)
    {
        var at = text.LastIndexOf('=');
        if (at <= 0 || !double.TryParse(text[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return null;
        }
        return new(text[..at].Trim(), value);
    }
}

namespace Entente.Storage;

/// <summary>What produced a stored run.</summary>
public enum RunKind
{
    /// <summary>One forecast of one scenario with one model.</summary>
    Forecast,

    /// <summary>A Monte Carlo sweep over perturbed inputs; stores a summary, not every trial.</summary>
    Sweep,

    /// <summary>Several models on one scenario, side by side.</summary>
    Compare,

    /// <summary>Forecasts scored against known outcomes.</summary>
    Backtest,
}

/// <summary>The names under which run kinds are stored and shown.</summary>
public static class RunKinds
{
    /// <summary>The stored name of <paramref name="kind"/>: lower case, stable across releases.</summary>
    public static string Name(this RunKind kind) => kind switch
    {
        RunKind.Forecast => "forecast",
        RunKind.Sweep => "sweep",
        RunKind.Compare => "compare",
        RunKind.Backtest => "backtest",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown run kind"),
    };

    /// <summary>The kind stored as <paramref name="name"/>; throws <see cref="FormatException"/> for a name no release wrote.</summary>
    public static RunKind Parse(string name) => name switch
    {
        "forecast" => RunKind.Forecast,
        "sweep" => RunKind.Sweep,
        "compare" => RunKind.Compare,
        "backtest" => RunKind.Backtest,
        _ => throw new FormatException($"unknown run kind '{name}'"),
    };
}

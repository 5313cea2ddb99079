using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>Score models against the actual outcomes of a DEU table (<c>entente backtest</c>).</summary>
public sealed record BacktestRequest
{
    /// <summary>The DEU table (tab-separated: header, GDP line, one row per issue).</summary>
    public string? File { get; init; }

    /// <summary>The models to score; empty for every catalog model.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>Options given to every scored model.</summary>
    public IReadOnlyList<Domain.ModelOption> ModelOptions { get; init; } = [];

    /// <summary>Capabilities: equal, gdp, voting-power or votes.</summary>
    public string Capability { get; init; } = "equal";

    /// <summary>Folds of the cross-validation by proposal; 0 for no tuning.</summary>
    public int Folds { get; init; } = 10;

    /// <summary>Splits of the repeated cross-validation.</summary>
    public int Repeats { get; init; } = 10;

    /// <summary>Inner folds of the nested cross-validation and of the CV+ calibration of fitted models.</summary>
    public int InnerFolds { get; init; } = 5;

    /// <summary>Seed of the folds and the bootstrap.</summary>
    public ulong Seed { get; init; }

    /// <summary>Bootstrap resamples per interval.</summary>
    public int Replicates { get; init; } = BacktestOptions.DefaultReplicates;

    /// <summary>Commission capability as a multiple of the largest member state's.</summary>
    public double? CommissionWeight { get; init; }

    /// <summary>Parliament capability as a multiple of the largest member state's.</summary>
    public double? ParliamentWeight { get; init; }

    /// <summary>The model every row is compared with, paired by issue; null or <c>none</c> for no comparison.</summary>
    public string? Baseline { get; init; } = "compromise";

    /// <summary>The baseline's capabilities.</summary>
    public string BaselineCapability { get; init; } = "equal";

    /// <summary>Whether to leave out issue rows with errors (listing them) instead of refusing the table.</summary>
    public bool SkipBadRows { get; init; }

    /// <summary>A calibration file from an earlier backtest: rows it calibrates are scored with its frozen intervals.</summary>
    public string? Calibration { get; init; }

    /// <summary>Trials of input noise per case for each model's distribution from input noise (rows <c>NAME@noise</c>); 0 for none.</summary>
    public int NoiseTrials { get; init; }

    /// <summary>The input noise of those trials (the sweep's options; belief and credibility noise have nothing to move in a DEU case).</summary>
    public Simulation.MonteCarlo.NoiseSettings Noise { get; init; } = Simulation.MonteCarlo.NoiseSettings.Default;

    /// <summary>The most noise trials a backtest runs per case: each is a model run on every case.</summary>
    public const int MaxNoiseTrials = 10_000;

    /// <summary>The run store to save the backtest in; null not to save it.</summary>
    public string? SaveTo { get; init; }

    /// <summary>The cluster to run the models' forecasts on; null to run them here. Results do not depend on it.</summary>
    public ClusterTarget? Cluster { get; init; }

    /// <summary>The baseline model's name, or null for none.</summary>
    internal string? BaselineModel => Baseline is { } given && !given.Equals("none", StringComparison.OrdinalIgnoreCase) ? given : null;

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>();
        var schemes = $"must be {string.Join(", ", CapabilitySchemes.Names.SkipLast(1))} or {CapabilitySchemes.Names[^1]}";
        if (CapabilitySchemes.Parse(Capability) is null) problems.Add(RequestProblem.Of("capability", schemes));
        if (CapabilitySchemes.Parse(BaselineCapability) is null) problems.Add(RequestProblem.Of("baseline-capability", schemes));
        if (Folds is 1 or < 0) problems.Add(RequestProblem.Of("folds", "must be 0 or at least 2"));
        if (InnerFolds < 2) problems.Add(RequestProblem.Of("inner-folds", "must be at least 2"));
        if (Repeats < 1) problems.Add(RequestProblem.Of("repeats", "must be at least 1"));
        if (Replicates < 1) problems.Add(RequestProblem.Of("replicates", "must be at least 1"));
        // A multiple of the largest member state's capability: beyond 10⁶ the institution alone decides and the sums overflow.
        if (CommissionWeight is { } commission && !(commission >= 0 && commission <= 1e6)) problems.Add(RequestProblem.Of("commission-weight", "must be a number from 0 to 1000000"));
        if (ParliamentWeight is { } parliament && !(parliament >= 0 && parliament <= 1e6)) problems.Add(RequestProblem.Of("parliament-weight", "must be a number from 0 to 1000000"));
        if (NoiseTrials is < 0 or > MaxNoiseTrials) problems.Add(RequestProblem.Of("noise-trials", $"must be 0 (no noise rows) to {MaxNoiseTrials} (got {NoiseTrials})"));
        // Each sentence begins with its option's name ("position noise must …" becomes "position-noise must …"), so the command line names the option.
        if (NoiseTrials > 0) problems.AddRange(NoiseProblems.Of(Noise).Select(p => p.Field == "noise" ? p : new RequestProblem(p.Field, p.Field + p.Message[p.Field.Length..], NamesField: true)));
        if (string.IsNullOrWhiteSpace(File)) problems.Add(new RequestProblem("file", "a DEU table is required"));
        problems.AddRange(Cluster?.Validate() ?? []);
        return problems;
    }
}

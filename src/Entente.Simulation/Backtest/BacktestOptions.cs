namespace Entente.Simulation.Backtest;

/// <summary>What a backtest runs and how it scores.</summary>
public sealed record BacktestOptions
{
    /// <summary>Bootstrap resamples per interval unless the caller says otherwise.</summary>
    public const int DefaultReplicates = ClusterBootstrap.DefaultReplicates;

    /// <summary>Catalog models to score, by name.</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>Options given to every scored model (not the baseline); a tuning grid's own values take precedence over them.</summary>
    public IReadOnlyList<Domain.ModelOption> ModelOptions { get; init; } = [];

    /// <summary>Folds of the cross-validation by proposal for models with a tuning grid; 0 skips tuning.</summary>
    public int Folds { get; init; } = 10;

    /// <summary>Repetitions of the cross-validation, each over a different split; out-of-fold errors are averaged over them.</summary>
    public int Repeats { get; init; } = 10;

    /// <summary>Inner folds by proposal of a nested cross-validation (choosing a penalty), and of the CV+ calibration of a fitted model.</summary>
    public int InnerFolds { get; init; } = 5;

    /// <summary>Seed of the bootstrap, the folds and the models' own draws.</summary>
    public ulong Seed { get; init; }

    /// <summary>Bootstrap replicates per interval.</summary>
    public int Replicates { get; init; } = DefaultReplicates;

    /// <summary>The model every row is compared with (paired), or null for none; the compromise model by default.</summary>
    public string? Baseline { get; init; } = "compromise";

    /// <summary>How the baseline is named in reports, such as <c>compromise (equal)</c>.</summary>
    public string? BaselineLabel { get; init; } = "compromise (equal)";

    /// <summary>
    /// Frozen calibrations by row name (from an earlier backtest's <c>--calibrate</c>): a row that has one is scored
    /// with those intervals as they are, not recalibrated on these cases.
    /// </summary>
    public IReadOnlyDictionary<string, Honest.ConformalCalibration> Frozen { get; init; } = new Dictionary<string, Honest.ConformalCalibration>();

    /// <summary>
    /// Trials of input noise per case for each scored model's distribution from input noise (a row <c>NAME@noise</c>:
    /// the sweep's perturbation of the coding, see <see cref="Honest.NoiseSamples"/>); 0 for none.
    /// </summary>
    public int NoiseTrials { get; init; }

    /// <summary>The input noise of those trials: the sweep's settings (positions, saliences, capabilities).</summary>
    public MonteCarlo.NoiseSettings Noise { get; init; } = MonteCarlo.NoiseSettings.Default;

    /// <summary>Whether to score the naive references too.</summary>
    public bool References { get; init; } = true;
}

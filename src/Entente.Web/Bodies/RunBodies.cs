using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Sensitivity;

namespace Entente.Web;

/// <summary>POST /api/forecast.</summary>
internal sealed record ForecastBody : ModelBody
{
    /// <summary>Monte Carlo trials over types (diplomacy layer); null for the scenario's, 0 for the nominal run.</summary>
    public int? Trials { get; init; }

    /// <summary>The round whose dyad table the document carries (expected utility models); null for none.</summary>
    public int? Dyads { get; init; }
}

/// <summary>POST /api/sweeps.</summary>
internal sealed record SweepBody : ModelBody
{
    /// <summary>Number of trials.</summary>
    public long Trials { get; init; } = 1000;

    /// <summary>The input noise; none by default.</summary>
    public NoiseBody? Noise { get; init; }
}

/// <summary>Input noise of a sweep, as standard deviations (the sweep document's <c>noise</c>).</summary>
internal sealed record NoiseBody
{
    public double Position { get; init; }
    public double Salience { get; init; }
    public double Capability { get; init; }
    public double Belief { get; init; }
    public double Credibility { get; init; }

    public NoiseSettings Settings() => new() { Position = Position, Salience = Salience, Capability = Capability, Belief = Belief, Credibility = Credibility };
}

/// <summary>POST /api/sensitivity.</summary>
internal sealed record SensitivityBody : ModelBody
{
    public double? PositionStep { get; init; }
    public double? SalienceStep { get; init; }
    public double? CapabilityFactor { get; init; }
    public double? Pivotal { get; init; }

    public SensitivitySettings Settings()
    {
        var defaults = new SensitivitySettings();
        return new SensitivitySettings
        {
            PositionStep = PositionStep ?? defaults.PositionStep,
            SalienceStep = SalienceStep ?? defaults.SalienceStep,
            CapabilityFactor = CapabilityFactor ?? defaults.CapabilityFactor,
            PivotalShare = Pivotal ?? defaults.PivotalShare,
        };
    }
}

/// <summary>POST /api/compare.</summary>
internal sealed record CompareBody : ModelBody
{
    /// <summary>Monte Carlo trials over types (diplomacy layer); null for the scenario's.</summary>
    public int? Trials { get; init; }

    /// <summary>Trials of the attribution of a diplomacy scenario; 0 for none.</summary>
    public int Attribution { get; init; } = 200;

    /// <summary>The variants to compare; none for all.</summary>
    public List<string>? Variants { get; init; }
}

/// <summary>POST /api/report: a scenario, or a stored forecast run (<see cref="RunId"/>) of the server's store.</summary>
internal sealed record ReportBody : ModelBody
{
    public long? RunId { get; init; }

    /// <summary>Monte Carlo trials of the report's spread; 0 for none.</summary>
    public long Trials { get; init; } = 1000;

    /// <summary>The noise of those trials; the CLI report's by default.</summary>
    public NoiseBody? Noise { get; init; }

    /// <summary>Whether to include the sensitivity tornadoes.</summary>
    public bool Sensitivity { get; init; } = true;
}

/// <summary>POST /api/backtest: a DEU table's text and the backtest's settings (the CLI's options).</summary>
internal sealed record BacktestBody
{
    /// <summary>The DEU table (tab-separated).</summary>
    public string? Table { get; init; }

    /// <summary>The file name problems are reported under; default <c>table.tsv</c>.</summary>
    public string? Name { get; init; }

    public List<string>? Models { get; init; }
    public Dictionary<string, System.Text.Json.JsonElement>? Options { get; init; }
    public string Capability { get; init; } = "equal";
    public int Folds { get; init; } = 10;
    public int Repeats { get; init; } = 10;
    public ulong Seed { get; init; }
    public int? Replicates { get; init; }
    public double? CommissionWeight { get; init; }
    public double? ParliamentWeight { get; init; }
    public string? Baseline { get; init; } = "compromise";
    public string BaselineCapability { get; init; } = "equal";
    public bool Save { get; init; }

    /// <summary>Inner folds of the nested selection and of the CV+ intervals; the CLI's 5 by default.</summary>
    public int InnerFolds { get; init; } = 5;

    /// <summary>Trials of input noise per case for each model's distribution from input noise (rows NAME@noise); 0 for none.</summary>
    public int NoiseTrials { get; init; }

    /// <summary>The noise of those trials; the sweep's default when left out.</summary>
    public NoiseBody? Noise { get; init; }
}

/// <summary>POST /api/advise.</summary>
internal sealed record AdviceBody : ModelBody
{
    /// <summary>The actor to advise.</summary>
    public string? Actor { get; init; }

    /// <summary>outcome, escalation or deal; null for outcome.</summary>
    public string? Objective { get; init; }

    /// <summary>The issues to work on; none for every issue the actor takes a stance on.</summary>
    public List<string>? Issues { get; init; }

    /// <summary>The lever families; none for all.</summary>
    public List<string>? Levers { get; init; }

    /// <summary>The most candidates the halving search carries to the full trials.</summary>
    public int Budget { get; init; } = Simulation.Advice.AdviceSettings.DefaultBudget;

    /// <summary>Paired trials per fully evaluated lever; null for the scenario's.</summary>
    public int? Trials { get; init; }

    /// <summary>halving, grid, coordinate or combinations; null for halving.</summary>
    public string? Search { get; init; }

    /// <summary>The sweep's input noise drawn besides the types; none by default.</summary>
    public NoiseBody? Noise { get; init; }

    /// <summary>How many of the best levers to combine in pairs; 0 for none.</summary>
    public int Pairs { get; init; }
}

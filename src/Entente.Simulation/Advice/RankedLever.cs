namespace Entente.Simulation.Advice;

/// <summary>The change in the objective a lever brings, paired trial by trial against the base.</summary>
/// <param name="Mean">The mean per-trial change (positive helps the advised actor).</param>
/// <param name="Low">The 90% interval of that mean, lower end.</param>
/// <param name="High">Its upper end.</param>
public sealed record LeverEffect(double Mean, double Low, double High);

/// <summary>What a lever costs the advised actor.</summary>
/// <param name="Audience">The change in audience cost it puts at stake (capacity × channel weight, new minus old).</param>
/// <param name="Conceded">Scale points its stated position moves toward the base forecast.</param>
/// <param name="Reputation">The change in the share of trials in which it breaks a commitment it made (reputation risked).</param>
/// <param name="Conflict">The change in the conflict cost it pays carrying out its threats of contest, expected over the
/// paired trials (variant minus base, trial by trial, averaged): its conflict cost times the contests it carries out.</param>
public sealed record LeverCost(double Audience, double Conceded, double Reputation, double Conflict);

/// <summary>The mean shift of one issue's forecast under a lever.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Mean">Variant minus base, averaged over the trials.</param>
public sealed record ForecastShift(string Issue, double Mean);

/// <summary>A lever, evaluated: its effect on the objective with an interval, how often it helps, and its cost.</summary>
public sealed record RankedLever
{
    /// <summary>1 for the best.</summary>
    public required int Rank { get; init; }

    /// <summary>The family.</summary>
    public required LeverFamily Kind { get; init; }

    /// <summary>The move in words.</summary>
    public required string Description { get; init; }

    /// <summary>The change in the objective.</summary>
    public required LeverEffect Effect { get; init; }

    /// <summary>The share of trials in which the lever improves the objective.</summary>
    public required double HelpsShare { get; init; }

    /// <summary>The share of trials in which it makes the objective worse.</summary>
    public required double HurtsShare { get; init; }

    /// <summary>The trials it was evaluated on (fewer than asked when the halving search screened it out).</summary>
    public required int Trials { get; init; }

    /// <summary>What it costs.</summary>
    public required LeverCost Cost { get; init; }

    /// <summary>How it moves each advised issue's forecast.</summary>
    public required IReadOnlyList<ForecastShift> Shifts { get; init; }

    /// <summary>For a move on a grid (position, salience, persuasion): new minus old, in <see cref="Unit"/>; null otherwise.</summary>
    public double? Step { get; init; }

    /// <summary>The unit of <see cref="Step"/>: "point" or "salience".</summary>
    public string? Unit { get; init; }

    /// <summary>For persuasion: the effect per unit of shift (who to work on); null otherwise.</summary>
    public double? PerUnit { get; init; }

    /// <summary>The lever in plain words, with its figures.</summary>
    public required string Narrative { get; init; }

    /// <summary>For a pair: its mean effect less the sum of its two levers' mean effects, over the same draws (positive:
    /// the two together do more than each alone); null for a single lever.</summary>
    public double? Interaction { get; init; }
}

/// <summary>
/// An exact lever of the compromise model: the forecast is Σwx/Σw with w = capability × salience, so
/// d(forecast)/d(x_i) = w_i/Σw and d(forecast)/d(s_i) = (c_i/ceiling)(x_i − forecast)/Σw, exactly.
/// </summary>
/// <param name="Issue">The issue.</param>
/// <param name="Actor">The actor whose position or salience moves.</param>
/// <param name="Position">d(forecast)/d(position), per scale point.</param>
/// <param name="Salience">d(forecast)/d(salience), per unit of the scenario's salience scale.</param>
public sealed record ExactLever(string Issue, string Actor, double Position, double Salience);

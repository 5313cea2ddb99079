namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// The sweep's default input noise; a stance's own <see cref="Domain.StanceNoise"/> overrides any field.
/// Positions move by a normal draw scaled to the scale width and are clamped to the scale;
/// saliences by a normal draw on 0-1, clamped to [0, 1]; capabilities are multiplied by exp of a normal
/// draw, so they stay positive and their noise is relative. The diplomacy layer's inputs have noise of their
/// own: the declared perceptions' believed positions and saliences (<see cref="Belief"/>) and the channels'
/// base credibilities (<see cref="Credibility"/>), for the analyst who is unsure what one actor thinks of
/// another or how far a channel is trusted.
/// </summary>
public sealed record NoiseSettings
{
    /// <summary>Standard deviation of positions as a fraction of the scale width (0.05 = 5 points on 0-100).</summary>
    public double Position { get; init; }

    /// <summary>Standard deviation of saliences on the 0-1 scale.</summary>
    public double Salience { get; init; }

    /// <summary>Standard deviation of log capability (0.1 ≈ ±10%).</summary>
    public double Capability { get; init; }

    /// <summary>
    /// Standard deviation of the declared perceptions: believed positions move by this fraction of the scale
    /// width, believed saliences by this much on 0-1; both clamped. Pairs no perception names stay as they are.
    /// </summary>
    public double Belief { get; init; }

    /// <summary>Standard deviation of each channel's base credibility β, clamped to [0, 1].</summary>
    public double Credibility { get; init; }

    /// <summary>No noise at all: every trial is the input.</summary>
    public static NoiseSettings None { get; } = new();

    /// <summary>
    /// The noise a sweep or a report uses unless told otherwise: positions 5% of the scale width, saliences 0.1 on 0-1,
    /// capabilities ±10% (log-normal). One default for every command, so that a sweep without options varies something.
    /// </summary>
    public static NoiseSettings Default { get; } = new() { Position = 0.05, Salience = 0.1, Capability = 0.1 };

    /// <summary>Problems with the settings, one sentence each.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(Position, "position noise", problems);
        Check(Salience, "salience noise", problems);
        Check(Capability, "capability noise", problems);
        if (Capability > Domain.StanceNoise.LargestCapabilitySigma)
        {
            problems.Add($"capability noise must be at most {Domain.StanceNoise.LargestCapabilitySigma} (a standard deviation of log capability; got {Capability})");
        }
        Check(Belief, "belief noise", problems);
        Check(Credibility, "credibility noise", problems);
        return problems;
    }

    private static void Check(double sigma, string what, List<string> problems)
    {
        if (!(double.IsFinite(sigma) && sigma >= 0))
        {
            problems.Add($"{what} must be a standard deviation: finite and not negative (got {sigma})");
        }
    }
}

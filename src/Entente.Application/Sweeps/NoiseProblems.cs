using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>The noise settings' problems, each on its field, and the warning about noise that moves nothing.</summary>
internal static class NoiseProblems
{
    private static readonly string[] Fields = ["position-noise", "salience-noise", "capability-noise", "belief-noise", "credibility-noise"];

    public static IEnumerable<RequestProblem> Of(NoiseSettings noise) =>
        noise.Problems().Select(message => new RequestProblem(Fields.FirstOrDefault(f => message.StartsWith(f.Replace('-', ' '), StringComparison.Ordinal)) ?? "noise", message));

    /// <summary>
    /// A sweep whose every trial gave the same forecast on every issue: nothing varied (no noise, no stance noise, no
    /// types drawn), so its spread says nothing about uncertainty.
    /// </summary>
    public static IEnumerable<string> Invariant(SweepResult sweep) =>
        sweep.Plan.Trials > 1 && sweep.Issues.All(i => i.Forecast.Min == i.Forecast.Max)
            ? [$"all {sweep.Plan.Trials} trials gave the same forecast on every issue: the sweep had no source of variation "
                + "(noise 0 and nothing drawn); give --position-noise, --salience-noise or --capability-noise (defaults 0.05, 0.1, 0.1)"]
            : [];

    /// <summary>
    /// The version-1 belief and credibility noise, which the version-2 layer has nothing to apply to.
    /// </summary>
    public static IEnumerable<string> IdleWarnings(NoiseSettings noise) =>
        noise.Belief > 0 || noise.Credibility > 0
            ? ["--belief-noise and --credibility-noise perturbed version-1 perceptions and channel credibilities; "
                + "the diplomacy layer (version 2) derives credibility from its stage games and draws types from their priors instead, so these options move nothing"]
            : [];
}

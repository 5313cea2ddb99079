using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>The noise settings' problems, each on its field, and the warning about noise that moves nothing.</summary>
internal static class NoiseProblems
{
    private static readonly string[] Fields = ["position-noise", "salience-noise", "capability-noise", "belief-noise", "credibility-noise"];

    public static IEnumerable<RequestProblem> Of(NoiseSettings noise) =>
        noise.Problems().Select(message => new RequestProblem(Fields.FirstOrDefault(f => message.StartsWith(f.Replace('-', ' '), StringComparison.Ordinal)) ?? "noise", message));

    /// <summary>
    /// The version-1 belief and credibility noise, which the version-2 layer has nothing to apply to.
    /// </summary>
    public static IEnumerable<string> IdleWarnings(NoiseSettings noise) =>
        noise.Belief > 0 || noise.Credibility > 0
            ? ["--belief-noise and --credibility-noise perturbed version-1 perceptions and channel credibilities; "
                + "the diplomacy layer (version 2) derives credibility from its stage games and draws types from their priors instead, so these options move nothing"]
            : [];
}

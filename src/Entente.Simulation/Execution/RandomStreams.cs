namespace Entente.Simulation.Execution;

/// <summary>
/// The registry of the engine's named random streams: every draw of a sweep comes from one of these, keyed by
/// (seed, trial, name, index) on the generator of the diplomacy specification §12. Names are built from the ids
/// of what they perturb, not from positions, so adding an actor, a perception or a stream of any kind leaves
/// every other draw unchanged. (The diplomacy layer's own streams, <c>type/…</c>, <c>commit/…</c>, are named by the
/// layer on the same generator.)
/// </summary>
internal static class RandomStreams
{
    /// <summary>Prefix of every input-noise stream of a sweep.</summary>
    public const string NoisePrefix = "noise/";

    /// <summary>The normal draw that moves <paramref name="actor"/>'s position on <paramref name="issue"/>.</summary>
    public static RandomStream Position(string actor, string issue) => new($"{NoisePrefix}position/{actor}/{issue}");

    /// <summary>The normal draw that moves <paramref name="actor"/>'s salience on <paramref name="issue"/>.</summary>
    public static RandomStream Salience(string actor, string issue) => new($"{NoisePrefix}salience/{actor}/{issue}");

    /// <summary>The normal draw of <paramref name="actor"/>'s log capability on <paramref name="issue"/>.</summary>
    public static RandomStream Capability(string actor, string issue) => new($"{NoisePrefix}capability/{actor}/{issue}");

    /// <summary>The normal draw of what <paramref name="observer"/> believes <paramref name="actor"/>'s position on <paramref name="issue"/> is.</summary>
    public static RandomStream BeliefPosition(string observer, string actor, string issue) =>
        new($"{NoisePrefix}belief-position/{observer}/{actor}/{issue}");

    /// <summary>The normal draw of what <paramref name="observer"/> believes <paramref name="actor"/>'s salience on <paramref name="issue"/> is.</summary>
    public static RandomStream BeliefSalience(string observer, string actor, string issue) =>
        new($"{NoisePrefix}belief-salience/{observer}/{actor}/{issue}");

    /// <summary>The normal draw of a channel's base credibility (<c>private</c>, <c>leak</c>, <c>public</c>, <c>joint</c>).</summary>
    public static RandomStream Credibility(string channel) => new($"{NoisePrefix}credibility/{channel}");
}

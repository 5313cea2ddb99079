namespace Entente.Models.Spatial;

/// <summary>How each actor's bargain is picked from the probabilities of its bargains (KTAB's StateTransMode).</summary>
public enum StateTransition
{
    /// <summary>The most probable bargain (the first on ties).</summary>
    Deterministic,
    /// <summary>A draw from the probabilities, from CounterRandom(seed, turn) so that a seed reproduces the run.</summary>
    Stochastic,
}

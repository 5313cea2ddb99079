namespace Entente.Models.Diplomacy.StageGame;

/// <summary>What kind of equilibrium a stage game selected (specification §5.5-§5.6).</summary>
public enum EquilibriumKind
{
    /// <summary>The claim is payoff-irrelevant cheap talk: every type sends it and nobody learns anything.</summary>
    Babbling,

    /// <summary>Every sender type sends or stays silent for sure; the receiver's responses are pure.</summary>
    Pure,

    /// <summary>An indifferent block of sender types mixes and one receiver threshold type mixes.</summary>
    Mixed,

    /// <summary>No candidate of the searched families was an equilibrium; babbling is returned, flagged.</summary>
    Fallback,
}

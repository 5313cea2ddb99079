namespace Entente.Simulation.Backtest;

/// <summary>Where the actors' capabilities in a DEU backtest come from.</summary>
public enum CapabilityScheme
{
    /// <summary>Every actor counts the same.</summary>
    Equal,

    /// <summary>The GDP figures of the table's second line.</summary>
    Gdp,

    /// <summary>Each member's normalised Banzhaf index under the Council rule and regime of the issue.</summary>
    VotingPower,

    /// <summary>
    /// The Council's votes of the day as the importer writes them (treaty votes, or population under the
    /// double majority), the institutions at the largest member's: what a model that counts votes reads.
    /// </summary>
    Votes,
}

namespace Entente.Domain;

/// <summary>How the parties decide an issue.</summary>
public enum DecisionRuleKind
{
    /// <summary>Every participant must agree.</summary>
    Consensus,

    /// <summary>A simple majority of weighted votes decides.</summary>
    Majority,

    /// <summary>A share of weighted votes above a threshold decides.</summary>
    QualifiedMajority,

    /// <summary>A majority decides, but each named veto player must agree.</summary>
    VetoPlayers,
}

namespace Entente.Domain.Strategic;

/// <summary>What a signal claims (specification §4.2).</summary>
public enum ClaimKind
{
    /// <summary>Comply with the ask, or the sender acts against you.</summary>
    Threat,

    /// <summary>Comply with the ask, and the sender rewards you.</summary>
    Promise,

    /// <summary>The sender will not move beyond a level: a threat whose action is conflict.</summary>
    Stand,

    /// <summary>Praise of a subject's move, a promise to reward it for keeping it (the 2010 leak).</summary>
    Credit,

    /// <summary>A demand on a subject, a threat to penalise it.</summary>
    Blame,

    /// <summary>A claim about a third party's type.</summary>
    Report,
}

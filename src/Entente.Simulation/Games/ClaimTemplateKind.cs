using Entente.Formats;

namespace Entente.Simulation.Games;

/// <summary>The claim templates of specification §4.3 and §4.5 from which a stage game can be built.</summary>
public enum ClaimTemplateKind
{
    /// <summary>A threat: the sender says it will act against the receiver unless it complies.</summary>
    Threat,

    /// <summary>A promise: the sender says it will reward the receiver if it cooperates.</summary>
    Promise,

    /// <summary>A report about a third party's type, true or false.</summary>
    Report,
}

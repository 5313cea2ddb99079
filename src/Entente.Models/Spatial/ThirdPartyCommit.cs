namespace Entente.Models.Spatial;

/// <summary>What a third party that joins a side expects to give up (KTAB's ThirdPartyCommit).</summary>
public enum ThirdPartyCommit
{
    /// <summary>It keeps its own position whichever side wins.</summary>
    NoCommit,
    /// <summary>It keeps its position if its side wins and adopts the winner's if its side loses.</summary>
    SemiCommit,
    /// <summary>It adopts the winner's position either way.</summary>
    FullCommit,
}

namespace Entente.Models.Spatial;

/// <summary>Whose view of the contest the bargain is interpolated from (KTAB's SMPBargnModel).</summary>
public enum BargainingModel
{
    /// <summary>The initiator interpolates; both parties receive its bargain.</summary>
    InitOnlyInterp,
    /// <summary>Initiator and receiver each interpolate; both bargains go to both parties.</summary>
    InitRcvrInterp,
    /// <summary>One bargain: the capability-and-salience-weighted compromise of the two interpolations.</summary>
    PWCompInterp,
}

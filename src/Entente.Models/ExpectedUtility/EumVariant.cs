namespace Entente.Models.ExpectedUtility;

/// <summary>Which reading of the expected utility model to run.</summary>
public enum EumVariant
{
    /// <summary>
    /// The corrected model: linear votes in the probability of success, the capitulation branch taken,
    /// least movement decides among offers, rounds until positions settle.
    /// </summary>
    Bdm,

    /// <summary>
    /// The reconstruction of Scholz, Calbert and Smith (2011) exactly as published, defects included,
    /// for a fixed number of rounds; it reproduces their EC cars trajectory.
    /// </summary>
    Scholz,
}

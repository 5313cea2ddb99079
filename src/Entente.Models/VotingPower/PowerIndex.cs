namespace Entente.Models.VotingPower;

/// <summary>How a voter's power is measured in a voting game.</summary>
public enum PowerIndex
{
    /// <summary>Normalised Banzhaf: the share of all swings, each coalition of the others counted once.</summary>
    Banzhaf,

    /// <summary>Shapley-Shubik: the share of voting orders in which the voter is pivotal.</summary>
    ShapleyShubik,
}

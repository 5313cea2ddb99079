namespace Entente.Models.Exchange;

/// <summary>How far actors' next-round starting positions move toward their voting positions (spec S10.3).</summary>
public enum StartRule
{
    /// <summary>Stokman's rule w = 0.4(1 − s) + 0.1: actors hold on to what they care about.</summary>
    Salience,

    /// <summary>w = 1: the voting position becomes the next starting position.</summary>
    Voting,

    /// <summary>A fixed weight for every actor and issue (option <c>startWeight</c>).</summary>
    Fixed,
}

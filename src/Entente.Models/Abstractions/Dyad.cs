namespace Entente.Models;

/// <summary>One entry of the dyad table: an ordered pair of actors seen from the first one's perspective.</summary>
/// <param name="Actor">The actor whose perspective this is (i).</param>
/// <param name="Other">The other actor (j).</param>
/// <param name="ActorUtility">E_ij: what i expects from challenging j.</param>
/// <param name="OtherUtility">E_ji: what i believes j expects from challenging i.</param>
/// <param name="Kind">Conflict, compromise, capitulation or stalemate.</param>
public sealed record Dyad(string Actor, string Other, double ActorUtility, double OtherUtility, DyadKind Kind);

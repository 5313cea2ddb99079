namespace Entente.Models;

/// <summary>
/// A trade the exchange model realised: actor A moves on issue A toward B, and B moves on issue B toward A,
/// by amounts that give both the same gain. Positions and moves are on each issue's own scale.
/// </summary>
/// <param name="ActorA">The actor left of the compromise on the earlier of the two issues (input order).</param>
/// <param name="IssueA">The issue on which A concedes (moves).</param>
/// <param name="ActorB">A's partner.</param>
/// <param name="IssueB">The issue on which B concedes.</param>
/// <param name="Gain">What each of the two gains: the salience-weighted shift of the compromises in its favour.</param>
/// <param name="PositionA">A's position on issue A before the trade.</param>
/// <param name="MoveA">A's signed move.</param>
/// <param name="NewPositionA">A's position after the trade.</param>
/// <param name="PositionB">B's position on issue B before the trade.</param>
/// <param name="MoveB">B's signed move.</param>
/// <param name="NewPositionB">B's position after the trade.</param>
public sealed record RealisedExchange(
    string ActorA,
    string IssueA,
    string ActorB,
    string IssueB,
    double Gain,
    double PositionA,
    double MoveA,
    double NewPositionA,
    double PositionB,
    double MoveB,
    double NewPositionB);

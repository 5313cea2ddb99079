namespace Entente.Models.Exchange;

/// <summary>
/// One actor's half of a candidate exchange: it supplies (moves) on one issue and demands on the other.
/// The position and the move history follow realised exchanges during the round; the rest is fixed, and
/// what the board holds (round-start positions, saliences) is read from the board, not copied here.
/// A value held inside its candidate, not an object of its own: a round holds hundreds of thousands of
/// candidates, and a step reads every one it touches, so one object a candidate saves the collector and
/// the cache most of their work. Its fields are read and written in place through the candidate.
/// </summary>
internal struct ExchangeSide
{
    public int Actor;

    /// <summary>The issue on which this actor moves.</summary>
    public int Supply;

    /// <summary>The issue on which the partner moves toward this actor.</summary>
    public int Demand;

    /// <summary>Current position on the supply issue: the round start, or where realised exchanges left it.</summary>
    public double Position;

    /// <summary>The tentative signed move on the supply issue.</summary>
    public double Move;

    /// <summary>Moves so far this round plus the tentative one; checks that the actor moves one way only.</summary>
    public MoveHistory History;

    /// <summary>The voting position the move leads to.</summary>
    public readonly double Vote => Position + Move;

    /// <summary>Replaces the tentative move (the last history entry).</summary>
    public void Revise(double move)
    {
        Move = move;
        History.SetLast(move);
    }

    /// <summary>Records a new tentative move.</summary>
    public void Propose(double move)
    {
        Move = move;
        History.Add(move);
    }

    public void DropLast() => History.DropLast();

    public readonly bool Is(int actor, int supply) => Actor == actor && Supply == supply;
}

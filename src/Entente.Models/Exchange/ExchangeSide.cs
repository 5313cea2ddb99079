namespace Entente.Models.Exchange;

/// <summary>
/// One actor's half of a candidate exchange: it supplies (moves) on one issue and demands on the other.
/// The position and the move history follow realised exchanges during the round; the rest is fixed.
/// </summary>
internal sealed class ExchangeSide
{
    public required int Actor { get; init; }

    /// <summary>The issue on which this actor moves.</summary>
    public required int Supply { get; init; }

    /// <summary>The issue on which the partner moves toward this actor.</summary>
    public required int Demand { get; init; }

    /// <summary>Current position on the supply issue: the round start, or where realised exchanges left it.</summary>
    public required double Position { get; set; }

    /// <summary>Round-start position on the supply issue.</summary>
    public required double Start { get; init; }

    /// <summary>Round-start position on the demand issue: where it wants the partner to move to.</summary>
    public required double Target { get; init; }

    /// <summary>Salience on the supply issue.</summary>
    public required double Salience { get; init; }

    /// <summary>Power on the supply issue.</summary>
    public required double Capability { get; init; }

    /// <summary>Salience on the demand issue.</summary>
    public required double DemandSalience { get; init; }

    /// <summary>The tentative signed move on the supply issue.</summary>
    public double Move { get; set; }

    /// <summary>The voting position the move leads to.</summary>
    public double Vote => Position + Move;

    /// <summary>Moves so far this round plus the tentative one; checks that the actor moves one way only.</summary>
    public List<double> History { get; } = [];

    /// <summary>Replaces the tentative move (the last history entry).</summary>
    public void Revise(double move)
    {
        Move = move;
        History[^1] = move;
    }

    /// <summary>Records a new tentative move.</summary>
    public void Propose(double move)
    {
        Move = move;
        History.Add(move);
    }

    public void DropLast() => History.RemoveAt(History.Count - 1);

    public bool Is(int actor, int supply) => Actor == actor && Supply == supply;
}

using Entente.Domain;

namespace Entente.Models.Exchange;

/// <summary>
/// The data of one round in the model's own units: actors and issues by index in input order, positions
/// rescaled to 0-100 on each issue's scale, saliences on 0-1 and capabilities as given. Positions are the
/// round-start positions and do not change while the round runs.
/// </summary>
internal sealed class ExchangeBoard
{
    private readonly double[,] _position;
    private readonly double[,] _salience;
    private readonly double[,] _capability;
    private readonly bool[,] _present;
    private readonly double[] _total;

    public ExchangeBoard(int actors, int issues)
    {
        _position = new double[actors, issues];
        _salience = new double[actors, issues];
        _capability = new double[actors, issues];
        _present = new bool[actors, issues];
        _total = new double[issues];
    }

    public int ActorCount => _present.GetLength(0);

    public int IssueCount => _present.GetLength(1);

    public void Set(int actor, int issue, double position, double salience, double capability)
    {
        _position[actor, issue] = position;
        _salience[actor, issue] = salience;
        _capability[actor, issue] = capability;
        _present[actor, issue] = true;
        _total[issue] += salience * capability;
    }

    /// <summary>A copy with the same saliences and powers, for the next round's starting positions.</summary>
    public ExchangeBoard WithPositions(Func<int, int, double, double> next)
    {
        var board = new ExchangeBoard(ActorCount, IssueCount);
        for (var k = 0; k < ActorCount; k++)
        {
            for (var x = 0; x < IssueCount; x++)
            {
                if (_present[k, x])
                {
                    board.Set(k, x, next(k, x, _position[k, x]), _salience[k, x], _capability[k, x]);
                }
            }
        }
        return board;
    }

    /// <summary>Whether the actor has data on the issue; an actor without takes no part in it.</summary>
    public bool Present(int actor, int issue) => _present[actor, issue];

    /// <summary>
    /// Whether the actor can trade on the issue: it has data and a voice (s·c &gt; 0). Without a voice its
    /// move would not shift the compromise, and the exchange rate would divide by zero.
    /// </summary>
    public bool Trades(int actor, int issue) => _present[actor, issue] && _salience[actor, issue] * _capability[actor, issue] > 0;

    public double Position(int actor, int issue) => _position[actor, issue];

    public double Salience(int actor, int issue) => _salience[actor, issue];

    public double Capability(int actor, int issue) => _capability[actor, issue];

    /// <summary>D[X] = Σ s·c over the actors with data on the issue.</summary>
    public double Total(int issue) => _total[issue];

    /// <summary>The compromise O[X]: the salience-and-power-weighted mean of the round-start positions.</summary>
    public double Compromise(int issue) => Compromise(issue, []);

    /// <summary>
    /// The compromise with some actors' positions replaced; overrides apply in order, so a later one for
    /// the same actor wins.
    /// </summary>
    public double Compromise(int issue, ReadOnlySpan<(int Actor, double Position)> overrides)
    {
        if (_total[issue] <= 0)
        {
            return 0;
        }
        double sum = 0;
        for (var k = 0; k < ActorCount; k++)
        {
            if (!_present[k, issue])
            {
                continue;
            }
            var x = _position[k, issue];
            foreach (var (actor, position) in overrides)
            {
                if (actor == k)
                {
                    x = position;
                }
            }
            sum += x * _salience[k, issue] * _capability[k, issue];
        }
        return sum / _total[issue];
    }

    /// <summary>The shift of the compromise when the actor moves by <paramref name="move"/> (the exchange ratio, unsigned).</summary>
    public double Shift(int actor, int issue, double move) =>
        Math.Abs(move) * _salience[actor, issue] * _capability[actor, issue] / _total[issue];

    /// <summary>The move that shifts the compromise by <paramref name="shift"/>.</summary>
    public double MoveFor(int actor, int issue, double shift) =>
        shift * _total[issue] / (_salience[actor, issue] * _capability[actor, issue]);
}

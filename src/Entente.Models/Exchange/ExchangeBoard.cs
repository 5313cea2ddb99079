using Entente.Domain;

namespace Entente.Models.Exchange;

/// <summary>
/// The data of one round in the model's own units: actors and issues by index in input order, positions
/// rescaled to 0-100 on each issue's scale, saliences on 0-1 and capabilities as given. Positions are the
/// round-start positions and do not change while the round runs. The tables are flat and issue by issue
/// (an issue's actors side by side): the compromise, which the cap computes for every candidate a step
/// touches, reads one issue's actors in a row.
/// </summary>
internal sealed class ExchangeBoard
{
    private readonly double[] _position;
    private readonly double[] _salience;
    private readonly double[] _capability;
    private readonly bool[] _present;
    private readonly double[] _total;

    public ExchangeBoard(int actors, int issues)
    {
        ActorCount = actors;
        IssueCount = issues;
        _position = new double[actors * issues];
        _salience = new double[actors * issues];
        _capability = new double[actors * issues];
        _present = new bool[actors * issues];
        _total = new double[issues];
    }

    public int ActorCount { get; }

    public int IssueCount { get; }

    private int At(int actor, int issue) => issue * ActorCount + actor;

    public void Set(int actor, int issue, double position, double salience, double capability)
    {
        var at = At(actor, issue);
        _position[at] = position;
        _salience[at] = salience;
        _capability[at] = capability;
        _present[at] = true;
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
                var at = At(k, x);
                if (_present[at])
                {
                    board.Set(k, x, next(k, x, _position[at]), _salience[at], _capability[at]);
                }
            }
        }
        return board;
    }

    /// <summary>Whether the actor has data on the issue; an actor without takes no part in it.</summary>
    public bool Present(int actor, int issue) => _present[At(actor, issue)];

    /// <summary>
    /// Whether the actor can trade on the issue: it has data and a voice (s·c &gt; 0). Without a voice its
    /// move would not shift the compromise, and the exchange rate would divide by zero.
    /// </summary>
    public bool Trades(int actor, int issue) => _present[At(actor, issue)] && _salience[At(actor, issue)] * _capability[At(actor, issue)] > 0;

    public double Position(int actor, int issue) => _position[At(actor, issue)];

    public double Salience(int actor, int issue) => _salience[At(actor, issue)];

    public double Capability(int actor, int issue) => _capability[At(actor, issue)];

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
        var first = At(0, issue);
        for (var k = 0; k < ActorCount; k++)
        {
            if (!_present[first + k])
            {
                continue;
            }
            var x = _position[first + k];
            foreach (var (actor, position) in overrides)
            {
                if (actor == k)
                {
                    x = position;
                }
            }
            sum += x * _salience[first + k] * _capability[first + k];
        }
        return sum / _total[issue];
    }

    /// <summary>
    /// Two compromises at once, <paramref name="overrides"/> followed by <paramref name="actor"/> at
    /// <paramref name="first"/>, and followed by it at <paramref name="second"/>: bit for bit
    /// <see cref="Compromise(int, ReadOnlySpan{ValueTuple{int, double}})"/> of each list, each sum taking the
    /// same terms in the same order, in one pass over the actors (the cap needs both for every candidate a step touches).
    /// </summary>
    public (double First, double Second) Compromises(int issue, ReadOnlySpan<(int Actor, double Position)> overrides, int actor, double first, double second)
    {
        if (_total[issue] <= 0)
        {
            return (0, 0);
        }
        double sum1 = 0;
        double sum2 = 0;
        var start = At(0, issue);
        for (var k = 0; k < ActorCount; k++)
        {
            if (!_present[start + k])
            {
                continue;
            }
            var x = _position[start + k];
            foreach (var (other, position) in overrides)
            {
                if (other == k)
                {
                    x = position;
                }
            }
            var (x1, x2) = k == actor ? (first, second) : (x, x);
            sum1 += x1 * _salience[start + k] * _capability[start + k];
            sum2 += x2 * _salience[start + k] * _capability[start + k];
        }
        return (sum1 / _total[issue], sum2 / _total[issue]);
    }

    /// <summary>The shift of the compromise when the actor moves by <paramref name="move"/> (the exchange ratio, unsigned).</summary>
    public double Shift(int actor, int issue, double move) =>
        Math.Abs(move) * _salience[At(actor, issue)] * _capability[At(actor, issue)] / _total[issue];

    /// <summary>The move that shifts the compromise by <paramref name="shift"/>.</summary>
    public double MoveFor(int actor, int issue, double shift) =>
        shift * _total[issue] / (_salience[At(actor, issue)] * _capability[At(actor, issue)]);
}

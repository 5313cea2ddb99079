using Entente.Domain;
using Entente.Domain.Validation;
using Entente.Models.Diplomacy;

namespace Entente.Simulation.Advice;

/// <summary>
/// Combined levers (issue #20): a coordinate search, or the full grid of combinations that checks it. A coordinate is
/// what a lever touches (a stance's position or salience, a signal's channel, its round, the new claims on an issue);
/// the coordinates searched are those of the best fully evaluated single levers (at most the budget), each
/// with every generated lever on it as an option, or none. Every combination runs on the full trials against the same
/// base draws as the single levers, so its effect is paired like theirs. Deterministic: a combination's mean is a sum
/// over trial slots, and ties go to the option generated first (none before any), whatever the thread count.
/// </summary>
internal sealed class CombinationSearch(AdviceSettings settings, Scenario scenario, List<Lever> singles, TrialScores[] singleScores, TrialScores baseline,
    int trials, LeverSearch.Runner runner, Func<Scenario, TrialTypeDraws?> draws, List<string> warnings)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<int[]> _points = [];
    private int[][] _options = [];

    /// <summary>The combinations evaluated (single levers among them), in the order first evaluated.</summary>
    public List<Lever> Levers { get; } = [];

    /// <summary>Their scores on the full trials.</summary>
    public List<TrialScores> ScoreList { get; } = [];

    /// <summary>The scores as an array, in <see cref="Levers"/>' order.</summary>
    public TrialScores[] Scores => [.. ScoreList];

    /// <summary>The coordinates searched, e.g. "stance/a/x/position" or "signal/leak/round".</summary>
    public IReadOnlyList<string> Coordinates { get; private set; } = [];

    /// <summary>The combinations run on the full trials by this search (single levers already evaluated are reused, not counted).</summary>
    public int Evaluated { get; private set; }

    /// <summary>The index in <see cref="Levers"/> of the combination the search found best; null when there was nothing to combine.</summary>
    public int? First { get; private set; }

    /// <summary>What a lever touches, as a coordinate: a signal's channel (dropping it too) and its round are two.</summary>
    internal static string CoordinateOf(Lever lever) => lever.Kind switch
    {
        LeverFamily.Signal or LeverFamily.Channel => lever.Target + "/channel",
        LeverFamily.Timing => lever.Target + "/round",
        _ => lever.Target,
    };

    /// <summary>A combination's effect less the sum of its levers' effects (each single fully evaluated); null for a single lever.</summary>
    public double? Interaction(int k)
    {
        var parts = _points[k].Select((o, c) => o < 0 ? -1 : _options[c][o]).Where(l => l >= 0).ToArray();
        if (parts.Length < 2 || parts.Any(l => singleScores[l].Done < trials))
        {
            return null;
        }
        return LeverSearch.Mean(ScoreList[k], baseline, trials) - parts.Sum(l => LeverSearch.Mean(singleScores[l], baseline, trials));
    }

    /// <summary>Runs the search the settings ask for; this object then holds what it evaluated.</summary>
    public CombinationSearch Run()
    {
        // The best fully evaluated single levers, helping or not: one that hurts alone may help in a combination.
        var best = LeverSearch.Order(singles, singleScores, baseline)
            .Where(c => singleScores[c].Done >= trials)
            .Take(settings.Budget).ToArray();
        if (best.Length == 0)
        {
            warnings.Add("no single lever was evaluated on the full trials: there is nothing to combine");
            return this;
        }
        var keys = best.Select(c => CoordinateOf(singles[c])).Distinct(StringComparer.Ordinal).ToArray();
        Coordinates = keys;
        // Each coordinate's options: every generated lever on it, in the order generated.
        _options = [.. keys.Select(k => Enumerable.Range(0, singles.Count).Where(l => CoordinateOf(singles[l]) == k).ToArray())];
        if (settings.Search == AdviceSearch.Combinations)
        {
            Grid();
        }
        else
        {
            Coordinate(best[0]);
        }
        return this;
    }

    // Every combination of the coordinates' options (none included), but the empty one, on the full trials.
    private void Grid()
    {
        var count = 1L;
        foreach (var options in _options)
        {
            count *= options.Length + 1;
            if (count - 1 > AdviceSettings.MaxCombinations)
            {
                break;
            }
        }
        if (count - 1 > AdviceSettings.MaxCombinations)
        {
            throw new ArgumentException(
                $"the full grid over {_options.Length} coordinates ({string.Join(", ", Coordinates)}) has more than {AdviceSettings.MaxCombinations} combinations; "
                + "use --search coordinate, or fewer levers (--levers, --issue, --budget)", "search");
        }
        var points = new List<int[]>();
        var point = new int[_options.Length];
        Array.Fill(point, -1);
        while (Next(point))
        {
            points.Add([.. point]);
        }
        var indices = Evaluate(points);
        First = Best(indices);
    }

    // The next point of the grid in odometer order (the first coordinate turning slowest); false past the last.
    private bool Next(int[] point)
    {
        for (var c = point.Length - 1; c >= 0; c--)
        {
            if (point[c] + 1 < _options[c].Length)
            {
                point[c]++;
                return true;
            }
            point[c] = -1;
        }
        return false;
    }

    // From the best single lever, each coordinate in turn to its best option with the others held, until a sweep
    // improves nothing (or the most sweeps).
    private void Coordinate(int start)
    {
        var current = new int[_options.Length];
        Array.Fill(current, -1);
        var home = Array.IndexOf(Coordinates.ToArray(), CoordinateOf(singles[start]));
        current[home] = Array.IndexOf(_options[home], start);
        var at = Evaluate([current])[0];
        for (var sweep = 0; sweep < AdviceSettings.MaxSweeps; sweep++)
        {
            var moved = false;
            for (var c = 0; c < _options.Length; c++)
            {
                var points = new List<int[]>();
                for (var o = -1; o < _options[c].Length; o++)
                {
                    if (o == current[c])
                    {
                        continue;
                    }
                    var point = (int[])current.Clone();
                    point[c] = o;
                    if (point.Any(x => x >= 0))
                    {
                        points.Add(point);
                    }
                }
                var indices = Evaluate(points);
                if (Best(indices) is { } better && Mean(better) > Mean(at))
                {
                    at = better;
                    current = _points[at];
                    moved = true;
                }
            }
            if (!moved)
            {
                break;
            }
        }
        First = at;
    }

    private double Mean(int k) => LeverSearch.Mean(ScoreList[k], baseline, trials);

    // The best valid combination among these; ties to the first listed.
    private int? Best(IReadOnlyList<int> indices)
    {
        int? best = null;
        foreach (var k in indices)
        {
            if (k >= 0 && (best is null || Mean(k) > Mean(best.Value)))
            {
                best = k;
            }
        }
        return best;
    }

    // The index of each point's combination (-1: it makes an invalid scenario), running those not yet run together.
    private int[] Evaluate(IReadOnlyList<int[]> points)
    {
        var result = new int[points.Count];
        var work = new List<(Scenario, TrialScores)>();
        for (var p = 0; p < points.Count; p++)
        {
            var key = string.Join(',', points[p]);
            if (_index.TryGetValue(key, out var known))
            {
                result[p] = known;
                continue;
            }
            var parts = points[p].Select((o, c) => o < 0 ? -1 : _options[c][o]).Where(l => l >= 0).ToArray();
            if (parts.Length == 1 && singleScores[parts[0]].Done >= trials)
            {
                // A single lever already run on the full trials: its draws are these draws.
                result[p] = _index[key] = Add(points[p], singles[parts[0]], singleScores[parts[0]]);
                continue;
            }
            var lever = Combine(parts);
            if (ScenarioValidator.Validate(lever.Variant).FirstOrDefault(e => e.Severity == Severity.Error) is { } error)
            {
                warnings.Add($"left out '{lever.Description}': {error}");
                result[p] = _index[key] = -1;
                continue;
            }
            var scores = new TrialScores(trials, baseline.Issues, draws(lever.Variant));
            result[p] = _index[key] = Add(points[p], lever, scores);
            work.Add((lever.Variant, scores));
        }
        if (work.Count > 0)
        {
            Evaluated += work.Count;
            runner.Plan((long)work.Count * trials);
            runner.Fill(work, trials);
        }
        return result;
    }

    private int Add(int[] point, Lever lever, TrialScores scores)
    {
        _points.Add(point);
        Levers.Add(lever);
        ScoreList.Add(scores);
        return Levers.Count - 1;
    }

    // The levers' edits made one after the other, in the coordinates' order.
    private Lever Combine(int[] parts)
    {
        var levers = parts.Select(l => singles[l]).ToArray();
        var variant = scenario;
        foreach (var lever in levers)
        {
            variant = lever.Edit(variant);
        }
        return new Lever
        {
            Kind = levers.Length == 1 ? levers[0].Kind : LeverFamily.Combination,
            Description = string.Join(" + ", levers.Select(l => l.Description)),
            Edit = s => levers.Aggregate(s, (v, l) => l.Edit(v)),
            Target = string.Join(" + ", levers.Select(l => l.Target)),
            Variant = variant,
            Audience = levers.Sum(l => l.Audience),
            Conceded = levers.Sum(l => l.Conceded),
            Step = levers.Length == 1 ? levers[0].Step : null,
            Unit = levers.Length == 1 ? levers[0].Unit : null,
        };
    }
}

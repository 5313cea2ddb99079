using System.Collections.Immutable;

namespace Entente.Models.Diplomacy.Beliefs;

/// <summary>
/// A finite support of one type dimension (a resolve r on an issue, or the reciprocity q) with a
/// distribution over it (specification §2.3): the analyst's prior, or an observer's belief.
/// Points ascend; weights are normalised.
/// </summary>
public sealed record TypeGrid
{
    /// <summary>The most points one dimension may have.</summary>
    public const int MaxPoints = 9;

    /// <summary>The reciprocity grid used by default and by <c>reputation:</c>: (0, ½, 1).</summary>
    public static ImmutableArray<double> ReciprocityPoints { get; } = [0.0, 0.5, 1.0];

    private TypeGrid(ImmutableArray<double> points, ImmutableArray<double> weights)
    {
        Points = points;
        Weights = weights;
        // Read in every perception and every stage game: summed once, left to right.
        var m = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            m += points[i] * weights[i];
        }
        Mean = m;
    }

    /// <summary>The support, ascending.</summary>
    public ImmutableArray<double> Points { get; }

    /// <summary>The probability of each point; sums to 1.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>How many points the support has.</summary>
    public int Count => Points.Length;

    /// <summary>Whether the dimension is known (one point).</summary>
    public bool IsPoint => Points.Length == 1;

    /// <summary>The expected value, summed left to right.</summary>
    public double Mean { get; }

    /// <summary>Complete information: one point.</summary>
    public static TypeGrid Point(double value) => new([value], [1.0]);

    /// <summary>
    /// <c>uncertain: w</c> around a base salience s: points s + k·w for k = −2…2 (computed in double as
    /// s + k*w), clipped to [0.05, 1], equal doubles merged with their weights added, weights (1,2,3,2,1)/9.
    /// </summary>
    public static TypeGrid Uncertain(double salience, double spread = 0.15)
    {
        var points = new List<double>(5);
        var weights = new List<double>(5);
        ReadOnlySpan<double> k = [-2.0, -1.0, 0.0, 1.0, 2.0];
        ReadOnlySpan<double> w = [1.0, 2.0, 3.0, 2.0, 1.0];
        for (var i = 0; i < k.Length; i++)
        {
            var x = Math.Clamp(salience + k[i] * spread, 0.05, 1.0);
            var at = points.IndexOf(x);
            if (at >= 0)
            {
                weights[at] += w[i] / 9.0;
            }
            else
            {
                points.Add(x);
                weights.Add(w[i] / 9.0);
            }
        }
        var order = Enumerable.Range(0, points.Count).OrderBy(i => points[i]).ToArray();
        return new([.. order.Select(i => points[i])], [.. order.Select(i => weights[i])]);
    }

    /// <summary><c>reputation: ρ</c> on q: grid (0, ½, 1) with prior ((1−ρ)², 2ρ(1−ρ), ρ²), mean ρ.</summary>
    public static TypeGrid Reputation(double rho)
    {
        if (!(rho is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), rho, "a reputation is a probability in [0, 1]");
        }
        return new(ReciprocityPoints, [(1 - rho) * (1 - rho), 2 * rho * (1 - rho), rho * rho]);
    }

    /// <summary>The default prior on q under <c>uncertainty: auto</c>: (¼, ½, ¼) on (0, ½, 1).</summary>
    public static TypeGrid AutoReciprocity() => new(ReciprocityPoints, [0.25, 0.5, 0.25]);

    /// <summary>An explicit grid and prior; the prior is normalised and the points must ascend strictly.</summary>
    public static TypeGrid Of(IReadOnlyList<double> points, IReadOnlyList<double> prior)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(prior);
        if (points.Count == 0 || points.Count > MaxPoints)
        {
            throw new ArgumentException($"a type grid has 1 to {MaxPoints} points, not {points.Count}", nameof(points));
        }
        if (prior.Count != points.Count)
        {
            throw new ArgumentException($"the prior has {prior.Count} weights for {points.Count} points", nameof(prior));
        }
        for (var i = 0; i < points.Count; i++)
        {
            if (!double.IsFinite(points[i]) || (i > 0 && points[i] <= points[i - 1]))
            {
                throw new ArgumentException("grid points must be finite and strictly ascending", nameof(points));
            }
            if (!(prior[i] >= 0) || !double.IsFinite(prior[i]))
            {
                throw new ArgumentException("prior weights must be finite and non-negative", nameof(prior));
            }
        }
        return new([.. points], Probability.Normalise(prior));
    }

    /// <summary>
    /// A distribution computed from others (a composite's weighted mean over its factions' grids): ascending points, as
    /// many as the sums take, weights as given. Not an input grid, so the nine-point limit does not apply.
    /// </summary>
    internal static TypeGrid Derived(ImmutableArray<double> points, ImmutableArray<double> weights) => new(points, weights);

    /// <summary>
    /// Whether two lists hold the very same grids, element by element. Grids are immutable and shared until a belief
    /// is updated, so observers holding the same grids hold the same beliefs and learn alike.
    /// </summary>
    internal static bool SameGrids(TypeGrid[] a, TypeGrid[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Equal weights on the grid (<c>prior: uniform</c>).</summary>
    public static TypeGrid Uniform(IReadOnlyList<double> points) =>
        Of(points, Enumerable.Repeat(1.0, points.Count).ToArray());

    /// <summary>The same support with other weights (a posterior); the weights are taken as they are.</summary>
    public TypeGrid WithWeights(ImmutableArray<double> weights)
    {
        if (weights.Length != Points.Length)
        {
            throw new ArgumentException("one weight per point", nameof(weights));
        }
        return new(Points, weights);
    }

    /// <summary>The index of the grid point nearest <paramref name="value"/> (ties: the lower point).</summary>
    public int Nearest(double value)
    {
        var best = 0;
        for (var i = 1; i < Points.Length; i++)
        {
            if (Math.Abs(Points[i] - value) < Math.Abs(Points[best] - value))
            {
                best = i;
            }
        }
        return best;
    }
}

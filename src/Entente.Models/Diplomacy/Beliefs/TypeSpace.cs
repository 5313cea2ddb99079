using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Engine;
using Entente.Models.Diplomacy.Randomness;

namespace Entente.Models.Diplomacy.Beliefs;

/// <summary>
/// Every actor's type space (specification §2.3): per dimension (q, and r on each issue) the analyst's prior
/// grid, and the true type of one run, nominal or drawn for a Monte Carlo trial from the named streams.
/// </summary>
internal sealed class TypeSpace
{
    private readonly LayerCast _cast;

    private TypeSpace(LayerCast cast, TypeGrid[,] prior, int[,] truth)
    {
        _cast = cast;
        Prior = prior;
        Truth = truth;
    }

    /// <summary>The analyst's prior per (actor, dimension).</summary>
    public TypeGrid[,] Prior { get; }

    /// <summary>The index of the true point per (actor, dimension).</summary>
    public int[,] Truth { get; }

    /// <summary>The true value of a dimension; a composite's is its factions' weighted mean (§11.3: r = Σ w_f r_f).</summary>
    public double TrueValue(int agent, int dimension)
    {
        if (!_cast.IsComposite(agent))
        {
            return Prior[agent, dimension].Points[Truth[agent, dimension]];
        }
        var value = 0.0;
        foreach (var g in _cast.FactionsOf[agent])
        {
            value += _cast.Share[g] * TrueValue(g, dimension);
        }
        return value;
    }

    /// <summary>
    /// Builds the priors: declared dimensions as declared; under <c>uncertainty: auto</c> the dimensions in
    /// <paramref name="uncertain"/> get the default prior; every other dimension is a point (r = s, q = ½).
    /// True types: declared, else nominal (r = s on its nearest point, q the point nearest the prior mean),
    /// or, for a trial, drawn on streams <c>type/actor/q</c> and <c>type/actor/r/issue</c>.
    /// </summary>
    public static TypeSpace Build(LayerCast cast, ISet<(int Actor, int Dimension)> uncertain, (ulong Seed, ulong Trial)? draw)
    {
        int n = cast.AgentCount, k = cast.DimensionCount;
        var prior = new TypeGrid[n, k];
        var declaredTruth = new double?[n, k];
        for (var a = 0; a < n; a++)
        {
            prior[a, LayerCast.Reciprocity] = cast.Layer.Uncertainty == Uncertainty.Auto && uncertain.Contains((a, LayerCast.Reciprocity))
                ? TypeGrid.AutoReciprocity()
                : TypeGrid.Point(0.5);
            for (var d = 0; d < cast.IssueCount; d++)
            {
                var s = cast.Salience[a, d];
                var dim = LayerCast.ResolveOn(d);
                prior[a, dim] = cast.Layer.Uncertainty == Uncertainty.Auto && uncertain.Contains((a, dim)) && cast.Takes[a, d]
                    ? TypeGrid.Uncertain(s, cast.Parameters.ResolveSpread)
                    : TypeGrid.Point(s);
            }
        }
        // A type declared for a composite is every faction's that declares none of its own on that dimension
        // (drawn for each independently); the factions' own declarations come second and win.
        foreach (var composite in new[] { true, false })
        {
            foreach (var declaration in cast.Layer.Types)
            {
                if (!cast.AgentIndex.TryGetValue(declaration.Of, out var agent) || cast.IsComposite(agent) != composite
                    || Dimension(cast, declaration.Dimension, declaration.Issue) is not { } dim)
                {
                    continue;
                }
                foreach (var a in composite ? cast.FactionsOf[agent] : [agent])
                {
                    var centre = dim == LayerCast.Reciprocity ? 0.5 : cast.Salience[a, dim - 1];
                    prior[a, dim] = Grid(declaration.Prior, dim == LayerCast.Reciprocity, centre, cast.Parameters.ResolveSpread);
                    declaredTruth[a, dim] = declaration.True;
                }
            }
        }
        var truth = new int[n, k];
        for (var a = 0; a < n; a++)
        {
            for (var dim = 0; dim < k; dim++)
            {
                var grid = prior[a, dim];
                if (draw is { } dr && !grid.IsPoint)
                {
                    truth[a, dim] = NamedStreams.DrawIndex(grid.Weights.AsSpan(), NamedStreams.Uniform(dr.Seed, dr.Trial, Stream(cast, a, dim)));
                }
                else if (declaredTruth[a, dim] is { } t)
                {
                    truth[a, dim] = grid.Nearest(t);
                }
                else
                {
                    truth[a, dim] = dim == LayerCast.Reciprocity ? grid.Nearest(grid.Mean) : grid.Nearest(cast.Salience[a, dim - 1]);
                }
            }
        }
        return new TypeSpace(cast, prior, truth);
    }

    /// <summary>The named stream a trial draws the true point of (agent, dimension) on.</summary>
    public static string Stream(LayerCast cast, int agent, int dimension) =>
        dimension == LayerCast.Reciprocity ? $"type/{cast.Agents[agent]}/q" : $"type/{cast.Agents[agent]}/r/{cast.Issues[dimension - 1]}";

    /// <summary>The dimension index of (dimension, issue), or null when the issue is unknown.</summary>
    public static int? Dimension(LayerCast cast, TypeDimension dimension, string? issue) =>
        dimension == TypeDimension.Reciprocity ? LayerCast.Reciprocity
        : issue is not null && cast.IssueIndex.TryGetValue(issue, out var d) ? LayerCast.ResolveOn(d)
        : null;

    /// <summary>
    /// The grid a file's prior form describes. Weights without a grid sit on (0, ½, 1) for q (amendment A17) and
    /// on the <c>uncertain</c> points around the centre for r.
    /// </summary>
    public static TypeGrid Grid(TypePrior prior, bool reciprocity, double centre, double spread)
    {
        if (prior.Point is { } point)
        {
            return TypeGrid.Point(point);
        }
        if (prior.Uncertain is { } w)
        {
            return TypeGrid.Uncertain(centre, w);
        }
        if (prior.Reputation is { } rho)
        {
            return TypeGrid.Reputation(rho);
        }
        var points = prior.Grid.Count > 0 ? (IReadOnlyList<double>)prior.Grid
            : reciprocity ? TypeGrid.ReciprocityPoints
            : TypeGrid.Uncertain(centre, spread).Points;
        return prior.Uniform || prior.Prior.Count == 0 ? TypeGrid.Uniform(points) : TypeGrid.Of(points, prior.Prior);
    }
}

using Entente.Models.Diplomacy.Engine;

namespace Entente.Models.Diplomacy.Beliefs;

/// <summary>
/// Every observer's belief about every other actor's type, one marginal per dimension (specification §2.4).
/// A round works on its own copy (<see cref="Next"/>): the grids are immutable and shared, so a copy costs
/// one array of references, and the beliefs a round started from stay as they were.
/// </summary>
internal sealed class BeliefBook
{
    private readonly TypeGrid[] _grids; // [observer, about, dimension]
    private readonly int _actors, _dimensions;

    private BeliefBook(TypeGrid[] grids, int actors, int dimensions)
    {
        _grids = grids;
        _actors = actors;
        _dimensions = dimensions;
    }

    /// <summary>The common prior (the analyst's), overridden per observer by the file's <c>beliefs:</c>.</summary>
    public static BeliefBook Initial(LayerCast cast, TypeSpace types)
    {
        int n = cast.ActorCount, k = cast.DimensionCount;
        var grids = new TypeGrid[n * n * k];
        for (var h = 0; h < n; h++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var dim = 0; dim < k; dim++)
                {
                    grids[(h * n + j) * k + dim] = types.Prior[j, dim];
                }
            }
        }
        var book = new BeliefBook(grids, n, k);
        foreach (var belief in cast.Layer.Beliefs)
        {
            if (!cast.ActorIndex.TryGetValue(belief.Observer, out var h) || !cast.ActorIndex.TryGetValue(belief.About, out var j)
                || TypeSpace.Dimension(cast, belief.Dimension, belief.Issue) is not { } dim)
            {
                continue;
            }
            var analyst = types.Prior[j, dim];
            var centre = dim == LayerCast.Reciprocity ? 0.5 : cast.Salience[j, dim - 1];
            // Weights alone sit on the analyst's grid when they fit it.
            var grid = belief.Prior.Grid.Count == 0 && belief.Prior.Point is null && belief.Prior.Uncertain is null && belief.Prior.Reputation is null
                && (belief.Prior.Uniform || belief.Prior.Prior.Count == analyst.Count)
                ? (belief.Prior.Uniform ? TypeGrid.Uniform(analyst.Points) : TypeGrid.Of(analyst.Points, belief.Prior.Prior))
                : TypeSpace.Grid(belief.Prior, dim == LayerCast.Reciprocity, centre, cast.Parameters.ResolveSpread);
            book.Set(h, j, dim, grid);
        }
        return book;
    }

    /// <summary>h's belief about j's dimension.</summary>
    public TypeGrid this[int observer, int about, int dimension] => _grids[(observer * _actors + about) * _dimensions + dimension];

    /// <summary>A copy for the next round to change.</summary>
    public BeliefBook Next() => new((TypeGrid[])_grids.Clone(), _actors, _dimensions);

    /// <summary>Replaces h's belief about j's dimension.</summary>
    public void Set(int observer, int about, int dimension, TypeGrid grid) =>
        _grids[(observer * _actors + about) * _dimensions + dimension] = grid;

    /// <summary>ŝ^h_jd = E^h[r_jd].</summary>
    public double Expected(int observer, int about, int dimension) => this[observer, about, dimension].Mean;
}

using Entente.Models.Diplomacy.Engine;

namespace Entente.Models.Diplomacy.Beliefs;

/// <summary>
/// Every observer's belief about every other agent's type, one marginal per dimension (specification §2.4).
/// A composite actor holds no type of its own: a belief about it is derived from the beliefs about its factions
/// (r = Σ w_f r_f on the joint faction grid, §6.4), and what is learned about it is learned about them.
/// A round works on its own copy (<see cref="Next"/>): the grids are immutable and shared, and so are each
/// observer's rows of references until one of the two books writes to them (copy on write), so a copy costs
/// one array of row references, and the beliefs a round started from stay as they were.
/// </summary>
internal sealed class BeliefBook
{
    private readonly TypeGrid[][] _rows; // [observer][about, dimension], over agents
    private readonly bool[] _owned; // [observer]: the row is this book's own, not shared with another book
    private readonly LayerCast _cast;
    private readonly int _dimensions;

    private BeliefBook(TypeGrid[][] rows, LayerCast cast, bool owned)
    {
        _rows = rows;
        _owned = new bool[rows.Length];
        Array.Fill(_owned, owned);
        _cast = cast;
        _dimensions = cast.DimensionCount;
    }

    private TypeGrid Grid(int observer, int about, int dimension) => _rows[observer][about * _dimensions + dimension];

    /// <summary>The common prior (the analyst's), overridden per observer by the file's <c>beliefs:</c>.</summary>
    public static BeliefBook Initial(LayerCast cast, TypeSpace types)
    {
        int n = cast.AgentCount, k = cast.DimensionCount;
        var rows = new TypeGrid[n][];
        for (var h = 0; h < n; h++)
        {
            rows[h] = new TypeGrid[n * k];
            for (var j = 0; j < n; j++)
            {
                for (var dim = 0; dim < k; dim++)
                {
                    rows[h][j * k + dim] = types.Prior[j, dim];
                }
            }
        }
        var book = new BeliefBook(rows, cast, owned: true);
        // A belief about a composite is held about each of its factions, unless one about the faction itself says otherwise.
        foreach (var composite in new[] { true, false })
        {
            foreach (var belief in cast.Layer.Beliefs)
            {
                if (!cast.AgentIndex.TryGetValue(belief.Observer, out var h) || !cast.AgentIndex.TryGetValue(belief.About, out var about)
                    || cast.IsComposite(about) != composite || TypeSpace.Dimension(cast, belief.Dimension, belief.Issue) is not { } dim)
                {
                    continue;
                }
                foreach (var j in composite ? cast.FactionsOf[about] : [about])
                {
                    book.Set(h, j, dim, Declared(cast, types, belief, j, dim));
                }
            }
        }
        return book;
    }

    // The grid a belief declares about agent j's dimension: weights alone sit on the analyst's grid when they fit it.
    private static TypeGrid Declared(LayerCast cast, TypeSpace types, Domain.Strategic.BeliefDeclaration belief, int j, int dim)
    {
        var analyst = types.Prior[j, dim];
        var centre = dim == LayerCast.Reciprocity ? 0.5 : cast.Salience[j, dim - 1];
        return belief.Prior.Grid.Count == 0 && belief.Prior.Point is null && belief.Prior.Uncertain is null && belief.Prior.Reputation is null
            && (belief.Prior.Uniform || belief.Prior.Prior.Count == analyst.Count)
            ? (belief.Prior.Uniform ? TypeGrid.Uniform(analyst.Points) : TypeGrid.Of(analyst.Points, belief.Prior.Prior))
            : TypeSpace.Grid(belief.Prior, dim == LayerCast.Reciprocity, centre, cast.Parameters.ResolveSpread);
    }

    /// <summary>h's belief about j's dimension; about a composite, the distribution of its factions' weighted mean.</summary>
    public TypeGrid this[int observer, int about, int dimension] =>
        _cast.IsComposite(about) ? Composite(observer, about, dimension) : Grid(observer, about, dimension);

    /// <summary>A copy for the next round to change.</summary>
    public BeliefBook Next()
    {
        // Both books now share every row: whichever writes first copies it.
        Array.Fill(_owned, false);
        return new((TypeGrid[][])_rows.Clone(), _cast, owned: false);
    }

    private TypeGrid[] Writable(int observer)
    {
        if (!_owned[observer])
        {
            _rows[observer] = (TypeGrid[])_rows[observer].Clone();
            _owned[observer] = true;
        }
        return _rows[observer];
    }

    /// <summary>Replaces h's belief about agent j's dimension (a faction's or a unitary actor's: a composite's follows from its factions').</summary>
    public void Set(int observer, int about, int dimension, TypeGrid grid)
    {
        if (_cast.IsComposite(about))
        {
            throw new InvalidOperationException($"a belief about the composite '{_cast.Agents[about]}' is held about its factions; update it with Update");
        }
        Writable(observer)[about * _dimensions + dimension] = grid;
    }

    /// <summary>ŝ^h_jd = E^h[r_jd]; a composite's Σ_f w_f E^h[r_fd] (§3).</summary>
    public double Expected(int observer, int about, int dimension)
    {
        if (!_cast.IsComposite(about))
        {
            return this[observer, about, dimension].Mean;
        }
        var mean = 0.0;
        foreach (var g in _cast.FactionsOf[about])
        {
            mean += _cast.Share[g] * Expected(observer, g, dimension);
        }
        return mean;
    }

    /// <summary>
    /// Bayes' rule for h about j's dimensions <paramref name="dimensions"/>, with a likelihood of j's values on them
    /// (for a composite the factions' weighted means, on the joint grid of its factions); the posterior's marginals
    /// are stored. Returns false, leaving the belief as it was, when h is sure or the evidence is impossible.
    /// </summary>
    public bool Update(int observer, int about, int[] dimensions, Func<double[], double> likelihood)
    {
        var holders = Holders(about);
        var values = new double[dimensions.Length];
        return UpdateJoint(observer, about, dimensions, raw =>
        {
            Array.Clear(values);
            for (var f = 0; f < holders.Length; f++)
            {
                for (var i = 0; i < dimensions.Length; i++)
                {
                    values[i] += (holders.Length == 1 ? 1.0 : _cast.Share[holders[f]]) * raw[f * dimensions.Length + i];
                }
            }
            return likelihood(values);
        });
    }

    /// <summary>
    /// Bayes' rule on the joint grid of j's type holders (j itself, or a composite's factions) over
    /// <paramref name="dimensions"/>, with a likelihood of their values, holder by holder (holder-major).
    /// </summary>
    public bool UpdateJoint(int observer, int about, int[] dimensions, Func<double[], double> likelihood)
    {
        var holders = Holders(about);
        var marginals = new List<TypeGrid>(holders.Length * dimensions.Length);
        foreach (var g in holders)
        {
            foreach (var dim in dimensions)
            {
                marginals.Add(Grid(observer, g, dim));
            }
        }
        if (marginals.All(m => m.IsPoint))
        {
            return false;
        }
        var joint = new JointGrid(marginals);
        var raw = new double[marginals.Count];
        var weights = new double[joint.Count];
        for (var t = 0; t < joint.Count; t++)
        {
            for (var i = 0; i < raw.Length; i++)
            {
                raw[i] = joint.ValueOf(t, i);
            }
            weights[t] = likelihood(raw);
        }
        var (posterior, updated) = joint.Update(weights);
        if (!updated)
        {
            return false;
        }
        var row = Writable(observer);
        for (var f = 0; f < holders.Length; f++)
        {
            for (var i = 0; i < dimensions.Length; i++)
            {
                row[holders[f] * _dimensions + dimensions[i]] = posterior[f * dimensions.Length + i];
            }
        }
        return true;
    }

    /// <summary>Who holds j's type: j itself, or a composite's factions.</summary>
    public int[] Holders(int about) => _cast.IsComposite(about) ? _cast.FactionsOf[about] : [about];

    // The distribution of Σ_f w_f θ_f under h's independent marginals about the factions, equal sums merged.
    private TypeGrid Composite(int observer, int about, int dimension)
    {
        var factions = _cast.FactionsOf[about];
        var grids = factions.Select(g => Grid(observer, g, dimension)).ToArray();
        var joint = new JointGrid(grids);
        var sums = new SortedDictionary<double, double>();
        for (var t = 0; t < joint.Count; t++)
        {
            var value = 0.0;
            for (var f = 0; f < factions.Length; f++)
            {
                value += _cast.Share[factions[f]] * joint.ValueOf(t, f);
            }
            sums[value] = sums.GetValueOrDefault(value) + joint.Weights[t];
        }
        return TypeGrid.Derived([.. sums.Keys], [.. sums.Values]);
    }
}

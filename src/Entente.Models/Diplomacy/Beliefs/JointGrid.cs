using System.Collections.Immutable;

namespace Entente.Models.Diplomacy.Beliefs;

/// <summary>
/// The product of independent marginals over several dimensions, with the last dimension varying fastest.
/// Observations whose likelihood involves several dimensions are applied here exactly; the belief then
/// stores the marginals of the posterior (specification §6.1: correlations are dropped).
/// </summary>
public sealed class JointGrid
{
    private readonly int[] _sizes;
    private readonly int[] _strides;

    /// <summary>The joint prior of <paramref name="marginals"/>.</summary>
    public JointGrid(IReadOnlyList<TypeGrid> marginals)
    {
        ArgumentNullException.ThrowIfNull(marginals);
        Marginals = [.. marginals];
        var dims = marginals.Count;
        _sizes = new int[dims];
        _strides = new int[dims];
        var count = 1;
        for (var d = dims - 1; d >= 0; d--)
        {
            _sizes[d] = marginals[d].Count;
            _strides[d] = count;
            count = checked(count * _sizes[d]);
        }
        var weights = new double[count];
        Product(Marginals.AsSpan(), weights);
        Weights = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(weights);
    }

    /// <summary>
    /// The joint weight of every type of the marginals' product, last dimension fastest: each the product, from the
    /// first dimension to the last, of its marginals' weights (1·w₀·w₁·…). The indices are stepped like an odometer
    /// rather than divided out of the type's number; the products are the same.
    /// </summary>
    internal static void Product(ReadOnlySpan<TypeGrid> marginals, Span<double> into)
    {
        var dims = marginals.Length;
        Span<int> index = stackalloc int[dims];
        index.Clear();
        for (var t = 0; t < into.Length; t++)
        {
            var p = 1.0;
            for (var d = 0; d < dims; d++)
            {
                p *= marginals[d].Weights[index[d]];
            }
            into[t] = p;
            for (var d = dims - 1; d >= 0 && ++index[d] == marginals[d].Count; d--)
            {
                index[d] = 0;
            }
        }
    }

    /// <summary>The marginals the joint was built from.</summary>
    public ImmutableArray<TypeGrid> Marginals { get; }

    /// <summary>The joint weight of every type, last dimension fastest.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>How many joint types there are.</summary>
    public int Count => Weights.Length;

    /// <summary>The index on dimension <paramref name="dimension"/> of joint type <paramref name="type"/>.</summary>
    public int IndexOf(int type, int dimension) => type / _strides[dimension] % _sizes[dimension];

    /// <summary>The value on dimension <paramref name="dimension"/> of joint type <paramref name="type"/>.</summary>
    public double ValueOf(int type, int dimension) => Marginals[dimension].Points[IndexOf(type, dimension)];

    /// <summary>The marginals of a distribution over the joint types (exact projection).</summary>
    public ImmutableArray<TypeGrid> Project(IReadOnlyList<double> joint)
    {
        ArgumentNullException.ThrowIfNull(joint);
        var result = ImmutableArray.CreateBuilder<TypeGrid>(_sizes.Length);
        for (var d = 0; d < _sizes.Length; d++)
        {
            var m = new double[_sizes[d]];
            for (var t = 0; t < joint.Count; t++)
            {
                m[IndexOf(t, d)] += joint[t];
            }
            result.Add(Marginals[d].WithWeights([.. m]));
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// The mean of one dimension's marginal of a distribution over the joint types: the sums of <see cref="Project"/> and
    /// of <see cref="TypeGrid.Mean"/>, in their order, without building the other marginals.
    /// </summary>
    public double MarginalMean(ReadOnlySpan<double> joint, int dimension)
    {
        var size = _sizes[dimension];
        Span<double> m = size <= 64 ? stackalloc double[size] : new double[size];
        m.Clear();
        for (var t = 0; t < joint.Length; t++)
        {
            m[IndexOf(t, dimension)] += joint[t];
        }
        var points = Marginals[dimension].Points;
        var mean = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            mean += points[i] * m[i];
        }
        return mean;
    }

    /// <summary>Bayes' rule on the joint grid, returning the posterior's marginals (unchanged if the evidence is impossible).</summary>
    public (ImmutableArray<TypeGrid> Marginals, bool Updated) Update(IReadOnlyList<double> likelihood)
    {
        var (posterior, updated) = Probability.Update(Weights, likelihood);
        return updated ? (Project(posterior), true) : (Marginals, false);
    }
}

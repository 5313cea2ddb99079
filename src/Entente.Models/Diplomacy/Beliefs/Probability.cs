using System.Collections.Immutable;

namespace Entente.Models.Diplomacy.Beliefs;

/// <summary>Discrete distributions: normalising, Bayes' rule, joint grids and their marginals (specification §6.1).</summary>
public static class Probability
{
    /// <summary>The likelihood a decision rule gives a type: 1 − ε_tr if the rule yields the observed decision, else ε_tr.</summary>
    public const double Tremble = 0.01;

    /// <summary>Divides by the left-to-right sum.</summary>
    public static ImmutableArray<double> Normalise(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var z = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            z += weights[i];
        }
        if (!(z > 0))
        {
            throw new ArgumentException("weights must have a positive sum", nameof(weights));
        }
        var builder = ImmutableArray.CreateBuilder<double>(weights.Count);
        for (var i = 0; i < weights.Count; i++)
        {
            builder.Add(weights[i] / z);
        }
        return builder.MoveToImmutable();
    }

    /// <summary>The trembling-hand likelihood of an observed decision given whether the type's rule yields it.</summary>
    public static double TrembleLikelihood(bool ruleYieldsObserved) => ruleYieldsObserved ? 1.0 - Tremble : Tremble;

    /// <summary>
    /// Bayes' rule. When the evidence has zero probability under the prior the belief is left unchanged
    /// and <c>Updated</c> is false (the engine logs it rather than inventing a posterior).
    /// </summary>
    public static (ImmutableArray<double> Posterior, bool Updated) Update(IReadOnlyList<double> prior, IReadOnlyList<double> likelihood)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(likelihood);
        if (prior.Count != likelihood.Count)
        {
            throw new ArgumentException("one likelihood per type", nameof(likelihood));
        }
        var z = 0.0;
        for (var i = 0; i < prior.Count; i++)
        {
            z += prior[i] * likelihood[i];
        }
        if (z <= 0)
        {
            return ([.. prior], false);
        }
        var builder = ImmutableArray.CreateBuilder<double>(prior.Count);
        for (var i = 0; i < prior.Count; i++)
        {
            builder.Add(prior[i] * likelihood[i] / z);
        }
        return (builder.MoveToImmutable(), true);
    }

    /// <summary>Updates one grid's weights.</summary>
    public static (TypeGrid Posterior, bool Updated) Update(TypeGrid prior, IReadOnlyList<double> likelihood)
    {
        ArgumentNullException.ThrowIfNull(prior);
        var (posterior, updated) = Update(prior.Weights, likelihood);
        return (prior.WithWeights(posterior), updated);
    }

    /// <summary>The expected value of <paramref name="points"/> under <paramref name="weights"/>, summed left to right.</summary>
    public static double Mean(IReadOnlyList<double> points, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(weights);
        var m = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            m += points[i] * weights[i];
        }
        return m;
    }
}

namespace Entente.Models.Spatial;

/// <summary>
/// KTAB's probability of coalition equilibrium: voters weigh in on every pair of options, the coalitions
/// give victory probabilities, and the PCE model turns those into each option's probability of prevailing.
/// </summary>
internal static class CoalitionEquilibrium
{
    private const int MarkovIterationLimit = 1000;

    /// <summary>
    /// Coalition strengths C[i·m + j] for option i against j over <paramref name="options"/> options, where
    /// <paramref name="utilities"/>[o·voters + k] is voter k's utility of option o.
    /// </summary>
    public static double[] Coalitions(ReadOnlySpan<double> utilities, ReadOnlySpan<double> weights, int options, VotingRule rule, ILoopRunner? loops = null) =>
        CoalitionStrengths.Of(utilities, weights, options, rule, loops);

    /// <summary>Victory probabilities V[i·m + j] that option i beats j; V(i, i) = ½.</summary>
    public static double[] VictoryMatrix(double[] coalitions, int options, VictoryModel model)
    {
        var v = new double[options * options];
        for (var i = 0; i < options; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (pij, pji) = Voting.VictoryProbabilities(model, coalitions[i * options + j], coalitions[j * options + i]);
                v[i * options + j] = pij;
                v[j * options + i] = pji;
            }
            v[i * options + i] = 0.5;
        }
        return v;
    }

    /// <summary>Each option's probability of prevailing, from the coalitions by the PCE model.</summary>
    public static double[] Probabilities(double[] coalitions, int options, VictoryModel victory, PceModel pce)
    {
        var v = VictoryMatrix(coalitions, options, victory);
        return pce switch
        {
            PceModel.Conditional => Conditional(v, options),
            PceModel.MarkovUniform => MarkovUniform(v, options),
            PceModel.MarkovIncentive => MarkovIncentive(coalitions, v, options),
            _ => throw new ArgumentOutOfRangeException(nameof(pce)),
        };
    }

    /// <summary>
    /// Coalitions then probabilities: KTAB's scalarPCE over <paramref name="options"/> options; the coalitions on
    /// <paramref name="device"/> when given (the same numbers).
    /// </summary>
    public static double[] Probabilities(ReadOnlySpan<double> utilities, ReadOnlySpan<double> weights, int options, SpatialOptions model, ILoopRunner? loops = null,
        ISpatialDevice? device = null) =>
        Probabilities(device is not null
            ? device.Coalitions(utilities.ToArray(), weights.ToArray(), options, model.VotingRule)
            : Coalitions(utilities, weights, options, model.VotingRule, loops), options, model.VictoryModel, model.PceModel);

    /// <summary>P(i) ∝ Π_j V(i, j): the chance that i beats every alternative, conditional on one option doing so.</summary>
    public static double[] Conditional(double[] v, int options)
    {
        var p = new double[options];
        double total = 0, largest = 0;
        for (var i = 0; i < options; i++)
        {
            var product = 1.0;
            for (var j = 0; j < options; j++)
            {
                product *= v[i * options + j];
            }
            p[i] = product;
            total += product;
            largest = Math.Max(largest, product);
        }
        // With hundreds of options the products underflow; logarithms give the same ratios.
        if (largest < 1e-280)
        {
            return ConditionalInLogs(v, options);
        }
        for (var i = 0; i < options; i++)
        {
            p[i] /= total;
        }
        return p;
    }

    private static double[] ConditionalInLogs(double[] v, int options)
    {
        var logs = new double[options];
        var largest = double.NegativeInfinity;
        for (var i = 0; i < options; i++)
        {
            double sum = 0;
            for (var j = 0; j < options; j++)
            {
                sum += Math.Log(v[i * options + j]);
            }
            logs[i] = sum;
            largest = Math.Max(largest, sum);
        }
        double total = 0;
        for (var i = 0; i < options; i++)
        {
            logs[i] = Math.Exp(logs[i] - largest);
            total += logs[i];
        }
        for (var i = 0; i < options; i++)
        {
            logs[i] /= total;
        }
        return logs;
    }

    /// <summary>Markov chain with uniform challenges, damped by averaging each step with the last (tolerance 1e-6).</summary>
    public static double[] MarkovUniform(double[] v, int options)
    {
        var p = Uniform(options);
        var q = new double[options];
        var change = 1.0;
        for (var iteration = 0; change > 1e-6 && iteration < MarkovIterationLimit; iteration++)
        {
            change = 0;
            for (var i = 0; i < options; i++)
            {
                double pi = 0;
                for (var j = 0; j < options; j++)
                {
                    pi += v[i * options + j] * (p[i] + p[j]);
                }
                q[i] = pi / options;
                change = Math.Max(change, Math.Abs(q[i] - p[i]));
            }
            for (var i = 0; i < options; i++)
            {
                p[i] = (p[i] + q[i]) / 2.0;
            }
        }
        return p;
    }

    /// <summary>Markov chain whose challenges come in proportion to C(i, j)·V(i, j), damped as above (tolerance 1e-8).</summary>
    public static double[] MarkovIncentive(double[] coalitions, double[] v, int options)
    {
        var incentive = new double[options * options];
        for (var i = 0; i < options; i++)
        {
            for (var j = 0; j < options; j++)
            {
                incentive[i * options + j] = coalitions[i * options + j] * v[i * options + j] + (i == j ? 1e-10 : 0);
            }
        }
        var challenge = new double[options * options];
        for (var j = 0; j < options; j++)
        {
            double sum = 0;
            for (var k = 0; k < options; k++)
            {
                sum += incentive[k * options + j];
            }
            for (var i = 0; i < options; i++)
            {
                challenge[i * options + j] = incentive[i * options + j] / sum;
            }
        }
        var p = Uniform(options);
        var q = new double[options];
        var change = 1.0;
        for (var iteration = 0; change > 1e-8 && iteration < MarkovIterationLimit; iteration++)
        {
            change = 0;
            for (var i = 0; i < options; i++)
            {
                double qi = 0;
                for (var j = 0; j < options; j++)
                {
                    // ct(i, j) = p_i P[j → i]; ct(j, i) = p_j P[i → j].
                    var contests = p[i] * challenge[j * options + i] + p[j] * challenge[i * options + j];
                    qi += v[i * options + j] * contests;
                }
                q[i] = qi;
                change = Math.Max(change, Math.Abs(q[i] - p[i]));
            }
            for (var i = 0; i < options; i++)
            {
                p[i] = (p[i] + q[i]) / 2.0;
            }
        }
        return p;
    }

    private static double[] Uniform(int options)
    {
        var p = new double[options];
        Array.Fill(p, 1.0 / options);
        return p;
    }
}

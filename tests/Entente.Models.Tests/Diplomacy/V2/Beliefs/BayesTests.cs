using CsCheck;
using Entente.Models.Diplomacy.Beliefs;

namespace Entente.Models.Tests.Diplomacy.V2.Beliefs;

/// <summary>Exact Bayes with stored marginals (specification §6.1; W2, P3, P23).</summary>
public sealed class BayesTests
{
    [Fact]
    public void A_firm_stand_raises_believed_resolve_and_a_concession_lowers_it()
    {
        // BdM: resolve is the probability of resisting, so a firm stand has likelihood r, a concession 1 − r.
        var prior = TypeGrid.Uncertain(0.7);
        var (firm, _) = Probability.Update(prior, [.. prior.Points]);
        var (conceded, _) = Probability.Update(prior, [.. prior.Points.Select(r => 1 - r)]);

        Near.Equal([0.0634920634921, 0.174603174603, 0.333333333333, 0.269841269841, 0.15873015873], firm.Weights);
        Near.Equal(0.742857142857, firm.Mean);
        Near.Equal([0.222222222222, 0.333333333333, 0.333333333333, 0.111111111111, 0], conceded.Weights);
        Near.Equal(0.6, conceded.Mean);
    }

    [Fact]
    public void A_cutoff_decision_with_a_tremble_keeps_a_little_weight_below_the_cutoff()
    {
        var prior = TypeGrid.Uncertain(0.7);
        var (posterior, _) = Probability.Update(prior, [.. prior.Points.Select(r => Probability.TrembleLikelihood(r >= 0.7))]);
        Near.Equal([0.00167504187605, 0.00335008375209, 0.497487437186, 0.331658291457, 0.165829145729], posterior.Weights);
        Near.Equal(0.798492462312, posterior.Mean);
    }

    [Fact]
    public void A_joint_update_is_exact_and_its_marginals_are_stored()
    {
        var joint = new JointGrid([TypeGrid.Of([0.4, 0.8], [0.5, 0.5]), TypeGrid.Of([0.0, 1.0], [0.7, 0.3])]);
        var likelihood = Enumerable.Range(0, joint.Count)
            .Select(t => Probability.TrembleLikelihood(0.5 * joint.ValueOf(t, 0) - 0.3 + 0.2 * joint.ValueOf(t, 1) >= 0))
            .ToArray();

        var (posterior, _) = Probability.Update(joint.Weights, likelihood);
        var (marginals, updated) = joint.Update(likelihood);

        Assert.True(updated);
        Near.Equal([0.00540958268934, 0.229520865533, 0.535548686244, 0.229520865533], posterior);
        Near.Equal([0.234930448223, 0.765069551777], marginals[0].Weights);
        Near.Equal([0.540958268934, 0.459041731066], marginals[1].Weights);
    }

    [Fact]
    public void Impossible_evidence_leaves_the_belief_unchanged()
    {
        var prior = TypeGrid.Of([0.2, 0.6], [0.3, 0.7]);
        var (posterior, updated) = Probability.Update(prior, [0.0, 0.0]);
        Assert.False(updated);
        Assert.Equal(prior.Weights.ToArray(), posterior.Weights.ToArray());
    }

    private static readonly Gen<double[]> Weights = Gen.Double[0.001, 1].Array[2, 9];

    [Fact]
    public void Posteriors_sum_to_one_and_point_masses_never_move()
    {
        Gen.Select(Weights, Gen.Double[0, 1].Array[9]).Sample((prior, lik) =>
        {
            var l = lik.Take(prior.Length).ToArray();
            var (posterior, updated) = Probability.Update(Probability.Normalise(prior), l);
            if (updated)
            {
                Assert.Equal(1.0, posterior.Sum(), 12);
            }
            var (point, _) = Probability.Update(TypeGrid.Point(0.4), [l[0]]);
            Assert.Equal(1.0, point.Weights[0]);
        });
    }

    [Fact]
    public void Two_one_dimensional_observations_commute()
    {
        Gen.Select(Weights, Gen.Double[0.001, 1].Array[9], Gen.Double[0.001, 1].Array[9]).Sample((prior, a, b) =>
        {
            var n = prior.Length;
            var p = Probability.Normalise(prior);
            var ab = Probability.Update(Probability.Update(p, a[..n]).Posterior, b[..n]).Posterior;
            var ba = Probability.Update(Probability.Update(p, b[..n]).Posterior, a[..n]).Posterior;
            for (var i = 0; i < n; i++)
            {
                Assert.True(Math.Abs(ab[i] - ba[i]) <= 1e-12, $"{ab[i]} vs {ba[i]}");
            }
        });
    }

    [Fact]
    public void Learning_from_moves_a_stand_strictly_raises_and_a_concession_strictly_lowers_believed_resolve()
    {
        // P23, for any non-degenerate prior on a resolve grid inside (0, 1].
        Gen.Select(Gen.Double[0.05, 1].Array[2, 9], Gen.Double[0.01, 1].Array[9]).Sample((raw, w) =>
        {
            var points = raw.Distinct().Order().ToArray();
            if (points.Length < 2)
            {
                return;
            }
            var prior = TypeGrid.Of(points, w[..points.Length]);
            var firm = Probability.Update(prior, [.. prior.Points]).Posterior.Mean;
            var conceded = Probability.Update(prior, [.. prior.Points.Select(r => 1 - r)]).Posterior.Mean;
            Assert.True(firm > prior.Mean, $"stand {firm} vs {prior.Mean}");
            Assert.True(conceded < prior.Mean, $"concession {conceded} vs {prior.Mean}");
        });
    }
}

using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>
/// Learning from the base model's moves (specification §6.4): an actor pressed to move (standing more than
/// θ_move from the forecast) that concedes toward it reveals low resolve, one that stands firm high resolve
/// (BdM: resolve is the probability of resisting). Every observer sees it; layer decisions are read elsewhere.
/// </summary>
internal static class MoveLearning
{
    public static void Apply(LayerCast cast, LayerState start, double[,] proposed, double[] forecast, bool[,] movedByLayer, EumEngine?[] engines, BeliefBook learned)
    {
        var theta = cast.Parameters.ThetaMove;
        var lambda = cast.Parameters.Lambda;
        // The posteriors of one move by the belief they were read from: one dictionary, emptied for every move.
        var read = new Dictionary<TypeGrid, TypeGrid>(ReferenceEqualityComparer.Instance);
        for (var d = 0; d < cast.IssueCount; d++)
        {
            if (engines[d] is null)
            {
                continue;
            }
            var dim = LayerCast.ResolveOn(d);
            foreach (var j in cast.Members[d])
            {
                var before = start.Positions[j, d];
                if (movedByLayer[j, d] || cast.Distance(d, before, forecast[d]) <= theta)
                {
                    continue;
                }
                var concession = cast.Distance(d, before, forecast[d]) - cast.Distance(d, proposed[j, d], forecast[d]) > theta;
                read.Clear();
                foreach (var h in cast.Observers)
                {
                    if (cast.IsComposite(j))
                    {
                        // Composite: r = Σ_f w_f r_fd on the joint faction grid (§6.4).
                        if (h != j)
                        {
                            learned.Update(h, j, [dim], r => Math.Pow(concession ? 1 - r[0] : r[0], lambda));
                        }
                        continue;
                    }
                    var belief = learned[h, j, dim];
                    if (h == j || belief.IsPoint)
                    {
                        continue;
                    }
                    // Observers who held the same belief (a shared grid) learn the same: computed once per move.
                    if (!read.TryGetValue(belief, out var posterior))
                    {
                        var likelihood = belief.Points.Select(r => Math.Pow(concession ? 1 - r : r, lambda)).ToArray();
                        posterior = Probability.Update(belief, likelihood).Posterior;
                        read[belief] = posterior;
                    }
                    learned.Set(h, j, dim, posterior);
                }
            }
        }
    }
}

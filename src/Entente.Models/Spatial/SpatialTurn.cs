using Entente.Models.Common;

namespace Entente.Models.Spatial;

/// <summary>
/// One turn of KTAB's SMP (its doBCN): each actor picks its most advantageous target and proposes an
/// interpolated bargain; then each actor weighs its status quo against every bargain it is party to, by
/// a capability-weighted PCE over everyone's utilities, and adopts one.
/// </summary>
internal sealed class SpatialTurn
{
    /// <summary>Gains at or below this are not worth a challenge.</summary>
    public const double MinSignificantGain = 1e-5;

    private readonly SpatialActors _actors;
    private readonly SpatialOptions _options;
    private readonly ulong _seed;
    private readonly ILoopRunner? _loops;
    private readonly ISpatialDevice? _device;

    public SpatialTurn(SpatialActors actors, SpatialOptions options, ulong seed, ILoopRunner? loops = null, ISpatialDevice? device = null)
    {
        _loops = loops;
        _device = device;
        _actors = actors;
        _options = options;
        _seed = seed;
    }

    public TurnOutcome Play(TurnAnalysis analysis)
    {
        var n = _actors.Count;
        var proposals = new ProposedBargain[n][];
        var formed = new FormedBargain?[n];
        var evaluator = new ChallengeEvaluator(_actors, analysis, _options);
        // Every initiator's sweep over its targets at once, on the device, when there is one: the same numbers.
        var swept = _device?.Run(_actors, analysis, _options);
        ParallelPlan.Run(_loops, n, swept is null ? (long)n * n * n : (long)n * n, i =>
        {
            (formed[i], proposals[i]) = Propose(evaluator, analysis.State, i, swept);
        });

        var offered = proposals.SelectMany(p => p).ToArray();
        var statusQuo = StateUtilities.StatusQuo(analysis);
        var after = new double[offered.Length][];
        if (_device is not null && offered.Length > 0)
        {
            // Every bargain's row at once on the device (n² utilities, each a sum over n positions).
            var rows = _device.After(_actors, analysis, offered);
            for (var b = 0; b < offered.Length; b++)
            {
                after[b] = rows.AsSpan(b * n, n).ToArray();
            }
        }
        else
        {
            ParallelPlan.Run(_loops, offered.Length, (long)offered.Length * n * n, b =>
            {
                after[b] = StateUtilities.After(_actors, analysis, offered[b]);
            });
        }
        var queues = Queues(offered);
        var positions = new double[analysis.State.Positions.Length];
        ParallelPlan.Run(_loops, n, (long)n * n * 4, k =>
        {
            var chosen = Resolve(analysis, queues[k], k, statusQuo, after);
            var source = chosen < 0 ? analysis.State.Position(k) : offered[chosen].PositionOf(k);
            source.CopyTo(positions.AsSpan(k * _actors.Dimensions, _actors.Dimensions));
        });

        var bargains = formed.Where(b => b is not null).Select(b => b!.Value).ToArray();
        return new TurnOutcome(new SpatialState(analysis.State.Turn + 1, positions, _actors.Dimensions), bargains);
    }

    private (FormedBargain?, ProposedBargain[]) Propose(ChallengeEvaluator evaluator, SpatialState state, int i, (double[] Probabilities, double[] Gains)? swept)
    {
        var n = _actors.Count;
        var risk = new double[n];
        var utilityOfI = new double[n];
        var utilityOfOwn = new double[n];
        ReadOnlySpan<double> probabilities, gains;
        if (swept is { } rows)
        {
            probabilities = rows.Probabilities.AsSpan(i * n, n);
            gains = rows.Gains.AsSpan(i * n, n);
        }
        else
        {
            var p = new double[n];
            var g = new double[n];
            evaluator.Prepare(i, i, risk, utilityOfI, utilityOfOwn);
            evaluator.EvaluateTargets(i, risk, utilityOfI, utilityOfOwn, p, g);
            probabilities = p;
            gains = g;
        }
        var bestJ = -1;
        var bestGain = -1.0;
        var bestProbability = 0.0;
        for (var j = 0; j < n; j++)
        {
            if (j != i && MinSignificantGain < gains[j] && bestGain < gains[j])
            {
                (bestJ, bestGain, bestProbability) = (j, gains[j], probabilities[j]);
            }
        }
        if (bestJ < 0)
        {
            return (null, []);
        }
        var target = bestJ;
        var initiatorView = BargainInterpolation.Interpolate(_actors, i, target, state.Position(i), state.Position(target),
            bestProbability, 1 - bestProbability, _options.Interpolation);
        var formed = new FormedBargain(i, target, bestGain, bestProbability);
        if (_options.BargainingModel == BargainingModel.InitOnlyInterp)
        {
            return (formed, [initiatorView]);
        }

        // The receiver's view of the same challenge.
        evaluator.Prepare(target, i, risk, utilityOfI, utilityOfOwn);
        var receiverEstimate = evaluator.Evaluate(i, i, target, risk, utilityOfI, utilityOfOwn);
        // KTAB passes the receiver's estimate of the initiator's gain where it means the probability.
        var pReceiver = _options.Corrected ? receiverEstimate.Probability : receiverEstimate.Gain;
        var receiverView = BargainInterpolation.Interpolate(_actors, i, target, state.Position(i), state.Position(target),
            pReceiver, 1 - pReceiver, _options.Interpolation);
        if (_options.BargainingModel == BargainingModel.InitRcvrInterp)
        {
            return (formed, [initiatorView, receiverView]);
        }
        return (formed, [Compromise(i, target, initiatorView, receiverView)]);
    }

    // The power-weighted compromise; KTAB weighs the receiver's view with the initiator's capability.
    private ProposedBargain Compromise(int i, int j, ProposedBargain initiatorView, ProposedBargain receiverView)
    {
        var wi = _actors.Capabilities[i] * _actors.SalienceTotals[i];
        var wj = (_options.Corrected ? _actors.Capabilities[j] : _actors.Capabilities[i]) * _actors.SalienceTotals[j];
        var dims = _actors.Dimensions;
        var bi = new double[dims];
        var bj = new double[dims];
        for (var k = 0; k < dims; k++)
        {
            bi[k] = (wi * initiatorView.InitiatorPosition[k] + wj * receiverView.InitiatorPosition[k]) / (wi + wj);
            bj[k] = (wi * initiatorView.ReceiverPosition[k] + wj * receiverView.ReceiverPosition[k]) / (wi + wj);
        }
        return new ProposedBargain(i, j, bi, bj);
    }

    // Each actor's queue of bargains it is party to, by initiator, as indices into the offered bargains; its status quo comes first, implicitly.
    private List<int>[] Queues(ProposedBargain[] offered)
    {
        var queues = new List<int>[_actors.Count];
        for (var k = 0; k < queues.Length; k++)
        {
            queues[k] = [];
        }
        for (var b = 0; b < offered.Length; b++)
        {
            queues[offered[b].Initiator].Add(b);
            queues[offered[b].Receiver].Add(b);
        }
        return queues;
    }

    // The offered bargain actor k adopts, or −1 for its status quo.
    private int Resolve(TurnAnalysis analysis, List<int> queue, int k, double[] statusQuo, double[][] after)
    {
        if (queue.Count == 0)
        {
            return -1;
        }
        var n = _actors.Count;
        var options = queue.Count + 1;
        var utilities = new double[options * n];
        statusQuo.CopyTo(utilities, 0);
        for (var m = 0; m < queue.Count; m++)
        {
            after[queue[m]].CopyTo(utilities, (m + 1) * n);
        }
        var p = CoalitionEquilibrium.Probabilities(utilities, _actors.Capabilities, options, _options, _loops);
        var chosen = _options.StateTransition == StateTransition.Deterministic
            ? MostProbable(p)
            : Draw(p, CounterRandom.At(_seed, (ulong)analysis.State.Turn, (ulong)k));
        return chosen == 0 ? -1 : queue[chosen - 1];
    }

    private static int MostProbable(double[] p)
    {
        var best = 0;
        var largest = -1.0;
        for (var m = 0; m < p.Length; m++)
        {
            if (largest < Math.Abs(p[m]))
            {
                (best, largest) = (m, Math.Abs(p[m]));
            }
        }
        return best;
    }

    // Draw k of stream (seed, turn) picks actor k's bargain, so the result does not depend on thread order.
    private static int Draw(double[] p, ulong bits)
    {
        var u = (bits >> 11) * (1.0 / (1UL << 53));
        double cumulative = 0;
        for (var m = 0; m < p.Length; m++)
        {
            cumulative += p[m];
            if (u <= cumulative)
            {
                return m;
            }
        }
        return p.Length - 1;
    }
}

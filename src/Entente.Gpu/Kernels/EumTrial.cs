using Entente.Models;
using Entente.Models.Common;
using Entente.Models.ExpectedUtility;
using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// The expected utility model (variant bdm) on one issue of one trial, on the device: every round of
/// <see cref="EumEngine"/>'s row-by-row path, the same formulas in one thread's scratch. Positions are sorted each
/// round (by position, ties by input order); the bdm probability of a pair comes from prefix sums of the vote weights
/// and the slot of the pair's midpoint, found by binary search (O(n log n) a receiver); the risk exponents from the
/// risk-neutral dangers of <see cref="NeutralDanger"/>; the powers from <see cref="RiskCurve"/> itself. Sums run in
/// slot order where the CPU's vector paths run eight lanes, so the last bits may differ: the forecasts agree to about
/// 1e-12 wherever no decision (the least-movement offer, the convergence test) sits on a tie.
/// </summary>
internal static class EumTrial
{
    private const int Position = 0, Next = 1, Salience = 2, Weight = 3, SortedPosition = 4, SortedWeight = 5, SortedSalience = 6,
        WeightBefore = 7, MomentBefore = 8, MedianGap = 9, Lead = 10, Reach = 11, Danger = 12, Risk = 13;
    private const int Order = 0, SlotOf = 1, BlockStart = 2, BlockEnd = 3;

    /// <summary>
    /// The forecast (the weighted median of the final positions) for the n participants already drawn into the
    /// scratch's position, salience and capability arrays.
    /// </summary>
    public static double Forecast(int n, Scratch scratch, EumSettings settings)
    {
        var x = scratch.D(Position);
        var s = scratch.D(Salience);
        var w = scratch.D(Weight);
        var capability = scratch.D(Capability);
        for (var p = 0; p < n; p++)
        {
            w[p] = capability[p] * s[p];
        }
        double low = x[0], high = x[0];
        for (var p = 1; p < n; p++)
        {
            low = low < x[p] ? low : x[p];
            high = high > x[p] ? high : x[p];
        }
        var delta = high - low;
        if (n < 2 || !(delta > 0))
        {
            return BaselineForecasts.Median(n, x, s, capability, scratch.I(Order));
        }
        for (var round = 1; round <= settings.Rounds; round++)
        {
            var largestMove = Step(n, scratch, settings, delta);
            if (largestMove < settings.Tolerance * delta)
            {
                break;
            }
        }
        return EndMedian(n, scratch);
    }

    /// <summary>The scratch array the trial's positions are drawn into.</summary>
    public const int PositionArray = Position;

    /// <summary>The scratch array the trial's saliences (0-1) are drawn into.</summary>
    public const int SalienceArray = Salience;

    /// <summary>The scratch array the trial's capabilities are drawn into.</summary>
    public const int CapabilityArray = Capability;

    private const int Capability = 14;

    /// <summary>One round: sort, risk exponents, every receiver's best offer, all moves at once; the largest move.</summary>
    private static double Step(int n, Scratch scratch, EumSettings settings, double delta)
    {
        Sort(n, scratch, delta);
        AssignRisk(n, scratch, settings, delta);
        var x = scratch.D(SortedPosition);
        var positions = scratch.D(Position);
        var next = scratch.D(Next);
        var order = scratch.I(Order);
        var risk = scratch.D(Risk);
        double largestMove = 0;
        for (var slot = 0; slot < n; slot++)
        {
            var receiver = order[slot];
            var moved = Offer(n, scratch, settings, delta, slot, risk[receiver]);
            next[receiver] = moved;
            var move = moved - positions[receiver];
            move = move < 0 ? -move : move;
            largestMove = largestMove > move ? largestMove : move;
        }
        for (var p = 0; p < n; p++)
        {
            positions[p] = next[p];
        }
        return largestMove;
    }

    /// <summary>The sorted view of the round's start: order, blocks of equal positions, prefix sums, μ and the gaps to it.</summary>
    private static void Sort(int n, Scratch scratch, double delta)
    {
        var order = scratch.I(Order);
        var slotOf = scratch.I(SlotOf);
        var start = scratch.I(BlockStart);
        var end = scratch.I(BlockEnd);
        var x = scratch.D(SortedPosition);
        var sw = scratch.D(SortedWeight);
        var ss = scratch.D(SortedSalience);
        var wb = scratch.D(WeightBefore);
        var mb = scratch.D(MomentBefore);
        var saliences = scratch.D(Salience);
        SortPositions(n, scratch);
        double total = 0, moment = 0;
        for (var t = 0; t < n; t++)
        {
            var actor = order[t];
            slotOf[actor] = t;
            ss[t] = saliences[actor];
            wb[t] = total;
            mb[t] = moment;
            total += sw[t];
            moment += sw[t] * x[t];
        }
        wb[n] = total;
        mb[n] = moment;
        for (var t = 0; t < n;)
        {
            var after = t + 1;
            while (after < n && x[after] == x[t])
            {
                after++;
            }
            for (var k = t; k < after; k++)
            {
                start[k] = t;
                end[k] = after;
            }
            t = after;
        }
        var median = MedianOfSorted(n, x, sw, scratch.D(Weight));
        var gap = scratch.D(MedianGap);
        for (var t = 0; t < n; t++)
        {
            var d = x[t] - median;
            gap[t] = (d < 0 ? -d : d) / delta;
        }
    }

    /// <summary>ForecastStatistics.MedianOfSorted: the total summed in input order, the cumulative in sorted order.</summary>
    private static double MedianOfSorted(int n, ThreadArray<double> sortedPositions, ThreadArray<double> sortedWeights, ThreadArray<double> inputWeights)
    {
        double total = 0;
        for (var p = 0; p < n; p++)
        {
            total += inputWeights[p];
        }
        var half = (total > 0 ? total : n) / 2.0;
        double cumulative = 0;
        for (var t = 0; t < n; t++)
        {
            cumulative += total > 0 ? sortedWeights[t] : 1.0;
            if (cumulative >= half)
            {
                return sortedPositions[t];
            }
        }
        return sortedPositions[n - 1];
    }

    /// <summary>The weighted median of the final positions (sorted afresh: the last round moved them).</summary>
    private static double EndMedian(int n, Scratch scratch)
    {
        SortPositions(n, scratch);
        return MedianOfSorted(n, scratch.D(SortedPosition), scratch.D(SortedWeight), scratch.D(Weight));
    }

    /// <summary>The actors in position order (ties by input order), with their positions and weights in that order.</summary>
    private static void SortPositions(int n, Scratch scratch)
    {
        var positions = scratch.D(Position);
        var weights = scratch.D(Weight);
        var order = scratch.I(Order);
        var x = scratch.D(SortedPosition);
        var sw = scratch.D(SortedWeight);
        BaselineForecasts.SortByPosition(n, positions, order);
        for (var t = 0; t < n; t++)
        {
            x[t] = positions[order[t]];
            sw[t] = weights[order[t]];
        }
    }

    /// <summary>The number of sorted positions below <paramref name="m"/>.</summary>
    private static int Below(int n, ThreadArray<double> x, double m)
    {
        int low = 0, high = n;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (x[middle] < m)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Risk exponents from the risk-neutral dangers (NeutralDanger.Fill, then EumEngine.AssignRisk).</summary>
    private static void AssignRisk(int n, Scratch scratch, EumSettings settings, double delta)
    {
        var x = scratch.D(SortedPosition);
        var wb = scratch.D(WeightBefore);
        var mb = scratch.D(MomentBefore);
        var lead = scratch.D(Lead);
        var reach = scratch.D(Reach);
        var danger = scratch.D(Danger);
        var gap = scratch.D(MedianGap);
        var ss = scratch.D(SortedSalience);
        var start = scratch.I(BlockStart);
        var end = scratch.I(BlockEnd);
        var total = wb[n];
        for (var t = 0; t < n; t++)
        {
            lead[t] = 0;
            reach[t] = 0;
        }
        var lanes = settings.Lanes;
        for (var i = 0; i < n; i++)
        {
            var xi = x[i];
            var afterLast = end[i];
            double leadI = 0, reachI = 0;
            // NeutralDanger's vector pass: whole chunks of lanes, each lane summing its own pairs, the lanes then added
            // lane 0 first; the rest one by one.
            var chunked = lanes > 0 ? (n - afterLast) / lanes * lanes : 0;
            for (var lane = 0; lane < lanes && chunked > 0; lane++)
            {
                double leadLane = 0, reachLane = 0;
                for (var j = afterLast + lane; j < afterLast + chunked; j += lanes)
                {
                    var length = x[j] - xi;
                    var edge = Edge(n, x, wb, mb, start, total, xi, afterLast, j, length);
                    leadLane += edge;
                    lead[j] -= edge;
                    reachLane += length;
                    reach[j] += length;
                }
                leadI += leadLane;
                reachI += reachLane;
            }
            for (var j = afterLast + chunked; j < n; j++)
            {
                var length = x[j] - xi;
                var edge = Edge(n, x, wb, mb, start, total, xi, afterLast, j, length);
                leadI += edge;
                lead[j] -= edge;
                reachI += length;
                reach[j] += length;
            }
            lead[i] += leadI;
            reach[i] += reachI;
        }
        double gaps = 0;
        for (var t = 0; t < n; t++)
        {
            gaps += gap[t];
        }
        var statusQuo = (1 - settings.Q) * (2 * settings.T - 1);
        double most = double.NegativeInfinity, least = double.PositiveInfinity;
        for (var t = 0; t < n; t++)
        {
            var si = ss[t];
            var leadT = lead[t] / delta;
            var reachT = reach[t] / delta;
            var d = 2 * si * leadT + 2 * (1 - si) * reachT - statusQuo * (gaps - gap[t] + reachT);
            danger[t] = d;
            most = most > d ? most : d;
            least = least < d ? least : d;
        }
        var order = scratch.I(Order);
        var risk = scratch.D(Risk);
        for (var t = 0; t < n; t++)
        {
            var relative = most > least ? (2 * danger[t] - most - least) / (most - least) : 0;
            risk[order[t]] = (1 - relative / 3) / (1 + relative / 3);
        }
    }

    /// <summary>d·(P_ji − P_ij) for the pair of slots i (at <paramref name="xi"/>, its block ending at <paramref name="afterLast"/>) and j to its right.</summary>
    private static double Edge(int n, ThreadArray<double> x, ThreadArray<double> wb, ThreadArray<double> mb, ThreadArray<int> start, double total,
        double xi, int afterLast, int j, double length)
    {
        var m = 0.5 * (xi + x[j]);
        var mid = Below(n, x, m);
        var j0 = start[j];
        var forI = Positive(length * wb[afterLast] + 2 * (m * (wb[mid] - wb[afterLast]) - (mb[mid] - mb[afterLast])));
        var forJ = Positive(length * (total - wb[j0]) + 2 * ((mb[j0] - mb[mid]) - m * (wb[j0] - wb[mid])));
        var all = forI + forJ;
        return all > 0 ? length * (forJ - forI) / all : 0;
    }

    /// <summary>Where the receiver in <paramref name="slot"/> ends the round: the least-movement offer it accepts, else where it stands.</summary>
    private static double Offer(int n, Scratch scratch, EumSettings settings, double delta, int slot, double risk)
    {
        var x = scratch.D(SortedPosition);
        var ss = scratch.D(SortedSalience);
        var wb = scratch.D(WeightBefore);
        var mb = scratch.D(MomentBefore);
        var gap = scratch.D(MedianGap);
        var order = scratch.I(Order);
        var start = scratch.I(BlockStart);
        var end = scratch.I(BlockEnd);
        var total = wb[n];
        var xi = x[slot];
        var si = ss[slot];
        var first = start[slot];
        var afterLast = end[slot];
        var q = settings.Q;
        var statusQuo = q * RiskCurve.Of(0.5, risk);
        // The CPU's fused offer pass (BdmOfferRow) where it takes it: Q = 1 and a row of at least one vector.
        var fused = settings.Lanes > 0 && n >= settings.Lanes && q == 1;
        int best = -1;
        var bestMove = 0.0;
        var bestPosition = xi;
        for (var t = 0; t < n; t++)
        {
            if (t >= first && t < afterLast)
            {
                continue; // the same position: no offer to make
            }
            var xj = x[t];
            var m = 0.5 * (xi + xj);
            var mid = Below(n, x, m);
            double forI, forJ, length;
            if (t >= afterLast)
            {
                length = xj - xi;
                var j0 = start[t];
                forI = length * wb[afterLast] + 2 * (m * (wb[mid] - wb[afterLast]) - (mb[mid] - mb[afterLast]));
                forJ = length * (total - wb[j0]) + 2 * ((mb[j0] - mb[mid]) - m * (wb[j0] - wb[mid]));
            }
            else
            {
                length = xi - xj;
                var j1 = end[t];
                forI = length * (total - wb[first]) + 2 * ((mb[first] - mb[mid]) - m * (wb[first] - wb[mid]));
                forJ = length * wb[j1] + 2 * (m * (wb[mid] - wb[j1]) - (mb[mid] - mb[j1]));
            }
            forI = Positive(forI);
            forJ = Positive(forJ);
            var all = forI + forJ;
            double eij, eji;
            if (fused)
            {
                // BdmOfferRow's form of the same utilities: P_ji = 1 − P_ij, the powers always by UtilityPower, and
                // s_j[P U_s + (1 − P) U_f] + (1 − s_j) U_s − U_sq regrouped as U_s − U_sq − s_j (1 − P)(U_s − U_f).
                var pij = all > 0 ? forI / all : 0.5;
                var pji = all > 0 ? 1 - pij : 0.5;
                var d = length / delta;
                var success = 2 - 4 * UtilityPower.Of(0.5 - 0.5 * d, risk);
                var failure = 2 - 4 * UtilityPower.Of(0.5 + 0.5 * d, risk);
                var stake = success - failure;
                var gain = success - statusQuo;
                eij = gain - ss[t] * pji * stake;
                eji = gain - si * pij * stake;
            }
            else
            {
                var pij = all > 0 ? forI / all : 0.5;
                var pji = all > 0 ? forJ / all : 0.5;
                var d = length / delta;
                var success = Utility(0.5 - 0.5 * d, risk);
                var failure = Utility(0.5 + 0.5 * d, risk);
                double receiverChange = 0, proposerChange = 0;
                if (q < 1)
                {
                    receiverChange = StatusQuoChange(gap[slot], d, risk, settings);
                    proposerChange = StatusQuoChange(gap[t], d, risk, settings);
                }
                var sj = ss[t];
                eij = sj * (pij * success + (1 - pij) * failure) + (1 - sj) * success - statusQuo - receiverChange;
                eji = si * (pji * success + (1 - pji) * failure) + (1 - si) * success - statusQuo - proposerChange;
            }
            // OfferRule.Classify for bdm: confrontation, compromise or capitulation, else no offer.
            int kind;
            if (eji > eij && eij > 0)
            {
                kind = 0;
            }
            else if (eji > 0 && 0 > eij && eji > -eij)
            {
                kind = 1;
            }
            else if (eji > 0 && 0 > eij && eji < -eij)
            {
                kind = 2;
            }
            else
            {
                continue;
            }
            var position = kind == 1 ? OfferRule.NewPosition(OfferKind.Compromise, xi, xj, eij, eji) : xj;
            var move = position - xi;
            move = move < 0 ? -move : move;
            var proposer = order[t];
            if (best < 0 || move < bestMove || (move == bestMove && proposer < best))
            {
                best = proposer;
                bestMove = move;
                bestPosition = position;
            }
        }
        return bestPosition;
    }

    /// <summary>(1 − Q)[T·U(½ − ¼(g + d)) + (1 − T)·U(½ + ¼(g + d))], the change of the status quo (EumEngine.FillStatusQuoChange).</summary>
    private static double StatusQuoChange(double gap, double d, double risk, EumSettings settings)
    {
        var q = settings.Q;
        var better = (1 - q) * settings.T * Utility(0.5 - 0.25 * (gap + d), risk);
        return better + (1 - q) * (1 - settings.T) * Utility(0.5 + 0.25 * (gap + d), risk);
    }

    /// <summary>RiskCurve.Fill's value of one base: linear at r = 1, the portable power otherwise.</summary>
    private static double Utility(double b, double r) => r == 1 ? 2 - 4 * b : RiskCurve.Of(b, r);

    private static double Positive(double votes) => votes > 0 ? votes : 0;
}

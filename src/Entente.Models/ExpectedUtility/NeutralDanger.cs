namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The bdm danger D_i of every actor in the risk-neutral (r = 1) state, from sorted positions and prefix sums.
/// At r = 1 the utilities are linear in d (U_s = 2d, U_f = −2d, U_sq = 0, U_b = −U_w = g_j + d), so
///
///     E^i(U_ji) = 2d·s_i·(2P_ji − 1) + 2d·(1 − s_i) − (1 − Q)(2T − 1)(g_j + d),
///
/// and 2P_ji − 1 = −(2P_ij − 1): one unordered pair gives both actors' terms. A risk pass then costs one
/// probability per unordered pair and no power at all, half of what a row-by-row pass does.
/// </summary>
internal static class NeutralDanger
{
    /// <summary>D by sorted slot into <paramref name="danger"/>; <paramref name="lead"/>, <paramref name="reach"/> and <paramref name="mids"/> are scratch of length n.</summary>
    public static void Fill(SortedPositions s, double delta, double q, double t, Span<double> lead, Span<double> reach, Span<int> mids,
        Span<double> danger)
    {
        var x = s.Position.AsSpan();
        var w = s.WeightBefore.AsSpan();
        var wx = s.MomentBefore.AsSpan();
        var total = s.TotalWeight;
        var n = x.Length;
        lead.Clear();
        reach.Clear();

        // lead_i = Σ_j d_ij (2P_ji − 1) and reach_i = Σ_j d_ij; pairs inside a block have d = 0 and add nothing.
        for (var i = 0; i < n; i++)
        {
            var xi = x[i];
            var afterLast = s.BlockEnd[i];
            // Only the slots beyond i are read from here on, so only they are carried forward.
            if (i == 0)
            {
                MidpointSweep.Fill(s.Fence, xi, 0, n, mids);
            }
            else
            {
                MidpointSweep.Advance(s.Fence, xi, x[afterLast..], mids[afterLast..]);
            }
            double leadI = 0, reachI = 0;
            // The same sums as SortedBdmProbability's right-hand side: j beyond i.
            for (var j = afterLast; j < n; j++)
            {
                var xj = x[j];
                var length = xj - xi;
                var m = 0.5 * (xi + xj);
                var mid = mids[j];
                var j0 = s.BlockStart[j];
                var forI = Math.Max(0, length * w[afterLast] + 2 * (m * (w[mid] - w[afterLast]) - (wx[mid] - wx[afterLast])));
                var forJ = Math.Max(0, length * (total - w[j0]) + 2 * ((wx[j0] - wx[mid]) - m * (w[j0] - w[mid])));
                var all = forI + forJ;
                // Sums are of |x_i − x_j| and divided by Δ once at the end: one division per pair, not two.
                // With no votes either way both probabilities are ½ and the pair adds no lead to either side.
                var edge = all > 0 ? length * (forJ - forI) / all : 0;
                leadI += edge;
                lead[j] -= edge;
                reachI += length;
                reach[j] += length;
            }
            lead[i] += leadI;
            reach[i] += reachI;
        }

        double gaps = 0;
        for (var i = 0; i < n; i++)
        {
            gaps += s.MedianGap[i];
        }
        var statusQuo = (1 - q) * (2 * t - 1);
        for (var i = 0; i < n; i++)
        {
            var si = s.Salience[i];
            var leadI = lead[i] / delta;
            var reachI = reach[i] / delta;
            danger[i] = 2 * si * leadI + 2 * (1 - si) * reachI - statusQuo * (gaps - s.MedianGap[i] + reachI);
        }
    }
}

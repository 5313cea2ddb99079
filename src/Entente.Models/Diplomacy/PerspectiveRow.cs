using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy;

/// <summary>
/// E_ij and E_ji for one receiver against every proposer, from the positions and saliences the receiver
/// believes in (a <see cref="SortedPositions"/> filled with its view). The arithmetic is the EUM's,
/// operation for operation and on the same row layout, so that a view equal to the truth reproduces
/// the base model bit for bit.
/// </summary>
internal sealed class PerspectiveRow
{
    private readonly double[] _lowBase, _highBase, _success, _failure, _receiverStatusQuo, _proposerStatusQuo, _scratchBase, _scratchUtility;

    public PerspectiveRow(int count)
    {
        _lowBase = new double[count];
        _highBase = new double[count];
        _success = new double[count];
        _failure = new double[count];
        _receiverStatusQuo = new double[count];
        _proposerStatusQuo = new double[count];
        _scratchBase = new double[count];
        _scratchUtility = new double[count];
        Wins = new double[count];
        Losses = new double[count];
        Receiver = new double[count];
        Proposer = new double[count];
    }

    /// <summary>P_ij per proposer slot.</summary>
    public double[] Wins { get; }

    /// <summary>P_ji per proposer slot.</summary>
    public double[] Losses { get; }

    /// <summary>E_ij per proposer slot: what the receiver expects from challenging the proposer.</summary>
    public double[] Receiver { get; }

    /// <summary>E_ji per proposer slot: what the receiver believes the proposer expects from challenging it.</summary>
    public double[] Proposer { get; }

    /// <summary>Fills the row of the receiver in <paramref name="slot"/> with risk exponent <paramref name="risk"/>.</summary>
    public void Fill(SortedPositions s, IWinProbability probability, int slot, double risk, double delta, ExpectedUtilityOptions options)
    {
        var n = s.Count;
        probability.FillRow(slot, Wins, Losses);
        var xi = s.Position[slot];
        var si = s.Salience[slot];
        var q = options.Q;
        var statusQuo = q * RiskCurve.Of(0.5, risk);
        for (var t = 0; t < n; t++)
        {
            var d = Math.Abs(s.Position[t] - xi) / delta;
            _lowBase[t] = 0.5 - 0.5 * d;
            _highBase[t] = 0.5 + 0.5 * d;
        }
        RiskCurve.Fill(_lowBase, risk, _success);
        RiskCurve.Fill(_highBase, risk, _failure);
        if (q < 1)
        {
            StatusQuoChange(s, slot, s.MedianGap[slot], risk, delta, options, useProposerGap: false, _receiverStatusQuo);
            StatusQuoChange(s, slot, 0, risk, delta, options, useProposerGap: true, _proposerStatusQuo);
        }
        else
        {
            Array.Clear(_receiverStatusQuo);
            Array.Clear(_proposerStatusQuo);
        }
        for (var t = 0; t < n; t++)
        {
            var success = _success[t];
            var failure = _failure[t];
            var sj = s.Salience[t];
            var pij = Wins[t];
            var pji = Losses[t];
            Receiver[t] = sj * (pij * success + (1 - pij) * failure) + (1 - sj) * success - statusQuo - _receiverStatusQuo[t];
            Proposer[t] = si * (pji * success + (1 - pji) * failure) + (1 - si) * success - statusQuo - _proposerStatusQuo[t];
        }
    }

    private void StatusQuoChange(SortedPositions s, int slot, double receiverGap, double risk, double delta, ExpectedUtilityOptions options,
        bool useProposerGap, double[] into)
    {
        var n = s.Count;
        var xi = s.Position[slot];
        var q = options.Q;
        var better = options.T;
        for (var t = 0; t < n; t++)
        {
            var gap = useProposerGap ? s.MedianGap[t] : receiverGap;
            _scratchBase[t] = 0.5 - 0.25 * (gap + Math.Abs(s.Position[t] - xi) / delta);
        }
        RiskCurve.Fill(_scratchBase, risk, _scratchUtility);
        for (var t = 0; t < n; t++)
        {
            into[t] = (1 - q) * better * _scratchUtility[t];
        }
        for (var t = 0; t < n; t++)
        {
            var gap = useProposerGap ? s.MedianGap[t] : receiverGap;
            _scratchBase[t] = 0.5 + 0.25 * (gap + Math.Abs(s.Position[t] - xi) / delta);
        }
        RiskCurve.Fill(_scratchBase, risk, _scratchUtility);
        for (var t = 0; t < n; t++)
        {
            into[t] += (1 - q) * (1 - better) * _scratchUtility[t];
        }
    }
}

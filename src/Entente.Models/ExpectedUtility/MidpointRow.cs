namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The midpoint slots of the current receiver's row, kept from one receiver to the next. The passes of a
/// round take receivers in sorted order, so each row is the last one advanced a little
/// (<see cref="MidpointSweep.Advance(double[], double, ReadOnlySpan{double}, Span{int})"/>) rather than swept afresh; any other order sweeps anew.
/// </summary>
internal sealed class MidpointRow
{
    private int[] _mids = [];
    private double _receiver;
    private bool _valid;

    /// <summary>Forgets the row: the positions have changed (a new round).</summary>
    public void Reset() => _valid = false;

    /// <summary>
    /// <see cref="For(SortedPositions, double)"/>, and Σ c·s and Σ c·s·x over the positions below each midpoint
    /// into <paramref name="weightBelow"/> and <paramref name="momentBelow"/>, read in the same pass.
    /// </summary>
    public void For(SortedPositions sorted, double xi, Span<double> weightBelow, Span<double> momentBelow)
    {
        var n = sorted.Count;
        if (_mids.Length != n || !_valid || xi < _receiver)
        {
            For(sorted, xi);
        }
        // Advancing to the same receiver moves nothing; it still reads the sums.
        MidpointSweep.Advance(sorted.Fence, xi, sorted.Position, _mids, sorted.WeightBefore, sorted.MomentBefore, weightBelow, momentBelow);
        _receiver = xi;
        _valid = true;
    }

    /// <summary>For every slot t, the number of positions below (x_i + x_t)/2, for the receiver at <paramref name="xi"/>.</summary>
    public ReadOnlySpan<int> For(SortedPositions sorted, double xi)
    {
        var n = sorted.Count;
        if (_mids.Length != n)
        {
            _mids = new int[n];
            _valid = false;
        }
        if (!_valid || xi < _receiver)
        {
            MidpointSweep.Fill(sorted.Fence, xi, 0, n, _mids);
        }
        else if (xi > _receiver)
        {
            MidpointSweep.Advance(sorted.Fence, xi, sorted.Position, _mids);
        }
        _receiver = xi;
        _valid = true;
        return _mids;
    }
}

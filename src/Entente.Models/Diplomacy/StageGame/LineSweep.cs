namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// The sender types' gains along a mixing probability β, D_t(β) = A_t + β·B_t, arranged so that for any β the
/// types that claim (D &gt; ε), the indifferent block (|D| ≤ ε) and the silent types (D &lt; −ε) are summed in
/// O(log n) from prefix sums over the β at which each line enters and leaves the band |D| ≤ ε. The search for
/// mixed equilibria asks this for every candidate β of a pair of response states, which would otherwise cost a
/// pass over all types each time.
/// </summary>
internal sealed class LineSweep
{
    private readonly Group _rising = new(), _falling = new();
    private Sums _flatSend, _flatBlock, _flatSilent;

    /// <summary>Masses and weighted follow-through of a set of types.</summary>
    public struct Sums
    {
        public double Mass, Follow1, Follow0;

        public static Sums operator +(Sums a, Sums b) => new() { Mass = a.Mass + b.Mass, Follow1 = a.Follow1 + b.Follow1, Follow0 = a.Follow0 + b.Follow0 };

        public static Sums operator -(Sums a, Sums b) => new() { Mass = a.Mass - b.Mass, Follow1 = a.Follow1 - b.Follow1, Follow0 = a.Follow0 - b.Follow0 };
    }

    public void Reset(double[] a, double[] b, double[] mu, double[] phi1, double[] phi0, double epsilon)
    {
        _rising.Clear();
        _falling.Clear();
        _flatSend = _flatBlock = _flatSilent = default;
        for (var t = 0; t < a.Length; t++)
        {
            var w = new Sums { Mass = mu[t], Follow1 = mu[t] * phi1[t], Follow0 = mu[t] * phi0[t] };
            if (b[t] == 0)
            {
                if (Math.Abs(a[t]) <= epsilon)
                {
                    _flatBlock += w;
                }
                else if (a[t] > epsilon)
                {
                    _flatSend += w;
                }
                else
                {
                    _flatSilent += w;
                }
                continue;
            }
            var x = (-epsilon - a[t]) / b[t];
            var y = (epsilon - a[t]) / b[t];
            (b[t] > 0 ? _rising : _falling).Add(Math.Min(x, y), Math.Max(x, y), w);
        }
        _rising.Seal();
        _falling.Seal();
    }

    /// <summary>The claiming, indifferent and silent types at β.</summary>
    public (Sums Send, Sums Block, Sums Silent) At(double beta)
    {
        // A rising line claims above its band and is silent below it; a falling one the reverse.
        var (risingEntered, risingLeft, risingAll) = _rising.Query(beta);
        var (fallingEntered, fallingLeft, fallingAll) = _falling.Query(beta);
        var send = _flatSend + risingLeft + (fallingAll - fallingEntered);
        var block = _flatBlock + (risingEntered - risingLeft) + (fallingEntered - fallingLeft);
        var silent = _flatSilent + (risingAll - risingEntered) + fallingLeft;
        return (send, block, silent);
    }

    private sealed class Group
    {
        private double[] _lows = new double[8], _highs = new double[8], _lowKey = new double[8], _highKey = new double[8];
        private Sums[] _weights = new Sums[8], _byLowW = new Sums[8], _byHighW = new Sums[8];
        private Sums[] _byLow = new Sums[9], _byHigh = new Sums[9];
        private int[] _orderLow = new int[8], _orderHigh = new int[8];
        private int _count;
        private Sums _all;

        public void Clear() => _count = 0;

        public void Add(double low, double high, Sums w)
        {
            if (_count == _lows.Length)
            {
                var size = _count * 2;
                Array.Resize(ref _lows, size);
                Array.Resize(ref _highs, size);
                Array.Resize(ref _lowKey, size);
                Array.Resize(ref _highKey, size);
                Array.Resize(ref _weights, size);
                Array.Resize(ref _byLowW, size);
                Array.Resize(ref _byHighW, size);
                Array.Resize(ref _orderLow, size);
                Array.Resize(ref _orderHigh, size);
                Array.Resize(ref _byLow, size + 1);
                Array.Resize(ref _byHigh, size + 1);
            }
            _lows[_count] = low;
            _highs[_count] = high;
            _weights[_count] = w;
            _count++;
        }

        // Sorting with key arrays and index arrays allocates nothing; the prefix sums then answer any β.
        public void Seal()
        {
            var n = _count;
            for (var i = 0; i < n; i++)
            {
                _orderLow[i] = i;
                _orderHigh[i] = i;
                _lowKey[i] = _lows[i];
                _highKey[i] = _highs[i];
            }
            Array.Sort(_lowKey, _orderLow, 0, n);
            Array.Sort(_highKey, _orderHigh, 0, n);
            _all = default;
            _byLow[0] = default;
            _byHigh[0] = default;
            for (var i = 0; i < n; i++)
            {
                _byLow[i + 1] = _byLow[i] + _weights[_orderLow[i]];
                _byHigh[i + 1] = _byHigh[i] + _weights[_orderHigh[i]];
                _all += _weights[i];
            }
        }

        /// <summary>The lines whose band starts at or below β, those whose band ends below β, and all.</summary>
        public (Sums Entered, Sums Left, Sums All) Query(double beta) =>
            (_byLow[UpperBound(_lowKey, _count, beta, inclusive: true)], _byHigh[UpperBound(_highKey, _count, beta, inclusive: false)], _all);

        // The number of values ≤ β (inclusive) or &lt; β among the first n.
        private static int UpperBound(double[] sorted, int n, double beta, bool inclusive)
        {
            int lo = 0, hi = n;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (inclusive ? sorted[mid] <= beta : sorted[mid] < beta)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}

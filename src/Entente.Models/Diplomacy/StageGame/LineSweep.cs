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
        private readonly List<(double Low, double High, Sums W)> _lines = [];
        private double[] _lows = [], _highs = [];
        private Sums[] _byLow = [], _byHigh = [];
        private Sums _all;

        public void Clear() => _lines.Clear();

        public void Add(double low, double high, Sums w) => _lines.Add((low, high, w));

        public void Seal()
        {
            var n = _lines.Count;
            _lows = new double[n];
            _highs = new double[n];
            _byLow = new Sums[n + 1];
            _byHigh = new Sums[n + 1];
            var byLow = _lines.OrderBy(l => l.Low).ToArray();
            var byHigh = _lines.OrderBy(l => l.High).ToArray();
            _all = default;
            for (var i = 0; i < n; i++)
            {
                _lows[i] = byLow[i].Low;
                _byLow[i + 1] = _byLow[i] + byLow[i].W;
                _highs[i] = byHigh[i].High;
                _byHigh[i + 1] = _byHigh[i] + byHigh[i].W;
                _all += byLow[i].W;
            }
        }

        /// <summary>The lines whose band starts at or below β, those whose band ends below β, and all.</summary>
        public (Sums Entered, Sums Left, Sums All) Query(double beta) =>
            (_byLow[UpperBound(_lows, beta, inclusive: true)], _byHigh[UpperBound(_highs, beta, inclusive: false)], _all);

        // The number of values ≤ β (inclusive) or &lt; β.
        private static int UpperBound(double[] sorted, double beta, bool inclusive)
        {
            int lo = 0, hi = sorted.Length;
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

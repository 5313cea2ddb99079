using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// Eight trials of a sweep's expected utility run side by side, one trial a lane of a 512-bit vector, each forecasting
/// what <see cref="EumTrialRun"/> forecasts for it, bit for bit (bdm, Q = 1, <see cref="FewestActors"/> to <see cref="MostActors"/> participants).
/// <para>
/// Why: with ten actors, one trial's rounds leave most lanes idle (two vectors of eight receivers carry ten; the triangle
/// of 45 pairs fills ten vectors), and the work of a round is lanes of the same few formulas. Here every lane is a trial,
/// so each pair's formulas take one vector for eight trials. What depends on a trial's own data stays a trial at a time:
/// the sort of its positions (insertion from its last round's order as the engine sorts plain positions, the engine's own
/// <see cref="SortedPositions"/> otherwise), the slot of each pair's midpoint, and the final median
/// (<see cref="EumTrialRun.EndMedian(ReadOnlySpan{double}, ReadOnlySpan{double})"/>). Everything else runs in lanes by the
/// operations of <see cref="SortedPositions"/>' sums, <see cref="PairTables"/>, <see cref="NeutralDangerColumns"/>,
/// <see cref="NeutralDanger.Finish"/>, the engine's risk assignment and <see cref="BdmOfferColumns"/>, lane by lane in their
/// order; where those passes skip a pair that one trial has and another has not (two slots at one position), the lanes
/// compute it and keep the old value.
/// </para>
/// <para>
/// Trials end at different rounds; an idle lane takes the next trial (<see cref="Start"/>) while the others go on, so
/// the lanes stay full until the trials run out. Not thread-safe: one per thread.
/// </para>
/// </summary>
internal sealed class EumTrialLanes
{
    /// <summary>Trials side by side.</summary>
    public static readonly int Width = Vector512<double>.Count;

    /// <summary>The most participants: the engine's column pass takes up to <see cref="BdmOfferColumns.MostReceivers"/>.</summary>
    public const int MostActors = BdmOfferColumns.MostReceivers;

    /// <summary>
    /// The fewest participants: the lanes follow the engine's column pass (<see cref="BdmOfferColumns"/>), which it takes
    /// from eight actors where the processor has 512-bit vectors; below, it weighs offers row by row by the reference
    /// formulas, which round differently.
    /// </summary>
    public const int FewestActors = 8;

    private readonly EumTrialRun _run;
    private readonly ExpectedUtilityOptions _options;
    private readonly int _n;
    private readonly int[] _pairOf;

    // Each lane's own trial: its inputs and positions by input index, its round's order and sorted positions (and the
    // engine's sorted round where the positions are not plain), Δ, the c·s total in input order, and the round it is in.
    private readonly SortedPositions[] _sorted;
    private readonly int[][] _order;
    private readonly double[][] _positions, _saliences, _weights, _sortedX;
    private readonly long[] _trial;
    private readonly int[] _round;
    private readonly bool[] _busy;
    private readonly double[] _delta, _stopBelow, _total, _inputTotal;

    // By sorted slot, lane l of slot t at [t·Width + l] (the sums before each slot have a slot n for all of them).
    private readonly double[] _x, _salience, _weight, _key, _weightBefore, _momentBefore;
    private readonly double[] _weightBeforeBlock, _momentBeforeBlock, _weightThroughBlock, _momentThroughBlock, _gap;
    private readonly double[] _lead, _reach, _danger, _risk, _next;

    // By pair (i, t > i) in row order, lane l of pair p at [p·Width + l].
    private readonly double[] _midWeight, _midMoment, _lowLog, _highLog, _chanceLeft, _chanceRight, _edge;

    /// <summary>Lanes for trials of <paramref name="count"/> participants, run as <paramref name="run"/> runs them.</summary>
    public EumTrialLanes(int count, ExpectedUtilityOptions options, EumTrialRun run)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        if (!Applies(options, count))
        {
            throw new ArgumentException($"lanes take bdm with Q = 1 and {FewestActors} to {MostActors} participants (got {count})");
        }
        _run = run;
        _options = options;
        _n = count;
        var pairs = count * (count - 1) / 2;
        _pairOf = new int[count * count];
        for (int i = 0, p = 0; i < count; i++)
        {
            for (var t = i + 1; t < count; t++, p++)
            {
                _pairOf[i * count + t] = p;
                _pairOf[t * count + i] = p;
            }
        }
        var w = Width;
        _sorted = new SortedPositions[w];
        _order = new int[w][];
        _positions = new double[w][];
        _saliences = new double[w][];
        _weights = new double[w][];
        _sortedX = new double[w][];
        for (var lane = 0; lane < w; lane++)
        {
            _sorted[lane] = new SortedPositions(count);
            _order[lane] = Enumerable.Range(0, count).ToArray();
            _positions[lane] = new double[count];
            _saliences[lane] = new double[count];
            _weights[lane] = new double[count];
            _sortedX[lane] = new double[count];
        }
        _trial = new long[w];
        _round = new int[w];
        _busy = new bool[w];
        _delta = new double[w];
        _stopBelow = new double[w];
        _total = new double[w];
        _inputTotal = new double[w];
        _x = new double[count * w];
        _salience = new double[count * w];
        _weight = new double[count * w];
        _key = new double[count * w];
        _weightBefore = new double[(count + 1) * w];
        _momentBefore = new double[(count + 1) * w];
        _weightBeforeBlock = new double[count * w];
        _momentBeforeBlock = new double[count * w];
        _weightThroughBlock = new double[count * w];
        _momentThroughBlock = new double[count * w];
        _gap = new double[count * w];
        _lead = new double[count * w];
        _reach = new double[count * w];
        _danger = new double[count * w];
        _risk = new double[count * w];
        _next = new double[count * w];
        _midWeight = new double[pairs * w];
        _midMoment = new double[pairs * w];
        _lowLog = new double[pairs * w];
        _highLog = new double[pairs * w];
        _chanceLeft = new double[pairs * w];
        _chanceRight = new double[pairs * w];
        _edge = new double[pairs * w];
    }

    /// <summary>
    /// Whether trials of <paramref name="count"/> participants under <paramref name="options"/> run in lanes: where the
    /// engine alone would take its column pass (bdm, Q = 1, 512-bit vectors in hardware), from
    /// <see cref="FewestActors"/> to <see cref="MostActors"/> actors.
    /// </summary>
    public static bool Applies(ExpectedUtilityOptions options, int count) =>
        options.Variant == EumVariant.Bdm && options.Q == 1 && count >= FewestActors && count <= MostActors && BdmOfferRow.Applies(count);

    /// <summary>Participants a trial.</summary>
    public int Count => _n;

    /// <summary>How many lanes hold a trial.</summary>
    public int Active { get; private set; }

    /// <summary>An idle lane, or −1 when every lane holds a trial.</summary>
    public int IdleLane()
    {
        for (var lane = 0; lane < Width; lane++)
        {
            if (!_busy[lane])
            {
                return lane;
            }
        }
        return -1;
    }

    /// <summary>Drops every trial the lanes hold (one left by an interrupted run), leaving all lanes idle.</summary>
    public void Clear()
    {
        Array.Clear(_busy);
        Active = 0;
    }

    /// <summary>
    /// Puts trial <paramref name="trial"/> into idle lane <paramref name="lane"/>, as <see cref="EumEngine.Reset"/> starts a
    /// run; the trial must play rounds (<see cref="EumTrialRun.Plays"/>).
    /// </summary>
    public void Start(int lane, long trial, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        if (_busy[lane] || positions.Length != _n || saliences.Length != _n || capabilities.Length != _n)
        {
            throw new ArgumentException($"an idle lane and {_n} participants");
        }
        positions.CopyTo(_positions[lane]);
        saliences.CopyTo(_saliences[lane]);
        var weights = _weights[lane];
        double total = 0;
        for (var i = 0; i < _n; i++)
        {
            weights[i] = capabilities[i] * saliences[i];
            total += weights[i];
        }
        // The median's total, summed in input order every round by the engine: the same sum each time.
        _inputTotal[lane] = total;
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (var x in positions)
        {
            low = Math.Min(low, x);
            high = Math.Max(high, x);
        }
        _delta[lane] = high - low;
        _stopBelow[lane] = _options.Tolerance * _delta[lane];
        _round[lane] = 0;
        _trial[lane] = trial;
        _busy[lane] = true;
        Active++;
    }

    /// <summary>
    /// Plays one round in every busy lane; the trials that ended with it (they stopped moving, or reached the limit) go
    /// into <paramref name="trials"/> with their forecasts in <paramref name="forecasts"/>, and their lanes fall idle.
    /// Returns how many ended.
    /// </summary>
    public int Play(Span<long> trials, Span<double> forecasts)
    {
        for (var lane = 0; lane < Width; lane++)
        {
            if (_busy[lane])
            {
                Sort(lane);
            }
        }
        Sums();
        for (var lane = 0; lane < Width; lane++)
        {
            if (_busy[lane])
            {
                Midpoints(lane);
            }
        }
        PairTables();
        if (_n < ChunkedFrom)
        {
            RiskSums();
        }
        else
        {
            RiskSumsInChunks();
        }
        Danger();
        AssignRisk();
        Offers();
        var ended = 0;
        for (var lane = 0; lane < Width; lane++)
        {
            if (_busy[lane] && Move(lane))
            {
                trials[ended] = _trial[lane];
                forecasts[ended] = _run.EndMedian(_weights[lane], _positions[lane]);
                ended++;
                _busy[lane] = false;
                Active--;
            }
        }
        return ended;
    }

    /// <summary>
    /// The lane's round in the engine's order (by position, then input index), its slots copied into the lanes: by
    /// insertion from the last round's order, as the engine sorts plain positions; by the engine's own sort otherwise.
    /// </summary>
    private void Sort(int lane)
    {
        var positions = _positions[lane];
        var saliences = _saliences[lane];
        var weights = _weights[lane];
        var order = _order[lane];
        var sortedX = _sortedX[lane];
        var w = Width;
        if (SortedPositions.Plain(positions))
        {
            SortedPositions.SortFrom(positions, order);
            for (int t = 0, at = lane; t < _n; t++, at += w)
            {
                var actor = order[t];
                var x = positions[actor];
                sortedX[t] = x;
                _x[at] = x;
                _key[at] = actor;
                _salience[at] = saliences[actor];
                _weight[at] = weights[actor];
            }
            return;
        }
        // Array.Sort's slots, where a tied −0 and +0 may sit in either's slot: the engine's sort, exactly.
        var s = _sorted[lane];
        s.Fill(positions, saliences, weights, _delta[lane]);
        s.Order.CopyTo(order, 0);
        for (int t = 0, at = lane; t < _n; t++, at += w)
        {
            sortedX[t] = s.Position[t];
            _x[at] = s.Position[t];
            _key[at] = s.Order[t];
            _salience[at] = s.Salience[t];
            _weight[at] = s.Weight[t];
        }
    }

    /// <summary>
    /// What <see cref="SortedPositions"/> sums once the order is known, in lanes by its operations: Σ c·s and Σ c·s·x
    /// before each slot, before its block and through it, the total, the weighted median μ (the first slot whose
    /// cumulative weight reaches half the input-order total; equal weights where that is 0) and each slot's |x − μ|/Δ.
    /// </summary>
    private void Sums()
    {
        var n = _n;
        var w = (nuint)Width;
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(_x);
        ref var weightRef = ref MemoryMarshal.GetArrayDataReference(_weight);
        ref var beforeRef = ref MemoryMarshal.GetArrayDataReference(_weightBefore);
        ref var momentBeforeRef = ref MemoryMarshal.GetArrayDataReference(_momentBefore);
        ref var startRef = ref MemoryMarshal.GetArrayDataReference(_weightBeforeBlock);
        ref var startMomentRef = ref MemoryMarshal.GetArrayDataReference(_momentBeforeBlock);
        ref var endRef = ref MemoryMarshal.GetArrayDataReference(_weightThroughBlock);
        ref var endMomentRef = ref MemoryMarshal.GetArrayDataReference(_momentThroughBlock);
        ref var gapRef = ref MemoryMarshal.GetArrayDataReference(_gap);
        var total = Vector512<double>.Zero;
        var moment = Vector512<double>.Zero;
        for (var t = 0; t < n; t++)
        {
            var at = (nuint)t * w;
            total.StoreUnsafe(ref beforeRef, at);
            moment.StoreUnsafe(ref momentBeforeRef, at);
            var weight = Vector512.LoadUnsafe(ref weightRef, at);
            total += weight;
            moment += weight * Vector512.LoadUnsafe(ref xRef, at);
        }
        total.StoreUnsafe(ref beforeRef, (nuint)n * w);
        moment.StoreUnsafe(ref momentBeforeRef, (nuint)n * w);
        total.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_total));

        // A block is a run of equal positions: a slot shares the sums before its block with the slot before it when both
        // hold one position, and the sums through its block with the slot after it.
        var x = Vector512.LoadUnsafe(ref xRef);
        var before = Vector512.LoadUnsafe(ref beforeRef);
        var momentBefore = Vector512.LoadUnsafe(ref momentBeforeRef);
        before.StoreUnsafe(ref startRef);
        momentBefore.StoreUnsafe(ref startMomentRef);
        for (var t = 1; t < n; t++)
        {
            var at = (nuint)t * w;
            var xt = Vector512.LoadUnsafe(ref xRef, at);
            var same = Vector512.Equals(xt, x);
            before = Vector512.ConditionalSelect(same, before, Vector512.LoadUnsafe(ref beforeRef, at));
            momentBefore = Vector512.ConditionalSelect(same, momentBefore, Vector512.LoadUnsafe(ref momentBeforeRef, at));
            before.StoreUnsafe(ref startRef, at);
            momentBefore.StoreUnsafe(ref startMomentRef, at);
            x = xt;
        }
        var last = (nuint)(n - 1) * w;
        x = Vector512.LoadUnsafe(ref xRef, last);
        var through = total;
        var momentThrough = moment;
        through.StoreUnsafe(ref endRef, last);
        momentThrough.StoreUnsafe(ref endMomentRef, last);
        for (var t = n - 2; t >= 0; t--)
        {
            var at = (nuint)t * w;
            var xt = Vector512.LoadUnsafe(ref xRef, at);
            var same = Vector512.Equals(xt, x);
            through = Vector512.ConditionalSelect(same, through, Vector512.LoadUnsafe(ref beforeRef, at + w));
            momentThrough = Vector512.ConditionalSelect(same, momentThrough, Vector512.LoadUnsafe(ref momentBeforeRef, at + w));
            through.StoreUnsafe(ref endRef, at);
            momentThrough.StoreUnsafe(ref endMomentRef, at);
            x = xt;
        }

        // ForecastStatistics.MedianOfSorted, lane by lane.
        var inputTotal = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_inputTotal));
        var weighed = Vector512.GreaterThan(inputTotal, Vector512<double>.Zero);
        var half = Vector512.ConditionalSelect(weighed, inputTotal, Vector512.Create((double)n)) / Vector512.Create(2.0);
        var cumulative = Vector512<double>.Zero;
        var found = Vector512<double>.Zero;
        var median = Vector512.LoadUnsafe(ref xRef, last);
        for (var t = 0; t < n; t++)
        {
            var at = (nuint)t * w;
            cumulative += Vector512.ConditionalSelect(weighed, Vector512.LoadUnsafe(ref weightRef, at), Vector512.Create(1.0));
            var reached = ~found & Vector512.GreaterThanOrEqual(cumulative, half);
            median = Vector512.ConditionalSelect(reached, Vector512.LoadUnsafe(ref xRef, at), median);
            found |= reached;
        }
        var spread = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_delta));
        for (var t = 0; t < n; t++)
        {
            var at = (nuint)t * w;
            (Vector512.Abs(Vector512.LoadUnsafe(ref xRef, at) - median) / spread).StoreUnsafe(ref gapRef, at);
        }
    }

    /// <summary>
    /// Σ c·s and Σ c·s·x below each pair's midpoint in the lane's round: the engine's midpoint tables, its slot counted as
    /// the engine counts it (eight to sixteen positions) or walked to as it walks (more), and on the engine's own sorted round
    /// where a NaN sorts first.
    /// </summary>
    private void Midpoints(int lane)
    {
        var n = _n;
        var w = Width;
        ref var x = ref MemoryMarshal.GetArrayDataReference(_sortedX[lane]);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_midWeight);
        ref var moments = ref MemoryMarshal.GetArrayDataReference(_midMoment);
        var at = lane;
        // The sums before slot k of this lane are at [k·Width + lane].
        ref var below = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weightBefore), lane);
        ref var momentBelow = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_momentBefore), lane);
        if (n > 2 * w && !double.IsNaN(x))
        {
            // The engine's walk: from the first slot of i's block, up while the next position is below the midpoint.
            var blockStart = 0;
            for (var i = 0; i < n; i++)
            {
                var xi = Unsafe.Add(ref x, i);
                if (i > 0 && Unsafe.Add(ref x, i - 1) != xi)
                {
                    blockStart = i;
                }
                var mid = blockStart;
                for (var t = i + 1; t < n; t++, at += w)
                {
                    var m = 0.5 * (xi + Unsafe.Add(ref x, t));
                    while (mid < n && Unsafe.Add(ref x, mid) < m)
                    {
                        mid++;
                    }
                    Unsafe.Add(ref weights, at) = Unsafe.Add(ref below, mid * w);
                    Unsafe.Add(ref moments, at) = Unsafe.Add(ref momentBelow, mid * w);
                }
            }
            return;
        }
        if (!double.IsNaN(x))
        {
            var low = Vector512.LoadUnsafe(ref x);
            var high = Vector512.LoadUnsafe(ref x, (nuint)(n - w));
            var highSlots = (0xFFUL << (2 * w - n)) & 0xFF;
            for (var i = 0; i < n; i++)
            {
                var xi = Unsafe.Add(ref x, i);
                for (var t = i + 1; t < n; t++, at += w)
                {
                    var m = Vector512.Create(0.5 * (xi + Unsafe.Add(ref x, t)));
                    var mid = BitOperations.PopCount(Vector512.LessThan(low, m).ExtractMostSignificantBits())
                        + BitOperations.PopCount(Vector512.LessThan(high, m).ExtractMostSignificantBits() & highSlots);
                    Unsafe.Add(ref weights, at) = Unsafe.Add(ref below, mid * w);
                    Unsafe.Add(ref moments, at) = Unsafe.Add(ref momentBelow, mid * w);
                }
            }
            return;
        }
        // A NaN sorts first only in the engine's own sort (the positions were not plain): its walk, on its sorted round.
        var s = _sorted[lane];
        ref var fence = ref MemoryMarshal.GetArrayDataReference(s.Fence);
        ref var walkBelow = ref MemoryMarshal.GetArrayDataReference(s.WeightBefore);
        ref var walkMomentBelow = ref MemoryMarshal.GetArrayDataReference(s.MomentBefore);
        ref var sx = ref MemoryMarshal.GetArrayDataReference(s.Position);
        for (var i = 0; i < n; i++)
        {
            var xi = Unsafe.Add(ref sx, i);
            var mid = s.BlockStart[i];
            for (var t = i + 1; t < n; t++, at += w)
            {
                var m = 0.5 * (xi + Unsafe.Add(ref sx, t));
                while (Unsafe.Add(ref fence, mid + 1) < m)
                {
                    mid++;
                }
                Unsafe.Add(ref weights, at) = Unsafe.Add(ref walkBelow, mid);
                Unsafe.Add(ref moments, at) = Unsafe.Add(ref walkMomentBelow, mid);
            }
        }
    }

    /// <summary><see cref="ExpectedUtility.PairTables.Fill"/>'s numbers for every pair, eight trials at a time.</summary>
    private void PairTables()
    {
        var n = _n;
        var w = (nuint)Width;
        var spread = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_delta));
        var total = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_total));
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(_x);
        ref var startRef = ref MemoryMarshal.GetArrayDataReference(_weightBeforeBlock);
        ref var startMomentRef = ref MemoryMarshal.GetArrayDataReference(_momentBeforeBlock);
        ref var endRef = ref MemoryMarshal.GetArrayDataReference(_weightThroughBlock);
        ref var endMomentRef = ref MemoryMarshal.GetArrayDataReference(_momentThroughBlock);
        ref var midRef = ref MemoryMarshal.GetArrayDataReference(_midWeight);
        ref var midMomentRef = ref MemoryMarshal.GetArrayDataReference(_midMoment);
        ref var lowRef = ref MemoryMarshal.GetArrayDataReference(_lowLog);
        ref var highRef = ref MemoryMarshal.GetArrayDataReference(_highLog);
        ref var leftRef = ref MemoryMarshal.GetArrayDataReference(_chanceLeft);
        ref var rightRef = ref MemoryMarshal.GetArrayDataReference(_chanceRight);
        ref var edgeRef = ref MemoryMarshal.GetArrayDataReference(_edge);
        nuint at = 0;
        for (var i = 0; i < n; i++)
        {
            var slotI = (nuint)i * w;
            var xi = Vector512.LoadUnsafe(ref xRef, slotI);
            var upToI = Vector512.LoadUnsafe(ref endRef, slotI);
            var momentUpToI = Vector512.LoadUnsafe(ref endMomentRef, slotI);
            for (var t = i + 1; t < n; t++, at += w)
            {
                var slotT = (nuint)t * w;
                var xt = Vector512.LoadUnsafe(ref xRef, slotT);
                ExpectedUtility.PairTables.Pair(xi, xt, spread, upToI, momentUpToI, Vector512.LoadUnsafe(ref midRef, at),
                    Vector512.LoadUnsafe(ref midMomentRef, at), total, Vector512.LoadUnsafe(ref startRef, slotT),
                    Vector512.LoadUnsafe(ref startMomentRef, slotT), out var lowLog, out var highLog, out var rightChance,
                    out var leftChance, out var edge);
                lowLog.StoreUnsafe(ref lowRef, at);
                highLog.StoreUnsafe(ref highRef, at);
                rightChance.StoreUnsafe(ref rightRef, at);
                leftChance.StoreUnsafe(ref leftRef, at);
                edge.StoreUnsafe(ref edgeRef, at);
            }
        }
    }

    /// <summary>A pair's edge taken off, and its length added to, the sums of its right end where the pair counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void OtherEnd(ref double leadRef, ref double reachRef, nuint slot, Vector512<double> counts, Vector512<double> edge,
        Vector512<double> length)
    {
        var lead = Vector512.LoadUnsafe(ref leadRef, slot);
        Vector512.ConditionalSelect(counts, lead - edge, lead).StoreUnsafe(ref leadRef, slot);
        var reach = Vector512.LoadUnsafe(ref reachRef, slot);
        Vector512.ConditionalSelect(counts, reach + length, reach).StoreUnsafe(ref reachRef, slot);
    }

    // From sixteen actors a row of the risk pass can hold a whole chunk of eight beyond the row's block after another.
    private const int ChunkedFrom = 16;

    /// <summary>
    /// lead and reach as <see cref="NeutralDangerColumns"/> adds them up to fifteen actors, where a row holds at most one
    /// chunk of eight and its lanes add up to what one by one gives: row by row, each pair beyond the row's block in slot
    /// order, also taken off its other end. A pair inside a block (in some lanes) is computed and not added.
    /// </summary>
    private void RiskSums()
    {
        var n = _n;
        var w = (nuint)Width;
        Array.Clear(_lead);
        Array.Clear(_reach);
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(_x);
        ref var edgeRef = ref MemoryMarshal.GetArrayDataReference(_edge);
        ref var leadRef = ref MemoryMarshal.GetArrayDataReference(_lead);
        ref var reachRef = ref MemoryMarshal.GetArrayDataReference(_reach);
        nuint at = 0;
        for (var i = 0; i < n; i++)
        {
            var slotI = (nuint)i * w;
            var xi = Vector512.LoadUnsafe(ref xRef, slotI);
            var leadI = Vector512<double>.Zero;
            var reachI = Vector512<double>.Zero;
            for (var t = i + 1; t < n; t++, at += w)
            {
                var slotT = (nuint)t * w;
                var xt = Vector512.LoadUnsafe(ref xRef, slotT);
                var beyond = ~Vector512.Equals(xt, xi);
                var edge = Vector512.LoadUnsafe(ref edgeRef, at);
                var length = xt - xi;
                leadI = Vector512.ConditionalSelect(beyond, leadI + edge, leadI);
                reachI = Vector512.ConditionalSelect(beyond, reachI + length, reachI);
                OtherEnd(ref leadRef, ref reachRef, slotT, beyond, edge, length);
            }
            (Vector512.LoadUnsafe(ref leadRef, slotI) + leadI).StoreUnsafe(ref leadRef, slotI);
            (Vector512.LoadUnsafe(ref reachRef, slotI) + reachI).StoreUnsafe(ref reachRef, slotI);
        }
    }

    /// <summary>
    /// lead and reach as <see cref="NeutralDangerColumns"/> adds them from sixteen actors, each lane by its own trial's
    /// blocks: a row from the slot j0 beyond its block, whole chunks of eight (lane k of the chunks' running sums takes
    /// slots j0 + k, j0 + 8 + k, …; the eight added lane 0 first), then the rest one by one. Here slot j's edge goes to
    /// the running sum of j mod 8, which for a trial whose row starts at j0 is lane (j − j0) mod 8 of the engine's; the
    /// row's eight sums are then turned by j0 mod 8 into the engine's lane order before they are added.
    /// </summary>
    private void RiskSumsInChunks()
    {
        var n = _n;
        var w = (nuint)Width;
        Array.Clear(_lead);
        Array.Clear(_reach);
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(_x);
        ref var edgeRef = ref MemoryMarshal.GetArrayDataReference(_edge);
        ref var leadRef = ref MemoryMarshal.GetArrayDataReference(_lead);
        ref var reachRef = ref MemoryMarshal.GetArrayDataReference(_reach);
        var leads = _chunkLeads;
        var reaches = _chunkReaches;
        var zero = Vector512<double>.Zero;
        var count = Vector512.Create((double)n);
        var eight = Vector512.Create(8.0);
        var chunk = Vector512.Create(0.125);
        nuint rowStart = 0;
        for (var i = 0; i < n; i++)
        {
            var slotI = (nuint)i * w;
            var xi = Vector512.LoadUnsafe(ref xRef, slotI);
            // j0, the first slot beyond i's block, and where its chunks end (n where none is beyond yet).
            var first = count;
            var chunksEnd = count;
            Array.Clear(leads);
            Array.Clear(reaches);
            var at = rowStart;
            for (var t = i + 1; t < n; t++, at += w)
            {
                var slotT = (nuint)t * w;
                var xt = Vector512.LoadUnsafe(ref xRef, slotT);
                var beyond = ~Vector512.Equals(xt, xi);
                var fresh = beyond & Vector512.Equals(first, count);
                var slot = Vector512.Create((double)t);
                first = Vector512.ConditionalSelect(fresh, slot, first);
                chunksEnd = Vector512.ConditionalSelect(fresh, first + eight * Vector512.Floor((count - first) * chunk), chunksEnd);
                var edge = Vector512.LoadUnsafe(ref edgeRef, at);
                var length = xt - xi;
                var inChunk = beyond & Vector512.LessThan(slot, chunksEnd);
                ref var leadSum = ref leads[t & 7];
                ref var reachSum = ref reaches[t & 7];
                leadSum = Vector512.ConditionalSelect(inChunk, leadSum + edge, leadSum);
                reachSum = Vector512.ConditionalSelect(inChunk, reachSum + length, reachSum);
                OtherEnd(ref leadRef, ref reachRef, slotT, beyond, edge, length);
            }
            var leadI = zero;
            var reachI = zero;
            var chunked = Vector512.LessThanOrEqual(first + eight, count);
            if (chunked != Vector512<double>.Zero)
            {
                var turn = Vector512.ConvertToInt64(first) & Vector512.Create(7L);
                Turn(leads, turn);
                Turn(reaches, turn);
                var leadChunks = zero;
                var reachChunks = zero;
                for (var k = 0; k < 8; k++)
                {
                    leadChunks += leads[k];
                    reachChunks += reaches[k];
                }
                leadI = Vector512.ConditionalSelect(chunked, leadI + leadChunks, leadI);
                reachI = Vector512.ConditionalSelect(chunked, reachI + reachChunks, reachI);
            }
            // The rest of each lane's row, one by one: its slots from chunksEnd, all within the last seven.
            at = rowStart;
            var tail = Math.Max(i + 1, n - 7);
            at += (nuint)(tail - i - 1) * w;
            for (var t = tail; t < n; t++, at += w)
            {
                var xt = Vector512.LoadUnsafe(ref xRef, (nuint)t * w);
                var rest = ~Vector512.Equals(xt, xi) & Vector512.GreaterThanOrEqual(Vector512.Create((double)t), chunksEnd);
                leadI = Vector512.ConditionalSelect(rest, leadI + Vector512.LoadUnsafe(ref edgeRef, at), leadI);
                reachI = Vector512.ConditionalSelect(rest, reachI + (xt - xi), reachI);
            }
            (Vector512.LoadUnsafe(ref leadRef, slotI) + leadI).StoreUnsafe(ref leadRef, slotI);
            (Vector512.LoadUnsafe(ref reachRef, slotI) + reachI).StoreUnsafe(ref reachRef, slotI);
            rowStart += (nuint)(n - i - 1) * w;
        }
    }

    /// <summary>
    /// sums[k] ← sums[(k + turn) mod 8], lane by lane: turned by one, two and four where the lane's turn has that bit.
    /// </summary>
    private static void Turn(Vector512<double>[] sums, Vector512<long> turn)
    {
        Span<Vector512<double>> turned = stackalloc Vector512<double>[8];
        for (var step = 1; step < 8; step <<= 1)
        {
            var by = Vector512.Equals(turn & Vector512.Create((long)step), Vector512.Create((long)step)).AsDouble();
            for (var k = 0; k < 8; k++)
            {
                turned[k] = Vector512.ConditionalSelect(by, sums[(k + step) & 7], sums[k]);
            }
            turned.CopyTo(sums);
        }
    }

    // A row's eight running sums of the engine's chunks, by slot mod 8.
    private readonly Vector512<double>[] _chunkLeads = new Vector512<double>[8], _chunkReaches = new Vector512<double>[8];

    /// <summary><see cref="NeutralDanger.Finish"/>: D by slot from lead, reach and the gaps to μ.</summary>
    private void Danger()
    {
        var n = _n;
        var w = (nuint)Width;
        ref var gapRef = ref MemoryMarshal.GetArrayDataReference(_gap);
        var gaps = Vector512<double>.Zero;
        for (var i = 0; i < n; i++)
        {
            gaps += Vector512.LoadUnsafe(ref gapRef, (nuint)i * w);
        }
        var statusQuo = (1 - _options.Q) * (2 * _options.T - 1);
        var two = Vector512.Create(2.0);
        var one = Vector512.Create(1.0);
        var spread = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_delta));
        var quo = Vector512.Create(statusQuo);
        ref var sRef = ref MemoryMarshal.GetArrayDataReference(_salience);
        ref var leadRef = ref MemoryMarshal.GetArrayDataReference(_lead);
        ref var reachRef = ref MemoryMarshal.GetArrayDataReference(_reach);
        ref var dangerRef = ref MemoryMarshal.GetArrayDataReference(_danger);
        for (var i = 0; i < n; i++)
        {
            var at = (nuint)i * w;
            var si = Vector512.LoadUnsafe(ref sRef, at);
            var leadI = Vector512.LoadUnsafe(ref leadRef, at) / spread;
            var reachI = Vector512.LoadUnsafe(ref reachRef, at) / spread;
            var gap = Vector512.LoadUnsafe(ref gapRef, at);
            (two * si * leadI + two * (one - si) * reachI - quo * (gaps - gap + reachI)).StoreUnsafe(ref dangerRef, at);
        }
    }

    /// <summary>
    /// The engine's risk exponents from the dangers: r = (1 − R/3)/(1 + R/3), R the danger's place between the least and
    /// the most (0 when all are equal, or when one is NaN, which the engine's Math.Max carries into its most).
    /// </summary>
    private void AssignRisk()
    {
        var n = _n;
        var w = (nuint)Width;
        ref var dangerRef = ref MemoryMarshal.GetArrayDataReference(_danger);
        ref var riskRef = ref MemoryMarshal.GetArrayDataReference(_risk);
        var most = Vector512.Create(double.NegativeInfinity);
        var least = Vector512.Create(double.PositiveInfinity);
        var unordered = Vector512<double>.Zero;
        for (var i = 0; i < n; i++)
        {
            var danger = Vector512.LoadUnsafe(ref dangerRef, (nuint)i * w);
            most = Vector512.Max(most, danger);
            least = Vector512.Min(least, danger);
            unordered |= ~Vector512.Equals(danger, danger);
        }
        var apart = Vector512.GreaterThan(most, least) & ~unordered;
        var range = most - least;
        var two = Vector512.Create(2.0);
        var one = Vector512.Create(1.0);
        var three = Vector512.Create(3.0);
        for (var i = 0; i < n; i++)
        {
            var at = (nuint)i * w;
            var relative = Vector512.ConditionalSelect(apart, (two * Vector512.LoadUnsafe(ref dangerRef, at) - most - least) / range, Vector512<double>.Zero);
            ((one - relative / three) / (one + relative / three)).StoreUnsafe(ref riskRef, at);
        }
    }

    /// <summary>
    /// <see cref="BdmOfferColumns"/>' choice for every receiver, eight trials at a time: each proposer's offer by the same
    /// operations, the least movement kept (ties to the lower input index), and the receiver's next position with it.
    /// </summary>
    private void Offers()
    {
        var n = _n;
        var w = (nuint)Width;
        var one = Vector512.Create(1.0);
        var half = Vector512.Create(0.5);
        var two = Vector512.Create(2.0);
        var four = Vector512.Create(4.0);
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(_x);
        ref var sRef = ref MemoryMarshal.GetArrayDataReference(_salience);
        ref var kRef = ref MemoryMarshal.GetArrayDataReference(_key);
        ref var riskRef = ref MemoryMarshal.GetArrayDataReference(_risk);
        ref var nextRef = ref MemoryMarshal.GetArrayDataReference(_next);
        ref var lowRef = ref MemoryMarshal.GetArrayDataReference(_lowLog);
        ref var highRef = ref MemoryMarshal.GetArrayDataReference(_highLog);
        ref var leftRef = ref MemoryMarshal.GetArrayDataReference(_chanceLeft);
        ref var rightRef = ref MemoryMarshal.GetArrayDataReference(_chanceRight);
        ref var pairRef = ref MemoryMarshal.GetArrayDataReference(_pairOf);
        for (var i = 0; i < n; i++)
        {
            var slotI = (nuint)i * w;
            var receiver = Vector512.LoadUnsafe(ref xRef, slotI);
            var receiverSalience = Vector512.LoadUnsafe(ref sRef, slotI);
            var exponent = Vector512.LoadUnsafe(ref riskRef, slotI);
            var statusQuo = two - four * UtilityPower.Of(half, exponent);
            var bestMove = Vector512.Create(double.PositiveInfinity);
            var bestKey = bestMove;
            var bestPosition = receiver;
            for (var j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }
                var slotJ = (nuint)j * w;
                var at = (nuint)Unsafe.Add(ref pairRef, i * n + j) * w;
                var xj = Vector512.LoadUnsafe(ref xRef, slotJ);
                // P_ij: receiver i is the pair's left end when the proposer is beyond it.
                var pij = j > i ? Vector512.LoadUnsafe(ref leftRef, at) : Vector512.LoadUnsafe(ref rightRef, at);
                var pji = one - pij;
                var (gain, stake) = BdmOfferLanes.Stakes(Vector512.LoadUnsafe(ref lowRef, at), Vector512.LoadUnsafe(ref highRef, at), exponent, statusQuo);
                var eji = gain - receiverSalience * pij * stake;
                var eij = gain - Vector512.LoadUnsafe(ref sRef, slotJ) * pji * stake;
                var offer = BdmOfferLanes.Offer(eij, eji, receiver, xj, ~Vector512.Equals(xj, receiver), out var position);
                var move = Vector512.Abs(position - receiver);
                var key = Vector512.LoadUnsafe(ref kRef, slotJ);
                var better = BdmOfferLanes.Better(offer, move, key, bestMove, bestKey);
                bestMove = Vector512.ConditionalSelect(better, move, bestMove);
                bestKey = Vector512.ConditionalSelect(better, key, bestKey);
                bestPosition = Vector512.ConditionalSelect(better, position, bestPosition);
            }
            bestPosition.StoreUnsafe(ref nextRef, slotI);
        }
    }

    /// <summary>
    /// Moves the lane's actors to their next positions as the engine's step does, and says whether its trial ends: the
    /// largest move below the tolerance (bdm), or the last round played.
    /// </summary>
    private bool Move(int lane)
    {
        var order = _order[lane];
        var positions = _positions[lane];
        var w = Width;
        double largestMove = 0;
        for (int slot = 0, at = lane; slot < _n; slot++, at += w)
        {
            var receiver = order[slot];
            var next = _next[at];
            largestMove = Math.Max(largestMove, Math.Abs(next - positions[receiver]));
            positions[receiver] = next;
        }
        _round[lane]++;
        return largestMove < _stopBelow[lane] || _round[lane] >= _run.Limit;
    }
}

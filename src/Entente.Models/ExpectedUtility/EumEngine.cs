using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// One issue of the expected utility model, round by round: risk exponents from the r = 1 state, then
/// every receiver weighs every proposer's offer from its own perspective, then all moves are applied
/// together. Every array is allocated here once; a round allocates nothing.
/// </summary>
internal sealed class EumEngine
{
    private readonly ExpectedUtilityOptions _options;
    private readonly IWinProbability _probability;
    private readonly SortedPositions _sorted;
    private readonly int _count;
    private double[] _positions;
    private double[] _next;
    private readonly double[] _saliences;
    private readonly double[] _capabilities;
    private readonly double[] _weights;
    private readonly double[] _risk;
    private readonly double[] _neutral;
    private readonly double[] _dangerBySlot, _riskBySlot;

    // One receiver's row, by sorted slot.
    private readonly double[] _wins, _losses, _lowBase, _highBase, _success, _failure;
    private readonly double[] _receiverStatusQuo, _proposerStatusQuo, _scratchBase, _scratchUtility;
    private readonly double[] _receiverUtility, _proposerUtility;

    // The accepted offer of each receiver, by input index; proposer −1 when none.
    private readonly int[] _proposer;
    private readonly OfferKind[] _kind;
    private readonly double[] _offerReceiverUtility, _offerProposerUtility;

    // The fused bdm paths: each slot's input index as a lane-comparable key, the midpoint slots, and the vote
    // sums below each pair's midpoint.
    private readonly SortedBdmProbability? _linearVotes;
    private readonly double[] _proposerKey;
    private readonly int[] _dangerMidpoints;
    private readonly double[] _weightBelowMid, _momentBelowMid;
    private readonly MidpointRow _fusedMidpoints = new();

    public EumEngine(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities,
        ExpectedUtilityOptions options, IWinProbability probability)
    {
        _count = positions.Length;
        _options = options;
        _probability = probability;
        _positions = new double[_count];
        _next = new double[_count];
        _saliences = new double[_count];
        _capabilities = new double[_count];
        _weights = new double[_count];
        _risk = new double[_count];
        _neutral = new double[_count];
        Array.Fill(_neutral, 1.0);
        _riskBySlot = new double[_count];
        _dangerBySlot = new double[_count];
        _sorted = new SortedPositions(_count);
        _wins = new double[_count];
        _losses = new double[_count];
        _lowBase = new double[_count];
        _highBase = new double[_count];
        _success = new double[_count];
        _failure = new double[_count];
        _receiverStatusQuo = new double[_count];
        _proposerStatusQuo = new double[_count];
        _scratchBase = new double[_count];
        _scratchUtility = new double[_count];
        _receiverUtility = new double[_count];
        _proposerUtility = new double[_count];
        _proposer = new int[_count];
        _kind = new OfferKind[_count];
        _offerReceiverUtility = new double[_count];
        _offerProposerUtility = new double[_count];
        _linearVotes = probability as SortedBdmProbability;
        _proposerKey = new double[_count];
        _dangerMidpoints = new int[_count];
        _weightBelowMid = new double[_count];
        _momentBelowMid = new double[_count];
        Reset(positions, saliences, capabilities);
    }

    /// <summary>
    /// Starts a new run on the same number of actors, as a new engine would: a sweep's trials reuse one engine and
    /// its arrays rather than allocate some thirty a trial. Every other array is written in a round before it is
    /// read, so these inputs and Δ are the whole state a run starts from.
    /// </summary>
    public void Reset(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        if (positions.Length != _count || saliences.Length != _count || capabilities.Length != _count)
        {
            throw new ArgumentException($"an engine for {_count} actors");
        }
        positions.CopyTo(_positions);
        saliences.CopyTo(_saliences);
        capabilities.CopyTo(_capabilities);
        for (var i = 0; i < _count; i++)
        {
            _weights[i] = capabilities[i] * saliences[i];
        }
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (var x in positions)
        {
            low = Math.Min(low, x);
            high = Math.Max(high, x);
        }
        Delta = _count == 0 ? 0 : high - low;
    }

    /// <summary>Δ, the spread of the initial positions; fixed for the whole run.</summary>
    public double Delta { get; private set; }

    public int Count => _count;

    /// <summary>Positions after the last round, by input index.</summary>
    public ReadOnlySpan<double> Positions => _positions;

    /// <summary>Risk exponents computed at the start of the last round, by input index.</summary>
    public ReadOnlySpan<double> Risk => _risk;

    /// <summary>The proposer whose offer each receiver accepted in the last round, −1 for none.</summary>
    public ReadOnlySpan<int> Proposer => _proposer;

    public ReadOnlySpan<OfferKind> Kind => _kind;

    public ReadOnlySpan<double> OfferReceiverUtility => _offerReceiverUtility;

    public ReadOnlySpan<double> OfferProposerUtility => _offerProposerUtility;

    /// <summary>Told every ordered pair's utilities during the offer phase, when set.</summary>
    public IDyadSink? Dyads { get; set; }

    /// <summary>
    /// The perception provider of the diplomacy layer (specification §11.2): when set and a receiver's
    /// perceived saliences differ from the truth, that receiver weighs its offers in its own view. Null, or a
    /// round where nobody's view differs, leaves the round exactly the base model's.
    /// </summary>
    public IPerceivedSaliences? Perception { get; set; }

    /// <summary>Saliences, by input index.</summary>
    public ReadOnlySpan<double> Saliences => _saliences;

    /// <summary>Moves an actor before the next round (a layer decision overriding the base model's move).</summary>
    public void SetPosition(int actor, double position) => _positions[actor] = position;

    /// <summary>Changes an actor's capability for the rounds to come.</summary>
    public void SetCapability(int actor, double capability)
    {
        _capabilities[actor] = capability;
        _weights[actor] = capability * _saliences[actor];
    }

    /// <summary>Changes an actor's salience for the rounds to come.</summary>
    public void SetSalience(int actor, double salience)
    {
        _saliences[actor] = salience;
        _weights[actor] = _capabilities[actor] * salience;
    }

    /// <summary>Plays one round and returns the largest move.</summary>
    public double Step()
    {
        _sorted.Fill(_positions, _saliences, _weights, Delta);
        var fused = _linearVotes is not null && Dyads is null && _options.Variant == EumVariant.Bdm && _options.Q == 1 && BdmOfferRow.Applies(_count);
        var columns = fused && OfferColumns && _count <= BdmOfferColumns.MostReceivers;
        if (columns)
        {
            FillMidpointTables();
            PairTables.Fill(_sorted, Delta, _midWeights, _midMoments, _lowLogs, _highLogs, _chances, _edges, _chancesByReceiver);
        }
        ComputeRisk(columns);
        _probability.Prepare(_sorted, _risk, Delta);
        if (Perception is { } perception && perception.AnyDiffers)
        {
            return PerceivedOffers(perception);
        }
        if (columns)
        {
            return ColumnOffers();
        }
        if (fused)
        {
            return FusedOffers();
        }

        double largestMove = 0;
        for (var slot = 0; slot < _count; slot++)
        {
            var receiver = _sorted.Order[slot];
            _probability.FillRow(slot, _wins, _losses);
            FillUtilities(_sorted, slot, _risk[receiver]);
            _next[receiver] = ChooseOffer(_sorted, slot);
            largestMove = Math.Max(largestMove, Math.Abs(_next[receiver] - _positions[receiver]));
        }
        (_positions, _next) = (_next, _positions);
        return largestMove;
    }

    /// <summary>The round's forecast μ and mean, for the positions at the start of the last round.</summary>
    public SortedPositions StartOfRound => _sorted;

    /// <summary>
    /// Whether the fused offer phase runs its lanes across receivers (<see cref="BdmOfferColumns"/>) where it may, rather
    /// than one receiver's row at a time (<see cref="BdmOfferRow"/>); the two give the same bits, and tests hold them to it.
    /// </summary>
    internal bool OfferColumns { get; set; } = true;

    /// <summary>The offer phase for bdm with Q = 1 and no dyad table: one fused pass per receiver.</summary>
    private double FusedOffers()
    {
        var s = _sorted;
        for (var t = 0; t < _count; t++)
        {
            _proposerKey[t] = s.Order[t];
        }
        _fusedMidpoints.Reset();
        double largestMove = 0;
        for (var slot = 0; slot < _count; slot++)
        {
            var receiver = s.Order[slot];
            var xi = s.Position[slot];
            _fusedMidpoints.For(s, xi, _weightBelowMid, _momentBelowMid);
            var proposer = BdmOfferRow.Choose(s, slot, _proposerKey, _weightBelowMid, _momentBelowMid, _risk[receiver], Delta, out var eij, out var eji);
            _proposer[receiver] = proposer;
            var next = xi;
            if (proposer < 0)
            {
                _kind[receiver] = OfferKind.Confrontation;
            }
            else
            {
                // The lanes chose; the offer itself is rebuilt by the same rule the row-by-row path uses.
                next = TakeOffer(receiver, proposer, xi, eij, eji);
            }
            _next[receiver] = next;
            largestMove = Math.Max(largestMove, Math.Abs(next - _positions[receiver]));
        }
        (_positions, _next) = (_next, _positions);
        return largestMove;
    }

    /// <summary>
    /// The round's n × n tables of Σ c·s and Σ c·s·x below each pair's midpoint (the sums the row-by-row pass reads from
    /// <see cref="MidpointRow"/>), the pairs (i, t &gt; i) in row i: the pass over the pairs (<see cref="PairTables"/>) reads
    /// nothing else. The entries on and below the diagonal are not written.
    /// </summary>
    private void FillMidpointTables()
    {
        var s = _sorted;
        var n = _count;
        if (_midWeights.Length != n * n)
        {
            _midWeights = new double[n * n];
            _midMoments = new double[n * n];
            _lowLogs = new double[n * n];
            _highLogs = new double[n * n];
            _chances = new double[n * n];
            _chancesByReceiver = new double[n * n];
            _edges = new double[n * n];
            _chosen = new double[n];
            _chosenReceiverUtility = new double[n];
            _chosenProposerUtility = new double[n];
        }
        // Row i beyond its diagonal: the midpoint of i and t > i is at least x_i, so its slot (the number of positions
        // below it) starts from i's block and only moves up as t does.
        ref var x = ref MemoryMarshal.GetArrayDataReference(s.Position);
        ref var fence = ref MemoryMarshal.GetArrayDataReference(s.Fence);
        ref var w = ref MemoryMarshal.GetArrayDataReference(s.WeightBefore);
        ref var wx = ref MemoryMarshal.GetArrayDataReference(s.MomentBefore);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_midWeights);
        ref var moments = ref MemoryMarshal.GetArrayDataReference(_midMoments);
        var width = Vector512<double>.Count;
        if (n <= 2 * width && !double.IsNaN(x))
        {
            // Up to sixteen actors the midpoint's slot is counted rather than walked to: the positions below it, two
            // comparisons of eight, no branch on the data (the walk's steps mispredicted). The same slot, as positions are
            // sorted (a NaN would sort first, and the walk start beyond it; never in a round, but then the walk is taken).
            var low = Vector512.LoadUnsafe(ref x);
            var high = Vector512.LoadUnsafe(ref x, (nuint)(n - width));
            var highSlots = (0xFFUL << (2 * width - n)) & 0xFF;
            for (var i = 0; i < n; i++)
            {
                var xi = Unsafe.Add(ref x, i);
                var row = i * n;
                for (var t = i + 1; t < n; t++)
                {
                    var m = Vector512.Create(0.5 * (xi + Unsafe.Add(ref x, t)));
                    var mid = BitOperations.PopCount(Vector512.LessThan(low, m).ExtractMostSignificantBits())
                        + BitOperations.PopCount(Vector512.LessThan(high, m).ExtractMostSignificantBits() & highSlots);
                    Unsafe.Add(ref weights, row + t) = Unsafe.Add(ref w, mid);
                    Unsafe.Add(ref moments, row + t) = Unsafe.Add(ref wx, mid);
                }
            }
            return;
        }
        for (var i = 0; i < n; i++)
        {
            var xi = Unsafe.Add(ref x, i);
            var mid = s.BlockStart[i];
            var row = i * n;
            for (var t = i + 1; t < n; t++)
            {
                var m = 0.5 * (xi + Unsafe.Add(ref x, t));
                while (Unsafe.Add(ref fence, mid + 1) < m)
                {
                    mid++;
                }
                Unsafe.Add(ref weights, row + t) = Unsafe.Add(ref w, mid);
                Unsafe.Add(ref moments, row + t) = Unsafe.Add(ref wx, mid);
            }
        }
    }

    /// <summary>
    /// The fused offer phase from the round's midpoint tables (<see cref="FillMidpointTables"/>): all receivers' choices
    /// at once, then each receiver's offer rebuilt as <see cref="FusedOffers"/> does.
    /// </summary>
    private double ColumnOffers()
    {
        var s = _sorted;
        var n = _count;
        for (var t = 0; t < n; t++)
        {
            _proposerKey[t] = s.Order[t];
        }
        BdmOfferColumns.ChooseAll(s, _proposerKey, _lowLogs, _highLogs, _chances, _riskBySlot,
            _chosen, _chosenReceiverUtility, _chosenProposerUtility);
        double largestMove = 0;
        for (var slot = 0; slot < n; slot++)
        {
            var receiver = s.Order[slot];
            var xi = s.Position[slot];
            var next = xi;
            var key = _chosen[slot];
            if (double.IsPositiveInfinity(key))
            {
                _proposer[receiver] = -1;
                _kind[receiver] = OfferKind.Confrontation;
            }
            else
            {
                var proposer = (int)key;
                var eij = _chosenReceiverUtility[slot];
                var eji = _chosenProposerUtility[slot];
                _proposer[receiver] = proposer;
                next = TakeOffer(receiver, proposer, xi, eij, eji);
            }
            _next[receiver] = next;
            largestMove = Math.Max(largestMove, Math.Abs(next - _positions[receiver]));
        }
        (_positions, _next) = (_next, _positions);
        return largestMove;
    }

    /// <summary>
    /// Records the Bdm offer <paramref name="proposer"/> makes <paramref name="receiver"/> (at <paramref name="xi"/>)
    /// with these expected utilities, and returns the receiver's next position.
    /// </summary>
    private double TakeOffer(int receiver, int proposer, double xi, double eij, double eji)
    {
        var s = _sorted;
        var kind = OfferRule.Classify(eij, eji, EumVariant.Bdm) ?? OfferKind.Confrontation;
        _kind[receiver] = kind;
        _offerReceiverUtility[receiver] = eij;
        _offerProposerUtility[receiver] = eji;
        return OfferRule.NewPosition(kind, xi, s.Position[s.SlotOf[proposer]], eij, eji);
    }

    // The column pass's tables and rows, allocated on its first round.
    private double[] _midWeights = [], _midMoments = [], _lowLogs = [], _highLogs = [], _chances = [], _chancesByReceiver = [], _edges = [];
    private double[] _chosen = [], _chosenReceiverUtility = [], _chosenProposerUtility = [];

    /// <summary>
    /// The offer phase when some receivers see others' saliences differently: those receivers weigh offers in a
    /// view with the true positions and their perceived saliences (votes and win probabilities change), with
    /// the risk exponents of the true state (a risk attitude is the actor's own, not a belief).
    /// </summary>
    private double PerceivedOffers(IPerceivedSaliences perception)
    {
        _view ??= new SortedPositions(_count);
        _viewSaliences ??= new double[_count];
        _viewWeights ??= new double[_count];
        _viewProbability ??= _probability is ScholzProbability ? new ScholzProbability() : new SortedBdmProbability();
        double largestMove = 0;
        // Every view holds the round's positions, so the bdm probability's midpoint row carries from one receiver to the
        // next (they come in sorted order) as it does in the true view: prepared once a round, not once a receiver.
        var prepared = false;
        for (var slot = 0; slot < _count; slot++)
        {
            var receiver = _sorted.Order[slot];
            if (perception.Fill(receiver, _viewSaliences))
            {
                _viewSaliences[receiver] = _saliences[receiver];
                for (var k = 0; k < _count; k++)
                {
                    _viewWeights[k] = _capabilities[k] * _viewSaliences[k];
                }
                _view.FillReweighted(_sorted, _positions, _viewSaliences, _viewWeights, Delta);
                if (!prepared || _viewProbability is not SortedBdmProbability)
                {
                    _viewProbability.Prepare(_view, _risk, Delta);
                    prepared = true;
                }
                var viewSlot = _view.SlotOf[receiver];
                _viewProbability.FillRow(viewSlot, _wins, _losses);
                FillUtilities(_view, viewSlot, _risk[receiver]);
                _next[receiver] = ChooseOffer(_view, viewSlot);
            }
            else
            {
                _probability.FillRow(slot, _wins, _losses);
                FillUtilities(_sorted, slot, _risk[receiver]);
                _next[receiver] = ChooseOffer(_sorted, slot);
            }
            largestMove = Math.Max(largestMove, Math.Abs(_next[receiver] - _positions[receiver]));
        }
        (_positions, _next) = (_next, _positions);
        return largestMove;
    }

    private SortedPositions? _view;
    private double[]? _viewSaliences, _viewWeights;
    private IWinProbability? _viewProbability;

    /// <summary>The risk exponents of the round; with <paramref name="fromTables"/>, the midpoint sums come from the round's tables.</summary>
    private void ComputeRisk(bool fromTables)
    {
        if (fromTables)
        {
            NeutralDangerColumns.Fill(_sorted, Delta, _options.Q, _options.T, _wins, _losses, _edges, _dangerBySlot);
            AssignRisk(_dangerBySlot);
            return;
        }
        if (_linearVotes is not null)
        {
            // Linear votes do not depend on the voters' risk, so the neutral state needs no Prepare of its own.
            NeutralDanger.Fill(_sorted, Delta, _options.Q, _options.T, _wins, _losses, _dangerMidpoints, _weightBelowMid, _momentBelowMid, _dangerBySlot);
            AssignRisk(_dangerBySlot);
            return;
        }
        _probability.Prepare(_sorted, _neutral, Delta);
        for (var slot = 0; slot < _count; slot++)
        {
            _probability.FillRow(slot, _wins, _losses);
            FillUtilities(_sorted, slot, 1.0);
            double danger = 0;
            for (var t = 0; t < _count; t++)
            {
                if (t != slot)
                {
                    danger += _proposerUtility[t];
                }
            }
            _dangerBySlot[slot] = danger;
        }
        AssignRisk(_dangerBySlot);
    }

    /// <summary>r_i from the dangers D (by sorted slot) of the r = 1 state, by input index and by slot.</summary>
    private void AssignRisk(ReadOnlySpan<double> dangerBySlot)
    {
        var n = _count;
        double most = double.NegativeInfinity, least = double.PositiveInfinity;
        for (var slot = 0; slot < n; slot++)
        {
            var danger = dangerBySlot[slot];
            most = Math.Max(most, danger);
            least = Math.Min(least, danger);
        }
        // Everyone's exponent comes from the same r = 1 state, so they are assigned only now; eight at a time where the
        // lanes allow, each lane by the operations of the one-at-a-time loop (the last vector overlaps the one before).
        var apart = most > least;
        var width = Vector512<double>.Count;
        var slotFrom = 0;
        if (Vector512.IsHardwareAccelerated && n >= width)
        {
            var mostLanes = Vector512.Create(most);
            var leastLanes = Vector512.Create(least);
            var range = Vector512.Create(most - least);
            var one = Vector512.Create(1.0);
            var three = Vector512.Create(3.0);
            for (var start = 0; start < n; start += width)
            {
                var at = (nuint)Math.Min(start, n - width);
                var relative = apart
                    ? (Vector512.Create(2.0) * Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(dangerBySlot), at) - mostLanes - leastLanes) / range
                    : Vector512<double>.Zero;
                ((one - relative / three) / (one + relative / three)).StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_riskBySlot), at);
            }
            slotFrom = n;
        }
        for (var slot = slotFrom; slot < n; slot++)
        {
            var relative = apart ? (2 * dangerBySlot[slot] - most - least) / (most - least) : 0;
            _riskBySlot[slot] = (1 - relative / 3) / (1 + relative / 3);
        }
        for (var slot = 0; slot < n; slot++)
        {
            _risk[_sorted.Order[slot]] = _riskBySlot[slot];
        }
    }

    /// <summary>
    /// E_ij and E_ji for receiver i (in <paramref name="slot"/>) and every proposer j, from i's perspective
    /// with risk exponent <paramref name="risk"/>, from the row of probabilities already filled.
    /// </summary>
    private void FillUtilities(SortedPositions s, int slot, double risk)
    {
        var xi = s.Position[slot];
        var si = s.Salience[slot];
        var q = _options.Q;
        var statusQuo = q * RiskCurve.Of(0.5, risk);
        for (var t = 0; t < _count; t++)
        {
            var d = Math.Abs(s.Position[t] - xi) / Delta;
            _lowBase[t] = 0.5 - 0.5 * d;
            _highBase[t] = 0.5 + 0.5 * d;
        }
        RiskCurve.Fill(_lowBase, risk, _success);
        RiskCurve.Fill(_highBase, risk, _failure);
        if (q < 1)
        {
            FillStatusQuoChange(s, s.MedianGap[slot], slot, risk, useProposerGap: false, _receiverStatusQuo);
            FillStatusQuoChange(s, 0, slot, risk, useProposerGap: true, _proposerStatusQuo);
        }
        else
        {
            Array.Clear(_receiverStatusQuo);
            Array.Clear(_proposerStatusQuo);
        }

        for (var t = 0; t < _count; t++)
        {
            var success = _success[t];
            var failure = _failure[t];
            var sj = s.Salience[t];
            var pij = _wins[t];
            var pji = _losses[t];
            _receiverUtility[t] = sj * (pij * success + (1 - pij) * failure) + (1 - sj) * success - statusQuo - _receiverStatusQuo[t];
            _proposerUtility[t] = si * (pji * success + (1 - pji) * failure) + (1 - si) * success - statusQuo - _proposerStatusQuo[t];
        }
    }

    /// <summary>
    /// (1 − Q)[T·U_b + (1 − T)·U_w] per proposer slot, where the challenger's distance from μ is the
    /// receiver's (<paramref name="receiverGap"/>) or, with <paramref name="useProposerGap"/>, each proposer's.
    /// </summary>
    private void FillStatusQuoChange(SortedPositions s, double receiverGap, int slot, double risk, bool useProposerGap, double[] into)
    {
        var xi = s.Position[slot];
        var q = _options.Q;
        var better = _options.T;
        for (var t = 0; t < _count; t++)
        {
            var gap = useProposerGap ? s.MedianGap[t] : receiverGap;
            _scratchBase[t] = 0.5 - 0.25 * (gap + Math.Abs(s.Position[t] - xi) / Delta);
        }
        RiskCurve.Fill(_scratchBase, risk, _scratchUtility);
        for (var t = 0; t < _count; t++)
        {
            into[t] = (1 - q) * better * _scratchUtility[t];
        }
        for (var t = 0; t < _count; t++)
        {
            var gap = useProposerGap ? s.MedianGap[t] : receiverGap;
            _scratchBase[t] = 0.5 + 0.25 * (gap + Math.Abs(s.Position[t] - xi) / Delta);
        }
        RiskCurve.Fill(_scratchBase, risk, _scratchUtility);
        for (var t = 0; t < _count; t++)
        {
            into[t] += (1 - q) * (1 - better) * _scratchUtility[t];
        }
    }

    /// <summary>Picks the receiver's offer from the row and returns its new position (its old one when none).</summary>
    private double ChooseOffer(SortedPositions s, int slot)
    {
        var receiver = s.Order[slot];
        var xi = s.Position[slot];
        var variant = _options.Variant;
        var dyads = Dyads;
        int best = -1, bestRank = int.MaxValue;
        double bestKey = 0, bestPosition = xi;
        var bestKind = OfferKind.Confrontation;
        for (var t = 0; t < _count; t++)
        {
            if (t == slot)
            {
                continue;
            }
            var proposer = s.Order[t];
            var eij = _receiverUtility[t];
            var eji = _proposerUtility[t];
            dyads?.Add(receiver, proposer, eij, eji);
            var xj = s.Position[t];
            if (xj == xi || OfferRule.Classify(eij, eji, variant) is not { } kind)
            {
                continue;
            }
            var position = OfferRule.NewPosition(kind, xi, xj, eij, eji);
            var (rank, key) = OfferRule.Preference(variant, kind, xi, xj, position, eij, eji);
            if (rank < bestRank || (rank == bestRank && (key < bestKey || (key == bestKey && proposer < best))))
            {
                (best, bestRank, bestKey, bestPosition, bestKind) = (proposer, rank, key, position, kind);
                _offerReceiverUtility[receiver] = eij;
                _offerProposerUtility[receiver] = eji;
            }
        }
        _proposer[receiver] = best;
        _kind[receiver] = bestKind;
        return bestPosition;
    }
}

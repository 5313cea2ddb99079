namespace Entente.Models.Spatial;

/// <summary>
/// What every step of a turn needs from its state: the distances from each actor's ideal to each
/// position, the risk attitudes inferred from a risk-neutral PCE, each actor's own utilities, and each
/// actor's probability of prevailing (KTAB's setAllAUtil and pDist).
/// </summary>
internal sealed class TurnAnalysis
{
    private TurnAnalysis(SpatialState state, int count)
    {
        State = state;
        Count = count;
        Distances = new double[count * count];
        DistancesTo = new double[count * count];
        OwnUtilities = new double[count * count];
        OwnUtilitiesTo = new double[count * count];
        Risk = [];
        Prevailing = [];
        Distinct = [];
        DistinctProbabilities = [];
    }

    public SpatialState State { get; }

    public int Count { get; }

    /// <summary>d(a, x) at [a·n + x]: from a's ideal to x's position, weighted by a's saliences.</summary>
    public double[] Distances { get; }

    /// <summary>The same at [x·n + a], so that loops over actors for one position read memory in order.</summary>
    public double[] DistancesTo { get; }

    /// <summary>u_a(a, x) at [a·n + x]: a's utility of x's position with its own risk attitude.</summary>
    public double[] OwnUtilities { get; }

    /// <summary>The same at [x·n + a], so that vector loops over actors for one position read memory in order.</summary>
    public double[] OwnUtilitiesTo { get; }

    /// <summary>Each actor's risk attitude R.</summary>
    public double[] Risk { get; private set; }

    /// <summary>Each actor's probability of prevailing: its position's, so actors sharing a position share it.</summary>
    public double[] Prevailing { get; private set; }

    /// <summary>The first actor of each distinct position.</summary>
    public int[] Distinct { get; private set; }

    /// <summary>Each distinct position's probability of prevailing (they sum to 1).</summary>
    public double[] DistinctProbabilities { get; private set; }

    public static TurnAnalysis Of(SpatialState state, SpatialActors actors, SpatialOptions options, ILoopRunner? loops = null, ISpatialDevice? device = null)
    {
        var n = actors.Count;
        var analysis = new TurnAnalysis(state, n);
        var d = analysis.Distances;
        var dTo = analysis.DistancesTo;
        ParallelPlan.Run(loops, n, (long)n * n * actors.Dimensions, a =>
        {
            var ideal = state.Position(a);
            for (var x = 0; x < n; x++)
            {
                var dax = actors.Distance(a, ideal, state.Position(x));
                d[a * n + x] = dax;
                dTo[x * n + a] = dax;
            }
        });

        // Risk-neutral utilities 1 − d, options-major for the coalition loops.
        var neutral = new double[n * n];
        for (var i = 0; i < neutral.Length; i++)
        {
            neutral[i] = SpatialActors.Utility(dTo[i], 0);
        }
        var p = CoalitionEquilibrium.Probabilities(neutral, actors.Capabilities, n, options, loops, device);
        analysis.Risk = RiskAttitudes.FromProbabilities(p, options.BigRRange);

        var own = analysis.OwnUtilities;
        var ownTo = analysis.OwnUtilitiesTo;
        var risk = analysis.Risk;
        for (var a = 0; a < n; a++)
        {
            for (var x = 0; x < n; x++)
            {
                var u = SpatialActors.Utility(d[a * n + x], risk[a]);
                own[a * n + x] = u;
                ownTo[x * n + a] = u;
            }
        }
        analysis.SetPrevailing(actors, options, loops, device);
        return analysis;
    }

    /// <summary>Actor h's estimate of the risk attitudes of all actors, into <paramref name="estimates"/>.</summary>
    public void EstimatedRisk(int h, BigRAdjust adjust, Span<double> estimates)
    {
        var rh = Risk[h];
        for (var a = 0; a < Count; a++)
        {
            estimates[a] = RiskAttitudes.Estimate(rh, Risk[a], adjust);
        }
    }

    // KTAB's pDist(-1): each actor judges by its own utilities; options are the distinct positions.
    private void SetPrevailing(SpatialActors actors, SpatialOptions options, ILoopRunner? loops, ISpatialDevice? device)
    {
        var n = Count;
        Distinct = State.DistinctPositions();
        var m = Distinct.Length;
        var utilities = new double[m * n];
        for (var o = 0; o < m; o++)
        {
            var x = Distinct[o];
            for (var k = 0; k < n; k++)
            {
                utilities[o * n + k] = OwnUtilities[k * n + x];
            }
        }
        DistinctProbabilities = CoalitionEquilibrium.Probabilities(utilities, actors.Capabilities, m, options, loops, device);
        Prevailing = new double[n];
        for (var a = 0; a < n; a++)
        {
            // KTAB reports the last distinct position equivalent to the actor's.
            var match = 0;
            for (var o = 0; o < m; o++)
            {
                if (State.Gap(a, Distinct[o]) < SpatialState.PositionTolerance)
                {
                    match = o;
                }
            }
            Prevailing[a] = DistinctProbabilities[match];
        }
    }
}

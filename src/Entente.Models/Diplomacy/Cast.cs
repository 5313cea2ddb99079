using Entente.Domain;
using Entente.Domain.Diplomacy;

namespace Entente.Models.Diplomacy;

/// <summary>
/// The fixed facts of a run, indexed: actors and issues by position, who takes part where, the initial
/// positions (a composite actor at its factions' mean), saliences on 0-1, capabilities, unity, and Δ.
/// </summary>
internal sealed class Cast
{
    public Cast(Scenario scenario)
    {
        Scenario = scenario;
        Settings = scenario.Diplomacy ?? DiplomacySettings.Default;
        Actors = scenario.Actors.Select(a => a.Id).ToArray();
        Issues = scenario.Issues.Select(i => i.Id).ToArray();
        ActorIndex = Index(Actors);
        IssueIndex = Index(Issues);
        int A = Actors.Length, D = Issues.Length;
        In = new bool[D][];
        Position = new double[D][];
        Salience = new double[D][];
        Capability = new double[D][];
        Unity = new double[D][];
        Delta = new double[D];
        for (var d = 0; d < D; d++)
        {
            In[d] = new bool[A];
            Position[d] = new double[A];
            Salience[d] = new double[A];
            Capability[d] = new double[A];
            Unity[d] = Enumerable.Repeat(1.0, A).ToArray();
            foreach (var p in scenario.ParticipantsIn(Issues[d]))
            {
                var a = ActorIndex[p.ActorId];
                In[d][a] = true;
                Position[d][a] = FactionMath.MeanPosition(scenario, scenario.Actors[a], Issues[d]) ?? p.Position;
                Salience[d][a] = p.Salience;
                Capability[d][a] = p.Capability;
            }
            double low = double.PositiveInfinity, high = double.NegativeInfinity;
            for (var a = 0; a < A; a++)
            {
                if (In[d][a])
                {
                    low = Math.Min(low, Position[d][a]);
                    high = Math.Max(high, Position[d][a]);
                }
            }
            Delta[d] = high >= low ? high - low : 0;
            for (var a = 0; a < A; a++)
            {
                if (In[d][a])
                {
                    var stance = scenario.Stances.First(s => s.ActorId == Actors[a] && s.IssueId == Issues[d]);
                    Unity[d][a] = FactionMath.Unity(scenario.Actors[a], Issues[d], stance.Position, Delta[d]);
                }
            }
        }
        LastScheduledRound = new[] { 0 }
            .Concat(scenario.Signals.Select(s => s.Round))
            .Concat(scenario.Timeline.Where(e => e.Kind != EventKind.Deadline).Select(e => e.Round))
            // A commitment declared with credibility 0 is inert: nobody counts it and it is never honoured.
            .Concat(scenario.Commitments.Where(c => c.Credibility != 0).Select(c => c.ByRound))
            .Max();
        Deadline = scenario.Timeline.Where(e => e.Kind == EventKind.Deadline || (e.Kind == EventKind.Summit && e.Deadline))
            .Select(e => (int?)e.Round).Min();
    }

    public Scenario Scenario { get; }

    public DiplomacySettings Settings { get; }

    public string[] Actors { get; }

    public string[] Issues { get; }

    public Dictionary<string, int> ActorIndex { get; }

    public Dictionary<string, int> IssueIndex { get; }

    /// <summary>[issue][actor]: whether the actor has a stance on the issue.</summary>
    public bool[][] In { get; }

    /// <summary>[issue][actor]: initial position (a composite actor's factions' mean).</summary>
    public double[][] Position { get; }

    /// <summary>[issue][actor]: salience on 0-1.</summary>
    public double[][] Salience { get; }

    /// <summary>[issue][actor]: capability before unity.</summary>
    public double[][] Capability { get; }

    /// <summary>[issue][actor]: unity of a composite actor; 1 for a unitary one.</summary>
    public double[][] Unity { get; }

    /// <summary>[issue]: Δ, the spread of the initial positions.</summary>
    public double[] Delta { get; }

    /// <summary>The last round at which anything is scheduled; issues do not stop for convergence before it.</summary>
    public int LastScheduledRound { get; }

    /// <summary>The earliest deadline, if any.</summary>
    public int? Deadline { get; }

    public string ActorName(string id) => Scenario.FindActor(id)?.Name ?? id;

    public string IssueName(string id) => Scenario.FindIssue(id)?.Name ?? id;

    public double Width(int d) => Scenario.Issues[d].Scale.Width;

    public double Clamp(int d, double x) => Math.Clamp(x, Scenario.Issues[d].Scale.Min, Scenario.Issues[d].Scale.Max);

    private static Dictionary<string, int> Index(string[] ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index.TryAdd(ids[i], i);
        }
        return index;
    }
}

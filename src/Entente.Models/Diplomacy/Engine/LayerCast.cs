using Entente.Domain;
using Entente.Domain.Strategic;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>
/// The scenario as the layer indexes it: actors and issues in input order, each issue's range, each
/// actor's ideal, salience and capability per issue, and its traits (audience capacity, honour scale,
/// conflict cost, reputation weight) and how others perceive its audience capacity.
/// </summary>
internal sealed class LayerCast
{
    public LayerCast(Scenario scenario, StrategicLayer layer)
    {
        Scenario = scenario;
        Layer = layer;
        Parameters = layer.Parameters;
        Actors = [.. scenario.Actors.Select(a => a.Id)];
        Issues = [.. scenario.Issues.Select(i => i.Id)];
        ActorIndex = Actors.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        IssueIndex = Issues.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        int n = Actors.Length, m = Issues.Length;
        Low = [.. scenario.Issues.Select(i => i.Scale.Min)];
        Range = [.. scenario.Issues.Select(i => i.Scale.Width > 0 ? i.Scale.Width : 1.0)];
        Takes = new bool[n, m];
        Ideal = new double[n, m];
        Start = new double[n, m];
        Salience = new double[n, m];
        Capability = new double[n, m];
        Members = new int[m][];
        for (var d = 0; d < m; d++)
        {
            var participants = scenario.ParticipantsIn(Issues[d]);
            Members[d] = [.. participants.Select(p => ActorIndex[p.ActorId])];
            foreach (var p in participants)
            {
                var a = ActorIndex[p.ActorId];
                Takes[a, d] = true;
                Ideal[a, d] = p.Position;
                Start[a, d] = p.Position;
                Salience[a, d] = p.Salience;
                Capability[a, d] = p.Capability;
            }
        }
        foreach (var ideal in layer.Ideals)
        {
            if (ActorIndex.TryGetValue(ideal.Actor, out var a) && IssueIndex.TryGetValue(ideal.Issue, out var d))
            {
                Ideal[a, d] = ideal.Ideal;
            }
        }
        Decider = Enumerable.Repeat(-1, m).ToArray();
        foreach (var u in layer.Issues)
        {
            if (IssueIndex.TryGetValue(u.Issue, out var d) && ActorIndex.TryGetValue(u.DecidedBy, out var k))
            {
                Decider[d] = k;
            }
        }
        Weight = new double[n];
        for (var a = 0; a < n; a++)
        {
            var own = scenario.Actors[a].Capability;
            var stances = Enumerable.Range(0, m).Where(d => Takes[a, d]).Select(d => Capability[a, d]).ToArray();
            Weight[a] = own ?? (stances.Length > 0 ? stances.Average() : 0.0);
        }
        var traits = layer.Actors.ToDictionary(t => t.Actor, StringComparer.Ordinal);
        AudienceCapacity = new double[n];
        HonourScale = new double[n];
        ConflictCost = new double[n];
        Psi = new double[n];
        for (var a = 0; a < n; a++)
        {
            traits.TryGetValue(Actors[a], out var t);
            AudienceCapacity[a] = t?.AudienceCapacity ?? Parameters.AudienceCapacity;
            HonourScale[a] = t?.HonourScale ?? Parameters.HonourScale;
            ConflictCost[a] = t?.ConflictCost ?? Parameters.ConflictCost;
            Psi[a] = t?.Psi ?? Parameters.Psi;
        }
        PerceivedCapacity = new double[n, n];
        for (var h = 0; h < n; h++)
        {
            for (var j = 0; j < n; j++)
            {
                PerceivedCapacity[h, j] = AudienceCapacity[j];
            }
        }
        foreach (var p in layer.Perceptions)
        {
            if (ActorIndex.TryGetValue(p.Observer, out var h) && ActorIndex.TryGetValue(p.Of, out var j))
            {
                PerceivedCapacity[h, j] = p.AudienceCapacity;
            }
        }
        Costs = new Claims.ChannelCosts(Parameters);
    }

    public Scenario Scenario { get; }

    public StrategicLayer Layer { get; }

    public LayerParameters Parameters { get; }

    public string[] Actors { get; }

    public string[] Issues { get; }

    public Dictionary<string, int> ActorIndex { get; }

    public Dictionary<string, int> IssueIndex { get; }

    /// <summary>lo_d.</summary>
    public double[] Low { get; }

    /// <summary>Δ_d, the width of the issue's scale.</summary>
    public double[] Range { get; }

    /// <summary>Whether actor a takes part in issue d (has a stance on it).</summary>
    public bool[,] Takes { get; }

    /// <summary>x_ad(0): the position the actor starts from.</summary>
    public double[,] Start { get; }

    /// <summary>x*_ad: the ideal (the initial position unless the layer declares another).</summary>
    public double[,] Ideal { get; }

    /// <summary>s_ad on 0-1.</summary>
    public double[,] Salience { get; }

    /// <summary>c_ad.</summary>
    public double[,] Capability { get; }

    /// <summary>The participants of each issue, in actor order.</summary>
    public int[][] Members { get; }

    /// <summary>The decider of each unilateral issue; −1 for a collective issue.</summary>
    public int[] Decider { get; }

    /// <summary>c_a: an actor's weight as an observer (its capability; the mean over its stances when it has none of its own).</summary>
    public double[] Weight { get; }

    /// <summary>A_a.</summary>
    public double[] AudienceCapacity { get; }

    /// <summary>W_a.</summary>
    public double[] HonourScale { get; }

    /// <summary>κ_a.</summary>
    public double[] ConflictCost { get; }

    /// <summary>ψ_a.</summary>
    public double[] Psi { get; }

    /// <summary>A^h_j.</summary>
    public double[,] PerceivedCapacity { get; }

    /// <summary>The channels' α_aud and α_face.</summary>
    public Claims.ChannelCosts Costs { get; }

    public int ActorCount => Actors.Length;

    public int IssueCount => Issues.Length;

    /// <summary>The number of type dimensions per actor: q, then r on each issue.</summary>
    public int DimensionCount => Issues.Length + 1;

    /// <summary>The dimension index of q.</summary>
    public const int Reciprocity = 0;

    /// <summary>The dimension index of r on issue d.</summary>
    public static int ResolveOn(int issue) => issue + 1;

    /// <summary>dist_d(x, y).</summary>
    public double Distance(int d, double x, double y) => Math.Abs(x - y) / Range[d];

    /// <summary>Names a dimension for output: "q" or "r/issue".</summary>
    public string DimensionName(int k) => k == Reciprocity ? "q" : "r/" + Issues[k - 1];
}

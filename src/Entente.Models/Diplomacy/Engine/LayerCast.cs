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
        // Factions are type-holding agents after the actors (§2.1): index n + f, in actor order, then declared order.
        var agents = new List<string>(Actors);
        var owner = new List<int>(Enumerable.Range(0, n));
        var share = new List<double>(Enumerable.Repeat(1.0, n));
        FactionsOf = new int[n][];
        for (var a = 0; a < n; a++)
        {
            var factions = scenario.Actors[a].Factions;
            var total = factions.Sum(f => f.Weight);
            FactionsOf[a] = [.. factions.Select((_, f) => agents.Count + f)];
            foreach (var f in factions)
            {
                agents.Add($"{Actors[a]}.{f.Name}");
                owner.Add(a);
                share.Add(f.Weight / total);
            }
        }
        Agents = [.. agents];
        Owner = [.. owner];
        Share = [.. share];
        AgentIndex = Agents.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var count = Agents.Length;
        Low = [.. scenario.Issues.Select(i => i.Scale.Min)];
        Range = [.. scenario.Issues.Select(i => i.Scale.Width > 0 ? i.Scale.Width : 1.0)];
        Takes = new bool[count, m];
        Ideal = new double[count, m];
        Start = new double[count, m];
        Salience = new double[count, m];
        Capability = new double[count, m];
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
        // A faction stands where it says, else where its actor does; it shares its actor's salience and capability.
        for (var g = n; g < count; g++)
        {
            var a = Owner[g];
            var faction = scenario.Actors[a].Factions[Array.IndexOf(FactionsOf[a], g)];
            for (var d = 0; d < m; d++)
            {
                Takes[g, d] = Takes[a, d];
                Salience[g, d] = Salience[a, d];
                Capability[g, d] = Capability[a, d];
                var own = faction.Positions.FirstOrDefault(p => p.Issue == Issues[d]);
                Ideal[g, d] = Start[g, d] = own?.Position ?? Start[a, d];
            }
        }
        // Declared ideals: the factions' first, from which a composite's follows unless the file gives the composite's own.
        foreach (var ideal in layer.Ideals)
        {
            if (AgentIndex.TryGetValue(ideal.Actor, out var a) && a >= n && IssueIndex.TryGetValue(ideal.Issue, out var d))
            {
                Ideal[a, d] = ideal.Ideal;
            }
        }
        // A composite starts at its factions' weighted mean (§11.3); its ideal is that of the factions together.
        for (var a = 0; a < n; a++)
        {
            if (FactionsOf[a].Length == 0)
            {
                continue;
            }
            for (var d = 0; d < m; d++)
            {
                if (Takes[a, d])
                {
                    Start[a, d] = FactionsOf[a].Sum(g => Share[g] * Start[g, d]);
                    Ideal[a, d] = FactionsOf[a].Sum(g => Share[g] * Ideal[g, d]);
                }
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
        Weight = new double[count];
        for (var a = 0; a < n; a++)
        {
            var own = scenario.Actors[a].Capability;
            var stances = Enumerable.Range(0, m).Where(d => Takes[a, d]).Select(d => Capability[a, d]).ToArray();
            Weight[a] = own ?? (stances.Length > 0 ? stances.Average() : 0.0);
        }
        for (var g = n; g < count; g++)
        {
            Weight[g] = Share[g] * Weight[Owner[g]];
        }
        var traits = layer.Actors.ToDictionary(t => t.Actor, StringComparer.Ordinal);
        AudienceCapacity = new double[count];
        HonourScale = new double[count];
        ConflictCost = new double[count];
        Psi = new double[count];
        IsObserver = new bool[count];
        for (var a = 0; a < n; a++)
        {
            traits.TryGetValue(Actors[a], out var t);
            AudienceCapacity[a] = t?.AudienceCapacity ?? Parameters.AudienceCapacity;
            HonourScale[a] = t?.HonourScale ?? Parameters.HonourScale;
            ConflictCost[a] = t?.ConflictCost ?? Parameters.ConflictCost;
            Psi[a] = t?.Psi ?? Parameters.Psi;
            IsObserver[a] = true;
        }
        for (var g = n; g < count; g++)
        {
            var a = Owner[g];
            traits.TryGetValue(Actors[a], out var t);
            var name = Agents[g][(Actors[a].Length + 1)..];
            var ft = t?.Factions.FirstOrDefault(f => f.Name == name);
            AudienceCapacity[g] = ft?.AudienceCapacity ?? AudienceCapacity[a];
            HonourScale[g] = ft?.HonourScale ?? HonourScale[a];
            ConflictCost[g] = ConflictCost[a];
            Psi[g] = ft?.Psi ?? Psi[a];
            IsObserver[g] = ft?.Observer ?? false;
        }
        Observers = [.. Enumerable.Range(0, count).Where(g => IsObserver[g])];
        PerceivedCapacity = new double[count, count];
        for (var h = 0; h < count; h++)
        {
            for (var j = 0; j < count; j++)
            {
                PerceivedCapacity[h, j] = AudienceCapacity[j];
            }
        }
        foreach (var p in layer.Perceptions)
        {
            if (AgentIndex.TryGetValue(p.Observer, out var h) && AgentIndex.TryGetValue(p.Of, out var j))
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

    /// <summary>Actors, then factions (<c>actor.faction</c>): everyone who holds a type.</summary>
    public string[] Agents { get; }

    /// <summary>The index of every agent, actors and factions.</summary>
    public Dictionary<string, int> AgentIndex { get; }

    /// <summary>The actor an agent belongs to (an actor owns itself).</summary>
    public int[] Owner { get; }

    /// <summary>w_f: a faction's weight within its actor, normalised to sum to 1 (1 for an actor).</summary>
    public double[] Share { get; }

    /// <summary>The factions (agent indices) of each actor; empty for a unitary actor.</summary>
    public int[][] FactionsOf { get; }

    /// <summary>Whether an agent observes: every actor, and the factions declared observers.</summary>
    public bool[] IsObserver { get; }

    /// <summary>The observers, in agent order.</summary>
    public int[] Observers { get; }

    public int AgentCount => Agents.Length;

    /// <summary>Whether actor a is a composite of factions.</summary>
    public bool IsComposite(int actor) => actor < Actors.Length && FactionsOf[actor].Length > 0;

    /// <summary>
    /// Who speaks for an actor when it sends a claim as a whole: a unitary actor itself, a composite its largest faction
    /// (the first listed among equals), which also decides its exact-half ties (§4.4).
    /// </summary>
    public int Voice(int actor)
    {
        if (!IsComposite(actor))
        {
            return actor;
        }
        var best = FactionsOf[actor][0];
        foreach (var g in FactionsOf[actor])
        {
            if (Share[g] > Share[best])
            {
                best = g;
            }
        }
        return best;
    }

    /// <summary>Who holds the beliefs an agent acts on: an observer its own, a faction that does not observe its actor's.</summary>
    public int Believer(int agent) => IsObserver[agent] ? agent : Owner[agent];

    /// <summary>An agent's name for narratives: the actor's name, or "name (faction)".</summary>
    public string NameOf(int agent) => agent < Actors.Length ? Scenario.Actors[agent].Name
        : $"{Scenario.Actors[Owner[agent]].Name} ({Agents[agent][(Actors[Owner[agent]].Length + 1)..]})";

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

using Entente.Domain;
using Entente.Models;
using Entente.Models.Compromise;
using Entente.Models.ExpectedUtility;
using Entente.Models.Median;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Gpu;

/// <summary>
/// A sweep flattened into the arrays a kernel reads: per stance its stated inputs, its noise and the hashes of its
/// three named streams; per issue the stances of its participants in actor order (what
/// <see cref="Scenario.ParticipantsIn(string)"/> gives); the model and its options as numbers.
/// </summary>
internal sealed class GpuPlan
{
    private GpuPlan(SweepPlan plan) => Sweep = plan;

    /// <summary>The sweep.</summary>
    public SweepPlan Sweep { get; }

    public GpuModel Model { get; private init; }

    public int IssueCount { get; private init; }

    /// <summary>The largest number of participants of one issue: the size of each thread's scratch.</summary>
    public int MostParticipants { get; private init; }

    /// <summary>Issue k's participants are <see cref="ParticipantStances"/>[IssueStart[k] .. IssueStart[k + 1]).</summary>
    public required int[] IssueStart { get; init; }

    public required int[] ParticipantStances { get; init; }

    public required double[] Position { get; init; }

    public required double[] Salience { get; init; }

    public required double[] Capability { get; init; }

    public required double[] ScaleMin { get; init; }

    public required double[] ScaleMax { get; init; }

    public required double[] ScaleWidth { get; init; }

    public required double[] PositionSigma { get; init; }

    public required double[] SalienceSigma { get; init; }

    public required double[] CapabilitySigma { get; init; }

    public required ulong[] PositionStream { get; init; }

    public required ulong[] SalienceStream { get; init; }

    public required ulong[] CapabilityStream { get; init; }

    public EumSettings Eum { get; private init; }

    /// <summary>Why <paramref name="plan"/> cannot run as kernels, or null when it can.</summary>
    public static string? Unsupported(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ModelOf(plan, out _) is null
            ? $"model '{plan.Model}'{VariantNote(plan)} has no GPU kernel (the GPU runs sweeps of compromise, median, eum variant bdm, and smp's challenge steps): use --device cpu or auto"
            : null;
    }

    /// <summary>The flattened <paramref name="plan"/>.</summary>
    /// <exception cref="NotSupportedException">The plan's model has no kernel (<see cref="Unsupported"/> says why).</exception>
    public static GpuPlan For(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var model = ModelOf(plan, out var eum) ?? throw new NotSupportedException(Unsupported(plan));
        var scenario = plan.Scenario;
        var stances = scenario.Stances;
        var n = stances.Count;
        var issueStart = new int[scenario.Issues.Count + 1];
        var participants = new List<int>();
        var most = 0;
        for (var k = 0; k < scenario.Issues.Count; k++)
        {
            issueStart[k] = participants.Count;
            var issueId = scenario.Issues[k].Id;
            // The first stance of each actor on the issue, in actor order: ParticipantsIn's rule.
            var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var s = 0; s < n; s++)
            {
                if (stances[s].IssueId == issueId)
                {
                    firstOf.TryAdd(stances[s].ActorId, s);
                }
            }
            foreach (var actor in scenario.Actors)
            {
                if (firstOf.TryGetValue(actor.Id, out var s))
                {
                    participants.Add(s);
                }
            }
            most = Math.Max(most, participants.Count - issueStart[k]);
        }
        issueStart[^1] = participants.Count;

        var noise = plan.Noise;
        return new GpuPlan(plan)
        {
            Model = model,
            IssueCount = scenario.Issues.Count,
            MostParticipants = most,
            IssueStart = issueStart,
            ParticipantStances = participants.ToArray(),
            Position = stances.Select(s => s.Position).ToArray(),
            Salience = stances.Select(s => s.Salience).ToArray(),
            Capability = stances.Select(s => s.Capability ?? scenario.FindActor(s.ActorId)!.Capability!.Value).ToArray(),
            ScaleMin = stances.Select(s => scenario.FindIssue(s.IssueId)!.Scale.Min).ToArray(),
            ScaleMax = stances.Select(s => scenario.FindIssue(s.IssueId)!.Scale.Max).ToArray(),
            ScaleWidth = stances.Select(s => scenario.FindIssue(s.IssueId)!.Scale.Width).ToArray(),
            PositionSigma = stances.Select(s => s.Noise?.Position ?? noise.Position).ToArray(),
            SalienceSigma = stances.Select(s => s.Noise?.Salience ?? noise.Salience).ToArray(),
            CapabilitySigma = stances.Select(s => s.Noise?.Capability ?? noise.Capability).ToArray(),
            PositionStream = stances.Select(s => RandomStreams.Position(s.ActorId, s.IssueId).NameHash).ToArray(),
            SalienceStream = stances.Select(s => RandomStreams.Salience(s.ActorId, s.IssueId).NameHash).ToArray(),
            CapabilityStream = stances.Select(s => RandomStreams.Capability(s.ActorId, s.IssueId).NameHash).ToArray(),
            Eum = eum is null ? default : new EumSettings
            {
                Q = eum.Q,
                T = eum.T,
                Tolerance = eum.Tolerance,
                Rounds = plan.Rounds ?? eum.MaxRounds,
                Lanes = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? System.Runtime.Intrinsics.Vector512<double>.Count : 0,
            },
        };
    }

    private static GpuModel? ModelOf(SweepPlan plan, out ExpectedUtilityOptions? eum)
    {
        eum = null;
        switch (plan.Model)
        {
            case CompromiseOptions.ModelName:
                return GpuModel.Compromise;
            case MedianOptions.ModelName:
                return GpuModel.Median;
            case ExpectedUtilityOptions.ModelName:
                var options = ExpectedUtilityOptions.Parse(plan.Options);
                if (options.Variant != EumVariant.Bdm)
                {
                    return null;
                }
                eum = options;
                return GpuModel.Eum;
            default:
                return null;
        }
    }

    private static string VariantNote(SweepPlan plan) =>
        plan.Model == ExpectedUtilityOptions.ModelName ? " with variant scholz" : "";
}

/// <summary>The expected utility model's options as the kernel reads them.</summary>
internal readonly record struct EumSettings
{
    public double Q { get; init; }

    public double T { get; init; }

    public double Tolerance { get; init; }

    /// <summary>The most rounds (the sweep's override, else maxRounds).</summary>
    public int Rounds { get; init; }

    /// <summary>
    /// The width of the CPU's vector paths on this host (8 with 512-bit vectors, else 0). Where the CPU sums the risk
    /// pass lane by lane and weighs offers in its fused form, the kernel does the same arithmetic in the same order,
    /// so that its forecasts are the host CPU's and not another machine's.
    /// </summary>
    public int Lanes { get; init; }
}

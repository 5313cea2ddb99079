using System.Runtime.CompilerServices;
using Entente.Domain;
using Entente.Models;
using Entente.Models.Compromise;
using Entente.Models.ExpectedUtility;
using Entente.Models.Median;
using Entente.Simulation.Execution;

namespace Entente.Simulation.MonteCarlo;

/// <summary>The models a sweep runs on flat arrays.</summary>
internal enum FlatModel
{
    /// <summary>The capability-and-salience-weighted mean.</summary>
    Compromise,

    /// <summary>The capability-and-salience-weighted median.</summary>
    Median,

    /// <summary>The expected utility model (either variant), round by round.</summary>
    ExpectedUtility,
}

/// <summary>
/// A sweep flattened once into the arrays its trials read: per issue its participants in actor order (what
/// <see cref="Scenario.ParticipantsIn(string)"/> gives), each with its stated inputs, its noise and the hashes of its
/// three named streams, so that a trial only draws and computes (<see cref="FlatTrials"/>) where the general path
/// builds a whole scenario, looks participants up by name and returns a result with dictionaries. The same layout as
/// the GPU's plan, and the same draws (<see cref="StanceDraws"/>) and arithmetic, so the same bits.
/// </summary>
internal sealed class FlatSweep
{
    // One flattening per plan, whichever range asks first; the plan's lifetime is the entry's.
    private static readonly ConditionalWeakTable<SweepPlan, Entry> Flattened = [];

    private FlatSweep(SweepPlan plan, FlatModel model, ExpectedUtilityOptions? eum, int participants, int issues)
    {
        Plan = plan;
        Model = model;
        Eum = eum;
        IssueStart = new int[issues + 1];
        Position = new double[participants];
        Salience = new double[participants];
        Capability = new double[participants];
        ScaleMin = new double[participants];
        ScaleMax = new double[participants];
        ScaleWidth = new double[participants];
        PositionSigma = new double[participants];
        SalienceSigma = new double[participants];
        CapabilitySigma = new double[participants];
        PositionStream = new ulong[participants];
        SalienceStream = new ulong[participants];
        CapabilityStream = new ulong[participants];
        Streams = new ulong[3 * participants];
    }

    /// <summary>The sweep.</summary>
    public SweepPlan Plan { get; }

    public FlatModel Model { get; }

    /// <summary>The expected utility model's options; null for the other models.</summary>
    public ExpectedUtilityOptions? Eum { get; }

    public int IssueCount => IssueStart.Length - 1;

    /// <summary>The most participants of one issue: the size of a trial's buffers.</summary>
    public int MostParticipants { get; private set; }

    /// <summary>Issue k's participants are [IssueStart[k], IssueStart[k + 1]) of the participant arrays.</summary>
    public int[] IssueStart { get; }

    public double[] Position { get; }

    public double[] Salience { get; }

    /// <summary>The effective capability: the stance's, else the actor's.</summary>
    public double[] Capability { get; }

    public double[] ScaleMin { get; }

    public double[] ScaleMax { get; }

    public double[] ScaleWidth { get; }

    public double[] PositionSigma { get; }

    public double[] SalienceSigma { get; }

    public double[] CapabilitySigma { get; }

    public ulong[] PositionStream { get; }

    public ulong[] SalienceStream { get; }

    public ulong[] CapabilityStream { get; }

    /// <summary>
    /// The three stream hashes of issue k's n participants side by side, from 3·IssueStart[k]: the positions', the
    /// saliences', the capabilities', so that a trial draws all 3n normals of an issue in one pass of lanes.
    /// </summary>
    public ulong[] Streams { get; }

    /// <summary>Why <paramref name="plan"/>'s trials take the general path, or null when they run flat.</summary>
    public static string? Unsupported(SweepPlan plan) => Of(plan).Reason;

    /// <summary>The flat form of <paramref name="plan"/> (made once per plan), or null when its trials take the general path.</summary>
    public static FlatSweep? For(SweepPlan plan) => Of(plan).Sweep;

    private static Entry Of(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Flattened.GetValue(plan, Flatten);
    }

    private static Entry Flatten(SweepPlan plan)
    {
        // The catalog checks the options as the general path would; the model's own type says which arithmetic it is.
        FlatModel? model = null;
        ExpectedUtilityOptions? eum = null;
        switch (ModelCatalog.Create(plan.Model, plan.Options))
        {
            case CompromiseModel:
                model = FlatModel.Compromise;
                break;
            case MedianModel:
                model = FlatModel.Median;
                break;
            case ExpectedUtilityModel expectedUtility:
                model = FlatModel.ExpectedUtility;
                eum = expectedUtility.Options;
                break;
        }
        if (model is not { } flatModel)
        {
            return new Entry(null, $"model '{plan.Model}' has no flat trial path (compromise, median and eum have)");
        }
        var scenario = plan.Scenario;
        // The general path perturbs every stance and fails on one it cannot resolve; such a plan stays on it.
        foreach (var stance in scenario.Stances)
        {
            if (scenario.FindIssue(stance.IssueId) is null || (stance.Capability ?? scenario.FindActor(stance.ActorId)?.Capability) is null)
            {
                return new Entry(null, $"the stance of '{stance.ActorId}' on '{stance.IssueId}' does not resolve");
            }
        }
        var participants = new List<Stance>();
        var issueStart = new int[scenario.Issues.Count + 1];
        for (var k = 0; k < scenario.Issues.Count; k++)
        {
            issueStart[k] = participants.Count;
            var issue = scenario.Issues[k];
            // The first stance of each actor on the issue, in actor order: ParticipantsIn's rule.
            var firstOf = new Dictionary<string, Stance>(StringComparer.Ordinal);
            foreach (var stance in scenario.Stances)
            {
                if (stance.IssueId == issue.Id)
                {
                    firstOf.TryAdd(stance.ActorId, stance);
                }
            }
            foreach (var actor in scenario.Actors)
            {
                if (firstOf.TryGetValue(actor.Id, out var stance))
                {
                    participants.Add(stance);
                }
            }
            if (participants.Count == issueStart[k])
            {
                return new Entry(null, $"issue '{issue.Id}' has no participants");
            }
        }
        issueStart[^1] = participants.Count;

        var flat = new FlatSweep(plan, flatModel, eum, participants.Count, scenario.Issues.Count);
        issueStart.CopyTo(flat.IssueStart, 0);
        var noise = plan.Noise;
        for (var p = 0; p < participants.Count; p++)
        {
            // The scale and capability as the perturber finds them, by id.
            var stance = participants[p];
            var issue = scenario.FindIssue(stance.IssueId)!;
            flat.Position[p] = stance.Position;
            flat.Salience[p] = stance.Salience;
            flat.Capability[p] = stance.Capability ?? scenario.FindActor(stance.ActorId)!.Capability!.Value;
            flat.ScaleMin[p] = issue.Scale.Min;
            flat.ScaleMax[p] = issue.Scale.Max;
            flat.ScaleWidth[p] = issue.Scale.Width;
            flat.PositionSigma[p] = stance.Noise?.Position ?? noise.Position;
            flat.SalienceSigma[p] = stance.Noise?.Salience ?? noise.Salience;
            flat.CapabilitySigma[p] = stance.Noise?.Capability ?? noise.Capability;
            flat.PositionStream[p] = RandomStreams.Position(stance.ActorId, stance.IssueId).NameHash;
            flat.SalienceStream[p] = RandomStreams.Salience(stance.ActorId, stance.IssueId).NameHash;
            flat.CapabilityStream[p] = RandomStreams.Capability(stance.ActorId, stance.IssueId).NameHash;
        }
        for (var k = 0; k < flat.IssueCount; k++)
        {
            var first = issueStart[k];
            var n = issueStart[k + 1] - first;
            flat.MostParticipants = Math.Max(flat.MostParticipants, n);
            flat.PositionStream.AsSpan(first, n).CopyTo(flat.Streams.AsSpan(3 * first, n));
            flat.SalienceStream.AsSpan(first, n).CopyTo(flat.Streams.AsSpan(3 * first + n, n));
            flat.CapabilityStream.AsSpan(first, n).CopyTo(flat.Streams.AsSpan(3 * first + 2 * n, n));
        }
        return new Entry(flat, null);
    }

    private sealed record Entry(FlatSweep? Sweep, string? Reason);
}

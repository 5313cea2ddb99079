namespace Entente.Cluster;

/// <summary>What a job grain keeps: its sweep and its done ranges.</summary>
[GenerateSerializer]
internal sealed class JobState
{
    [Id(0)] public JobSpec? Spec { get; set; }

    /// <summary>The done ranges: first trial → trial count.</summary>
    [Id(1)] public Dictionary<long, long> Done { get; set; } = [];
}

/// <summary>What a range grain keeps: its block once computed.</summary>
[GenerateSerializer]
internal sealed class RangeState
{
    [Id(0)] public byte[]? Block { get; set; }
}

using Entente.Formats;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>Monte Carlo over noisy inputs: the distribution of each issue's forecast (<c>entente sweep</c>).</summary>
public sealed record SweepRequest
{
    /// <summary>The scenario, read and validated.</summary>
    public ScenarioDocument? Scenario { get; init; }

    /// <summary>The model, its options, rounds and seed.</summary>
    public ModelChoice Model { get; init; } = new();

    /// <summary>Number of trials.</summary>
    public long Trials { get; init; } = 1000;

    /// <summary>The input noise (<see cref="NoiseSettings.Default"/> unless given).</summary>
    public NoiseSettings Noise { get; init; } = NoiseSettings.Default;

    /// <summary>Worker threads; null for all cores. Results do not depend on it.</summary>
    public int? Threads { get; init; }

    /// <summary>The gateway (<c>HOST:PORT</c>) of a cluster to run the trials on; null to run them here. Results do not depend on it.</summary>
    public string? Cluster { get; init; }

    /// <summary>The cluster's id (its silos' <c>--cluster-id</c>); the default id when null.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The cluster job's id, to re-attach to a job by name; by default a hash of the sweep, so running it again re-attaches.</summary>
    public string? Job { get; init; }

    /// <summary>Trials per range handed to a worker; the default when null. Results do not depend on it.</summary>
    public long? RangeSize { get; init; }

    /// <summary>Where the trials run here: the cores, GPU kernels, or whichever is faster. Results do not depend on it (within 1e-12 for eum).</summary>
    public ComputeDevice Device { get; init; } = ComputeDevice.Cpu;

    /// <summary>The run store to save the sweep in; null not to save it.</summary>
    public string? SaveTo { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>(Model.Validate());
        problems.AddRange(NoiseProblems.Of(Noise));
        if (Trials <= 0)
        {
            problems.Add(RequestProblem.Of("trials", "must be a positive whole number"));
        }
        if (Threads is <= 0)
        {
            problems.Add(RequestProblem.Of("threads", "must be positive"));
        }
        if (RangeSize is <= 0)
        {
            problems.Add(RequestProblem.Of("range-size", "must be a positive whole number"));
        }
        if (Cluster is not null && !ClusterAddress.IsValid(Cluster))
        {
            problems.Add(RequestProblem.Of("cluster", "must be HOST:PORT"));
        }
        if (Device != ComputeDevice.Cpu && Cluster is not null)
        {
            problems.Add(RequestProblem.Of("device", "chooses the device of this machine; with --cluster the silos run the trials"));
        }
        if (Job is not null && Cluster is null)
        {
            problems.Add(RequestProblem.Of("job", "names a cluster job: give --cluster too"));
        }
        problems.AddRange(Requests.ScenarioGiven(Scenario));
        return problems;
    }
}

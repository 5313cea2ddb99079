using Entente.Models;
using Entente.Models.Spatial;

namespace Entente.Gpu;

/// <summary>
/// A GPU as a model's accelerator: the spatial model hands it each turn's O(n³) steps (every actor's challenge to every
/// other, the coalition strengths of the turn's analyses, every actor's utility of each bargain's state), and gets the
/// numbers its own code gives, bit for bit.
/// </summary>
public sealed class GpuModelAccelerator : IModelAccelerator, ISpatialDevice
{
    private readonly GpuDevice _device;
    private ChallengeStep? _step;
    private TurnSteps? _turn;

    /// <summary>An accelerator on <paramref name="device"/> (not disposed with it).</summary>
    public GpuModelAccelerator(GpuDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        _device = device;
    }

    /// <inheritdoc />
    public string Description => _device.Description;

    /// <summary>The models that hand a step to a GPU in a single forecast.</summary>
    public static IReadOnlyList<string> Models { get; } = [SpatialOptions.ModelName];

    /// <summary>Challenge steps run on the device so far.</summary>
    public long StepsRun { get; private set; }

    (double[] Probabilities, double[] Gains) ISpatialDevice.Run(SpatialActors actors, TurnAnalysis analysis, SpatialOptions options)
    {
        lock (_device.Gate)
        {
            StepsRun++;
            _step ??= new ChallengeStep(_device);
            return _step.Run(actors, analysis, options);
        }
    }

    double[] ISpatialDevice.Coalitions(double[] utilities, double[] weights, int options, VotingRule rule)
    {
        lock (_device.Gate)
        {
            _turn ??= new TurnSteps(_device);
            return _turn.Coalitions(utilities, weights, options, rule);
        }
    }

    double[] ISpatialDevice.After(SpatialActors actors, TurnAnalysis analysis, IReadOnlyList<ProposedBargain> bargains)
    {
        lock (_device.Gate)
        {
            _turn ??= new TurnSteps(_device);
            return _turn.After(actors, analysis, bargains);
        }
    }
}

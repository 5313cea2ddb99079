using Entente.Models;
using Entente.Models.Spatial;

namespace Entente.Gpu;

/// <summary>
/// A GPU as a model's accelerator: the spatial model hands it each turn's challenge step (every actor's challenge to
/// every other, n² pairs in parallel), and gets the numbers its own evaluator gives, bit for bit.
/// </summary>
public sealed class GpuModelAccelerator : IModelAccelerator, IChallengeStep
{
    private readonly GpuDevice _device;
    private ChallengeStep? _step;

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

    (double[] Probabilities, double[] Gains) IChallengeStep.Run(SpatialActors actors, TurnAnalysis analysis, SpatialOptions options)
    {
        lock (_device.Gate)
        {
            StepsRun++;
            _step ??= new ChallengeStep(_device);
            return _step.Run(actors, analysis, options);
        }
    }
}

using Entente.Models;

namespace Entente.Simulation;

/// <summary>The engine's loop runner: a model's independent iterations spread over the thread pool.</summary>
public sealed class ParallelLoops : ILoopRunner
{
    private ParallelLoops()
    {
    }

    /// <summary>The one instance.</summary>
    public static ParallelLoops Instance { get; } = new();

    /// <inheritdoc />
    public void For(int count, Action<int> body) => Parallel.For(0, count, body);
}

namespace Entente.Models;

/// <summary>
/// Runs the iterations of a loop whose iterations are independent, perhaps several at once. Models are pure
/// computation and own no threads: whoever runs them (the engine) decides whether loops use several cores.
/// Each iteration writes only its own slots, so any runner gives the same bits.
/// </summary>
public interface ILoopRunner
{
    /// <summary>Runs <paramref name="body"/> for 0 ≤ i &lt; <paramref name="count"/>, returning when all are done.</summary>
    void For(int count, Action<int> body);
}

/// <summary>Runs every iteration in turn on the calling thread: the runner when the caller gives none.</summary>
internal sealed class SequentialLoops : ILoopRunner
{
    private SequentialLoops()
    {
    }

    /// <summary>The one instance.</summary>
    public static SequentialLoops Instance { get; } = new();

    /// <inheritdoc />
    public void For(int count, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    }
}

using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// Every actor's utility of the state after each bargain, parallel over (bargain, actor): the utilities of the two
/// new positions (computed on the host, O(n) a bargain), then the actor's own utilities of every other position in
/// actor order, over n: StateUtilities.After's sum in its order. Own utilities are read position-major, so the threads
/// of one bargain read one position's utilities side by side.
/// </summary>
internal static class AfterKernel
{
    /// <summary>Writes actor a's utility of the state after bargain b to <c>[b·n + a]</c>.</summary>
    public static void Run(Index1D thread, long threads, int actors, int bargains, ArrayView<double> ownTo, ArrayView<double> moved,
        ArrayView<int> initiators, ArrayView<int> receivers, ArrayView<double> after)
    {
        var n = (long)actors;
        for (var item = (long)thread.X; item < bargains * n; item += threads)
        {
            var b = item / n;
            var a = item % n;
            var initiator = initiators[b];
            var receiver = receivers[b];
            var sum = moved[item];
            for (var x = 0; x < actors; x++)
            {
                if (x != initiator && x != receiver)
                {
                    sum += ownTo[x * n + a];
                }
            }
            after[item] = sum / actors;
        }
    }
}

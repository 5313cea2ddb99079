using Entente.Models.Common;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// The round loop must not allocate: at 10,000 actors a round touches 10⁸ pairs, and garbage collection
/// there would cost more than the arithmetic. Bytes allocated on this thread are counted exactly by the runtime.
/// </summary>
public class AllocationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_round_allocates_nothing_once_the_engine_is_built(bool naive)
    {
        var random = new CounterRandom(5, 0);
        const int actors = 300;
        var positions = Enumerable.Range(0, actors).Select(_ => 100 * random.NextDouble()).ToArray();
        var saliences = Enumerable.Range(0, actors).Select(_ => 0.1 + 0.9 * random.NextDouble()).ToArray();
        var capabilities = Enumerable.Range(0, actors).Select(_ => 0.1 + 0.9 * random.NextDouble()).ToArray();
        IWinProbability probability = naive ? new NaiveBdmProbability() : new SortedBdmProbability();
        var engine = new EumEngine(positions, saliences, capabilities, new ExpectedUtilityOptions(), probability);
        engine.Step();
        engine.Step();
        engine.Step();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 6; round++)
        {
            engine.Step();
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}

using Entente.Simulation.Execution;

namespace Entente.Simulation.Tests.Execution;

public class TrialBlockTests
{
    private static TrialBlock Block(long start, long count)
    {
        var block = TrialBlock.Empty(Scenarios.ThreeActors(), [50]);
        var stream = new RandomStream("test/block");
        for (var t = start; t < start + count; t++)
        {
            block.Issue(0).Add(t, 50 + 10 * stream.Gaussian(RandomStream.TrialKey(3, (ulong)t)));
        }
        return block;
    }

    [Theory]
    [InlineData(100)]
    [InlineData(30_000)]
    public void Blocks_merged_in_any_order_hold_the_same_bytes_and_summary(int perBlock)
    {
        var parts = Enumerable.Range(0, 5).Select(k => Block(k * (long)perBlock, perBlock)).ToArray();
        TrialBlock Merged(IEnumerable<int> order)
        {
            var total = TrialBlock.Empty(Scenarios.ThreeActors(), [50]);
            foreach (var k in order)
            {
                total.Merge(TrialBlock.FromBytes(parts[k].ToBytes()));
            }
            return total;
        }

        var forward = Merged([0, 1, 2, 3, 4]);
        var shuffled = Merged([3, 0, 4, 2, 1]);
        var whole = Block(0, 5L * perBlock);

        Assert.Equal(whole.ToBytes(), forward.ToBytes());
        Assert.Equal(whole.ToBytes(), shuffled.ToBytes());
        Assert.Equal(whole.Issue(0).Summarise(), shuffled.Issue(0).Summarise());
        Assert.Equal(5L * perBlock, shuffled.Trials);
    }

    [Fact]
    public void A_block_read_back_from_its_bytes_summarises_as_the_original()
    {
        var block = Block(0, 1000);

        var copy = TrialBlock.FromBytes(block.ToBytes());

        Assert.Equal(block.Issue(0).Summarise(), copy.Issue(0).Summarise());
        Assert.Equal(block.Issue(0).Bars().Counts, copy.Issue(0).Bars().Counts);
    }

    [Fact]
    public void Bytes_that_are_not_a_block_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => TrialBlock.FromBytes([9, 0, 0, 0]));
        Assert.Throws<InvalidDataException>(() => TrialBlock.FromBytes(Block(0, 10).ToBytes()[..40]));
    }
}

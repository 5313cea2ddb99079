using Entente.Models.Diplomacy.Randomness;

namespace Entente.Models.Tests.Diplomacy.V2.Randomness;

/// <summary>W1: the generator's test vectors, so any implementation (CPU, GPU, cluster) can be checked without a source.</summary>
public sealed class NamedStreamsTests
{
    [Theory]
    [InlineData(42UL, 0UL, "type/US/q", 0UL, 0x84432EFE12726B7FUL, 0.516650139837)]
    [InlineData(42UL, 1UL, "type/US/q", 0UL, 0x49D4DFDA1824968CUL, 0.288404455896)]
    [InlineData(42UL, 0UL, "type/DPRK/r/strike", 0UL, 0x872B95EB92B8210CUL, 0.52800881387)]
    [InlineData(0UL, 0UL, "", 0UL, 0x402321C1C9CC6C0CUL, 0.25053606969)]
    [InlineData(2010UL, 9999UL, "mix/leak/China", 3UL, 0x256818ED58E89F9FUL, 0.146119649836)]
    public void Draws_match_the_specifications_vectors(ulong seed, ulong trial, string stream, ulong k, ulong bits, double uniform)
    {
        Assert.Equal(bits, NamedStreams.U64(seed, trial, stream, k));
        Assert.Equal(uniform, NamedStreams.Uniform(seed, trial, stream, k), 11);
    }

    [Fact]
    public void The_hash_and_mixer_match_their_vectors()
    {
        Assert.Equal(0x8E7F9622360AB4C6UL, NamedStreams.Fnv1a64("type/US/q"));
        Assert.Equal(0x5692161D100B05E5UL, NamedStreams.Mix64(1));
    }

    [Fact]
    public void A_discrete_draw_takes_the_first_index_whose_running_sum_exceeds_the_uniform()
    {
        Assert.Equal(1, NamedStreams.DrawIndex([0.2, 0.5, 0.3], NamedStreams.Uniform(42, 0, "type/US/q")));
        Assert.Equal(0, NamedStreams.DrawIndex([0.2, 0.5, 0.3], 0.0));
        // Rounding can leave the sum just below 1: the draw falls on the last point with weight.
        Assert.Equal(1, NamedStreams.DrawIndex([0.5, 0.4999999, 0.0], 0.99999999));
    }

    [Fact]
    public void Stream_names_are_hashed_as_utf8()
    {
        // "é" is two bytes in UTF-8; hashing chars instead of bytes would give another value.
        var bytes = System.Text.Encoding.UTF8.GetBytes("type/Côte/q");
        var h = 0xCBF29CE484222325UL;
        foreach (var b in bytes)
        {
            h = unchecked((h ^ b) * 0x100000001B3UL);
        }
        Assert.Equal(h, NamedStreams.Fnv1a64("type/Côte/q"));
    }
}

using Entente.Models.Common;
using Entente.Models.Exchange;

namespace Entente.Models.Tests.Exchange;

/// <summary>The open-addressing table behind NearTies' buckets, against a Dictionary doing the same.</summary>
public sealed class BucketTableTests
{
    [Theory]
    [InlineData(0, 64)]
    [InlineData(16, 20)]
    [InlineData(1000, 5000)]
    public void Adds_finds_and_removals_agree_with_a_dictionary(int capacity, int range)
    {
        // Keys from a small range collide and form long runs, which removal must shift back correctly;
        // a small capacity makes the table grow on the way.
        var random = new CounterRandom(3, (ulong)range);
        var table = new BucketTable<int>(capacity);
        var expected = new Dictionary<long, int>();
        for (var n = 0; n < 20_000; n++)
        {
            long key = random.NextInt(range);
            if (expected.ContainsKey(key) && random.NextDouble() < 0.5)
            {
                table.Remove(key);
                expected.Remove(key);
            }
            else
            {
                table.GetOrAdd(key) += 1;
                expected[key] = expected.GetValueOrDefault(key) + 1;
            }
            if (n % 97 == 0)
            {
                for (long k = -1; k <= range; k++)
                {
                    ref var held = ref table.Find(k);
                    Assert.Equal(expected.ContainsKey(k), !System.Runtime.CompilerServices.Unsafe.IsNullRef(ref held));
                    if (expected.TryGetValue(k, out var value))
                    {
                        Assert.Equal(value, held);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_new_key_starts_from_the_default_value_even_where_a_removed_one_was()
    {
        var table = new BucketTable<int>(4);
        table.GetOrAdd(7) = 5;
        table.Remove(7);

        Assert.Equal(0, table.GetOrAdd(7));
        Assert.True(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref table.Find(8)));
    }
}

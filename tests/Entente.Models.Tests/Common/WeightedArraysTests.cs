using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.Tests.Common;

/// <summary>The mean and median on plain arrays are WeightedStatistics' on participant lists, bit for bit, zero weights and ties included.</summary>
public sealed class WeightedArraysTests
{
    [Fact]
    public void Mean_and_median_are_the_participant_lists_bits()
    {
        var random = new Random(3);
        for (var issue = 0; issue < 2000; issue++)
        {
            var n = 1 + random.Next(25);
            var participants = new Participant[n];
            for (var a = 0; a < n; a++)
            {
                // Ties, zero saliences and all-zero weights now and then.
                var position = random.Next(2) == 0 ? random.Next(5) : 100 * random.NextDouble();
                var salience = issue % 7 == 0 || random.Next(5) == 0 ? 0 : random.NextDouble();
                participants[a] = new Participant($"a{a}", position, salience, 0.1 + random.NextDouble());
            }
            var positions = participants.Select(p => p.Position).ToArray();
            var saliences = participants.Select(p => p.Salience).ToArray();
            var capabilities = participants.Select(p => p.Capability).ToArray();

            Assert.Equal(BitConverter.DoubleToInt64Bits(WeightedStatistics.Mean(participants)),
                BitConverter.DoubleToInt64Bits(WeightedArrays.Mean(positions, saliences, capabilities)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(WeightedStatistics.Median(participants)),
                BitConverter.DoubleToInt64Bits(WeightedArrays.Median(positions, saliences, capabilities, new int[n])));
        }
    }
}

using Entente.Models.Diplomacy.Randomness;
using Entente.Simulation.Execution;

namespace Entente.Simulation.Tests.Execution;

public class RandomStreamTests
{
    [Theory]
    [InlineData(0UL, 0UL, "noise/position/a/x", 0UL)]
    [InlineData(2026UL, 17UL, "type/US/q", 3UL)]
    [InlineData(ulong.MaxValue, 123456789UL, "noise/credibility/leak", 9UL)]
    public void A_stream_is_the_diplomacy_specification_s_generator(ulong seed, ulong trial, string name, ulong index)
    {
        Assert.Equal(NamedStreams.U64(seed, trial, name, index), new RandomStream(name).Bits(RandomStream.TrialKey(seed, trial), index));
    }

    [Fact]
    public void Uniform_draws_stay_strictly_inside_the_unit_interval()
    {
        var stream = new RandomStream("test/uniform");
        for (var t = 0UL; t < 10_000; t++)
        {
            Assert.InRange(stream.OpenUniform(RandomStream.TrialKey(1, t)), 1.0 / (1UL << 53), 1 - 1.0 / (1UL << 53));
        }
    }

    [Fact]
    public void The_registry_names_each_input_once_by_its_ids_not_its_position()
    {
        string[] names =
        [
            RandomStreams.Position("a", "x").Name, RandomStreams.Salience("a", "x").Name, RandomStreams.Capability("a", "x").Name,
            RandomStreams.Position("b", "x").Name, RandomStreams.Position("a", "y").Name,
            RandomStreams.BeliefPosition("a", "b", "x").Name, RandomStreams.BeliefSalience("a", "b", "x").Name,
            RandomStreams.Credibility("private").Name, RandomStreams.Credibility("leak").Name,
        ];

        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.StartsWith(RandomStreams.NoisePrefix, n));
        Assert.Equal("noise/position/a/x", RandomStreams.Position("a", "x").Name);
    }
}

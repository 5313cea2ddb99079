using Entente.Domain;
using Entente.Models.Spatial;

namespace Entente.Gpu.Tests.Kernels;

/// <summary>
/// The spatial turn's other O(n³) steps on the device give the CPU's numbers bit for bit: the coalition strengths of
/// a PCE under every voting rule (the CPU's lanes and its scalar rows alike), and every actor's utility of the state
/// after each bargain.
/// </summary>
public sealed class TurnStepsTests
{
    [Theory]
    [InlineData(VotingRule.Prop, 13, 11)]
    [InlineData(VotingRule.Binary, 9, 20)]
    [InlineData(VotingRule.PropBin, 17, 5)]
    [InlineData(VotingRule.PropCbc, 24, 24)]
    [InlineData(VotingRule.Cubic, 3, 30)]
    [InlineData(VotingRule.ASymProsp, 33, 7)]
    public void Coalitions_are_the_CPU_s_bit_for_bit(VotingRule rule, int options, int voters)
    {
        var random = new Random(options * 31 + voters);
        var utilities = Enumerable.Range(0, options * voters).Select(_ => random.NextDouble()).ToArray();
        // Ties between options, where a vote is exactly 0, as positions that coincide give.
        for (var k = 0; k < voters; k += 3)
        {
            utilities[voters + k] = utilities[k];
        }
        var weights = Enumerable.Range(0, voters).Select(_ => 0.1 + random.NextDouble()).ToArray();

        var device = new TurnSteps(SharedDevice.Device).Coalitions(utilities, weights, options, rule);
        var cpu = CoalitionStrengths.Of(utilities, weights, options, rule);
        var scalarI = new double[options];
        var scalarJ = new double[options];

        Assert.Equal(Bits(cpu), Bits(device));
        for (var i = 0; i < options; i++)
        {
            CoalitionStrengths.ScalarRow(i, utilities, weights, rule, scalarI, scalarJ);
            for (var j = 0; j < i; j++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(scalarI[j]), BitConverter.DoubleToInt64Bits(device[i * options + j]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(scalarJ[j]), BitConverter.DoubleToInt64Bits(device[j * options + i]));
            }
        }
    }

    [Theory]
    [InlineData(9, 1, "")]
    [InlineData(26, 2, "")]
    [InlineData(19, 3, "bargainingModel=InitRcvrInterp")]
    public void Every_bargain_s_state_is_valued_as_the_CPU_values_it_bit_for_bit(int actors, int issues, string optionText)
    {
        var scenario = Scenarios.Generated(actors, issues, seed: 700 + actors);
        var options = SpatialOptions.Parse(optionText.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(o => o.Split('=')).Select(o => new ModelOption(o[0], o[1])).ToArray());
        var spatial = SpatialScenario.From(scenario);
        var analysis = TurnAnalysis.Of(spatial.Initial, spatial.Actors, options);
        var n = spatial.Actors.Count;
        // Bargains between every pair, each side moved part of the way to the other.
        var bargains = new List<ProposedBargain>();
        for (var i = 0; i < n; i++)
        {
            var j = (i * 7 + 3) % n;
            if (j == i)
            {
                continue;
            }
            var pi = analysis.State.Position(i).ToArray();
            var pj = analysis.State.Position(j).ToArray();
            bargains.Add(new ProposedBargain(i, j, [.. pi.Zip(pj, (a, b) => a + 0.3 * (b - a))], [.. pi.Zip(pj, (a, b) => b + 0.6 * (a - b))]));
        }

        var device = new TurnSteps(SharedDevice.Device).After(spatial.Actors, analysis, bargains);

        for (var b = 0; b < bargains.Count; b++)
        {
            Assert.Equal(Bits(StateUtilities.After(spatial.Actors, analysis, bargains[b])), Bits(device.AsSpan(b * n, n).ToArray()));
        }
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}

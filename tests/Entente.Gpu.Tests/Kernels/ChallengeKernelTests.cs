using Entente.Domain;
using Entente.Models.Spatial;

namespace Entente.Gpu.Tests.Kernels;

/// <summary>
/// The spatial model's challenge step on the device gives, for every pair, the φ and gain the CPU's
/// ChallengeEvaluator gives, bit for bit: the same functions in the same order.
/// </summary>
public sealed class ChallengeKernelTests
{
    [Theory]
    [InlineData(9, 1, "")]
    [InlineData(24, 2, "")]
    [InlineData(24, 2, "votingRule=Binary thirdPartyCommit=FullCommit bigRAdjust=Half")]
    [InlineData(17, 3, "votingRule=PropCbc thirdPartyCommit=NoCommit bigRAdjust=Full")]
    public void Every_pair_s_challenge_is_the_CPU_s_bit_for_bit(int actors, int issues, string optionText)
    {
        var scenario = Scenarios.Generated(actors, issues, seed: actors);
        var options = SpatialOptions.Parse(optionText.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(o => o.Split('=')).Select(o => new ModelOption(o[0], o[1])).ToArray());
        var spatial = SpatialScenario.From(scenario);
        var analysis = TurnAnalysis.Of(spatial.Initial, spatial.Actors, options);

        var (probabilities, gains) = new ChallengeStep(SharedDevice.Device).Run(spatial.Actors, analysis, options);

        var n = spatial.Actors.Count;
        var evaluator = new ChallengeEvaluator(spatial.Actors, analysis, options);
        var risk = new double[n];
        var utilityOfI = new double[n];
        var utilityOfOwn = new double[n];
        var p = new double[n];
        var g = new double[n];
        for (var i = 0; i < n; i++)
        {
            evaluator.Prepare(i, i, risk, utilityOfI, utilityOfOwn);
            evaluator.EvaluateTargets(i, risk, utilityOfI, utilityOfOwn, p, g);
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(p[j]), BitConverter.DoubleToInt64Bits(probabilities[i * n + j]));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(g[j]), BitConverter.DoubleToInt64Bits(gains[i * n + j]));
                }
            }
        }
    }
}

using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.Commitments;
using Entente.Models.Diplomacy.Engine;
using Entente.Models.Tests.Diplomacy.V2.Claims;

namespace Entente.Models.Tests.Diplomacy.V2.Commitments;

/// <summary>
/// The claim reading's reputation stake, read off the audience's grids without building their readings, is bit for bit
/// the stake of <see cref="ReputationStake.Of"/> over the readings built the plain way (a joint grid, its q and the
/// level-0 rule per audience member), whatever the audience believes: shared grids, grids on other points, known types.
/// </summary>
public sealed class ReputationStakeReadingTests
{
    [Theory]
    [InlineData(ClaimKind.Promise)]
    [InlineData(ClaimKind.Threat)]
    public void The_stake_read_off_the_grids_equals_the_stake_of_the_readings_built_one_by_one(ClaimKind kind)
    {
        var random = new Random(21);
        var compared = 0;
        foreach (var (reading, cast, state, claim) in GeneratedReadings.Of(kind, 200, 20))
        {
            Assert.True(claim.Audience.Count(h => h != claim.Speaker && h != claim.Sender) >= 2);
            foreach (var audienceCost in new[] { 0.0, random.NextDouble() * 0.3, random.NextDouble() })
            {
                var expected = Reference(reading, cast, state, claim, audienceCost);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(reading.ReputationStake(audienceCost)));
                compared += expected > 0 ? 1 : 0;
            }
        }
        Assert.True(compared > 100, $"only {compared} positive stakes compared");
    }

    // The stake as ClaimReading built it before: one ReputationObserver per audience member, on its own joint grid.
    private static double Reference(ClaimReading reading, LayerCast cast, LayerState state, ResolvedClaim claim, double audienceCost)
    {
        var s = claim.Speaker;
        if (cast.Psi[s] == 0)
        {
            return 0.0;
        }
        var reciprocity = Array.IndexOf(reading.SenderDimensions, LayerCast.Reciprocity);
        var audience = new List<ReputationObserver>();
        foreach (var h in claim.Audience)
        {
            if (h == s || h == claim.Sender)
            {
                continue;
            }
            var grid = new JointGrid([.. reading.SenderDimensions.Select(k => state.Beliefs[h, s, k])]);
            var q = Enumerable.Range(0, grid.Count).Select(t => grid.ValueOf(t, reciprocity)).ToArray();
            audience.Add(new ReputationObserver(cast.Weight[h], grid.Weights, q, reading.LevelZero(grid, audienceCost)));
        }
        return ReputationStake.Of(cast.Psi[s], audience);
    }
}

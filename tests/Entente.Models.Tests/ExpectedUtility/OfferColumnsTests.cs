using CsCheck;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// The fused offer phase with its lanes across receivers (<see cref="BdmOfferColumns"/>) plays the same rounds as the
/// one-row-at-a-time pass (<see cref="BdmOfferRow"/>) to the last bit: positions, risk exponents, accepted proposers,
/// kinds and both utilities, round after round, on issues of every size around the vector width, with ties.
/// </summary>
public sealed class OfferColumnsTests
{
    private static readonly Gen<(double[] Positions, double[] Saliences, double[] Capabilities)> Issues =
        Gen.Int[2, 70].SelectMany(n => Gen.Select(
            // A fine grid and a coarse one, so that ties of position (and of movement) occur.
            Gen.OneOf(Gen.Int[0, 100_000].Select(i => i / 1000.0), Gen.Int[0, 20].Select(i => i * 5.0), Gen.Int[0, 3].Select(i => i * 1.0)).Array[n],
            Gen.Double[0.05, 1].Array[n],
            Gen.Double[0.05, 1].Array[n]));

    [Theory]
    [InlineData(EumVariant.Bdm)]
    [InlineData(EumVariant.Scholz)]
    public void Columns_play_the_rounds_of_rows_bit_for_bit(EumVariant variant)
    {
        var options = new ExpectedUtilityOptions { Variant = variant };
        Issues.Sample(issue =>
        {
            var (positions, saliences, capabilities) = issue;
            if (positions.Max() == positions.Min() || (variant == EumVariant.Scholz && positions.Length > 25))
            {
                return;
            }
            var columns = Engine(positions, saliences, capabilities, options, byColumns: true);
            var rows = Engine(positions, saliences, capabilities, options, byColumns: false);
            for (var round = 0; round < 12; round++)
            {
                Assert.Equal(Bits(rows.Step()), Bits(columns.Step()));
                for (var i = 0; i < positions.Length; i++)
                {
                    var where = $"round {round} actor {i} of {positions.Length}";
                    Assert.True(Bits(rows.Positions[i]) == Bits(columns.Positions[i]), $"{where}: x rows {rows.Positions[i]:R} columns {columns.Positions[i]:R}");
                    Assert.True(Bits(rows.Risk[i]) == Bits(columns.Risk[i]), $"{where}: r");
                    Assert.True(rows.Proposer[i] == columns.Proposer[i], $"{where}: proposer rows {rows.Proposer[i]} columns {columns.Proposer[i]}");
                    Assert.Equal(rows.Kind[i], columns.Kind[i]);
                    if (rows.Proposer[i] >= 0)
                    {
                        Assert.True(Bits(rows.OfferReceiverUtility[i]) == Bits(columns.OfferReceiverUtility[i]), $"{where}: E_ij");
                        Assert.True(Bits(rows.OfferProposerUtility[i]) == Bits(columns.OfferProposerUtility[i]), $"{where}: E_ji");
                    }
                }
            }
        }, iter: variant == EumVariant.Bdm ? 400 : 60);
    }

    [Fact]
    public void A_reused_engine_plays_the_rounds_of_a_new_one_by_columns()
    {
        var options = new ExpectedUtilityOptions();
        EumEngine? reused = null;
        Issues.Sample(issue =>
        {
            var (positions, saliences, capabilities) = issue;
            if (positions.Max() == positions.Min())
            {
                return;
            }
            if (reused is null || reused.Count != positions.Length)
            {
                reused = Engine(positions, saliences, capabilities, options, byColumns: true);
            }
            else
            {
                reused.Reset(positions, saliences, capabilities);
            }
            var rows = Engine(positions, saliences, capabilities, options, byColumns: false);
            for (var round = 0; round < 6; round++)
            {
                Assert.Equal(Bits(rows.Step()), Bits(reused.Step()));
                for (var i = 0; i < positions.Length; i++)
                {
                    Assert.True(Bits(rows.Positions[i]) == Bits(reused.Positions[i]), $"round {round} actor {i} of {positions.Length}");
                }
            }
        }, iter: 200, threads: 1);
    }

    private static EumEngine Engine(double[] positions, double[] saliences, double[] capabilities, ExpectedUtilityOptions options, bool byColumns) =>
        new(positions, saliences, capabilities, options, options.Variant == EumVariant.Scholz ? new ScholzProbability() : new SortedBdmProbability())
        {
            OfferColumns = byColumns,
        };

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}

using System.Text.Json;
using Entente.Simulation.Comparison;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;
using Entente.Simulation.Tests.Diplomacy;

namespace Entente.Simulation.Tests.Comparison;

/// <summary>
/// A comparison cut into pieces (each run's Monte Carlo over types, then the attribution's runs) and assembled from
/// their numbers, as a cluster runs it, is the comparison run whole: the same summaries over types, the same paired
/// differences, the same attributions, bit for bit.
/// </summary>
public sealed class ComparisonWorkTests
{
    private static readonly JsonSerializerOptions Everything = new()
    {
        IncludeFields = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml", 12, 8)]
    [InlineData("korea-2017-coordination.yaml", 10, 0)]
    [InlineData("gulf-1991-ultimatum.yaml", 9, 5)]
    [InlineData("climate-2014-us-china.yaml", 7, 4)]
    public void The_comparison_from_pieces_is_the_comparison_run_whole(string example, int trials, int attributionTrials)
    {
        var request = new ForecastRequest { Scenario = SourceCases.Load(example), Seed = 4, Trials = trials };
        var (wholeBase, wholeVariants) = VariantComparison.Run(request, []);
        var wholeAttributions = VariantComparison.Attribute(request, attributionTrials);

        var work = VariantComparison.Pieces(request, [], attributionTrials);
        var pieces = Enumerable.Range(0, work.Count).Select(k => work.Run(k, CancellationToken.None)).ToArray();
        var (pieceBase, pieceVariants, pieceAttributions) = work.Assemble(request, pieces);

        Assert.Equal(1 + wholeVariants.Count + (attributionTrials > 0 ? 1 + wholeAttributions.Count : 0), work.Count);
        Assert.NotNull(wholeBase.MonteCarlo);
        Assert.Equal(Json(wholeBase.MonteCarlo), Json(pieceBase.MonteCarlo));
        Assert.Equal(Json(wholeBase.Result), Json(pieceBase.Result));
        Assert.Equal(wholeVariants.Count, pieceVariants.Count);
        foreach (var (whole, piece) in wholeVariants.Zip(pieceVariants))
        {
            Assert.NotNull(whole.Paired);
            Assert.Equal(Json(whole.Paired), Json(piece.Paired));
            Assert.Equal(Json(whole.Run.MonteCarlo), Json(piece.Run.MonteCarlo));
            Assert.Equal(Json(whole.Issues), Json(piece.Issues));
            Assert.Equal(whole.AccountedFor, piece.AccountedFor);
        }
        Assert.Equal(Json(wholeAttributions), Json(pieceAttributions));
    }

    [Fact]
    public void A_model_without_the_diplomacy_layer_leaves_no_pieces_and_its_runs_are_made_when_assembled()
    {
        var request = new ForecastRequest { Scenario = SourceCases.Load("korea-2010-yeonpyeong.yaml"), Model = "compromise", Seed = 4, Trials = 10 };
        var (wholeBase, wholeVariants) = VariantComparison.Run(request, []);

        var work = VariantComparison.Pieces(request, [], 8);
        var (pieceBase, pieceVariants, pieceAttributions) = work.Assemble(request, []);

        Assert.Equal(0, work.Count);
        Assert.Null(pieceBase.MonteCarlo);
        Assert.Equal(Json(wholeBase.Result), Json(pieceBase.Result));
        Assert.Equal(Json(wholeVariants.Select(v => v.Issues)), Json(pieceVariants.Select(v => v.Issues)));
        Assert.Empty(pieceAttributions);
    }

    [Fact]
    public void An_unknown_variant_is_refused_by_name_before_any_piece_runs()
    {
        var request = new ForecastRequest { Scenario = SourceCases.Load("korea-2010-yeonpyeong.yaml"), Seed = 4, Trials = 10 };

        var error = Assert.Throws<ArgumentException>(() => VariantComparison.Pieces(request, ["no-such-variant"], 8));

        Assert.Contains("no-such-variant", error.Message, StringComparison.Ordinal);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Everything);
}

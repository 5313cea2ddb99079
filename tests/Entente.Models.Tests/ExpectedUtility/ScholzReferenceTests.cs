using Entente.Domain;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>eum-scholz reproduces every number of the published EC cars trajectory (Scholz et al. 2011).</summary>
public sealed class ScholzReferenceTests
{
    private const double Tolerance = 1e-6;

    private static IssueForecast Run() =>
        ModelCatalog.Create("eum-scholz").Run(ReferenceCase.Scenario(), new ModelRunContext { Rounds = 10 }).Issues.Single();

    [Fact]
    public void Every_position_mean_median_and_risk_exponent_of_rounds_0_to_10_matches_the_reference()
    {
        var forecast = Run();
        var expected = ReferenceCase.Expected();

        Assert.Equal(expected.Count, forecast.Rounds.Count);
        foreach (var row in expected)
        {
            var round = forecast.Rounds[int.Parse(row["round"], System.Globalization.CultureInfo.InvariantCulture)];
            foreach (var (column, text) in row.Where(c => c.Key != "round" && c.Value.Length > 0))
            {
                var actual = column switch
                {
                    "weighted_mean" => round.WeightedMean,
                    "weighted_median" => round.WeightedMedian,
                    _ when column.StartsWith("x_", StringComparison.Ordinal) => round.Positions[column[2..]],
                    _ when column.StartsWith("r_", StringComparison.Ordinal) => round.Risk![column[2..]],
                    _ => throw new InvalidDataException($"unexpected column {column}"),
                };
                Assert.True(Math.Abs(actual - ReferenceCase.Number(text)) <= Tolerance,
                    $"round {round.Round}, {column}: expected {text}, got {actual:R}");
            }
        }
    }

    [Fact]
    public void Round_0_is_the_input_and_has_no_risk_exponents()
    {
        var round0 = Run().Rounds[0];
        Assert.Null(round0.Risk);
        Assert.Equal(7.0, round0.Positions["Belgium"]);
    }

    [Fact]
    public void The_headline_forecast_is_the_final_weighted_median_and_the_run_says_it_had_fixed_rounds()
    {
        var forecast = Run();
        Assert.Equal(7.0, forecast.Forecast, 6);
        Assert.Equal("fixed 10 rounds", forecast.StoppingReason);
    }

    [Fact]
    public void The_option_rounds_sets_the_length_when_the_run_does_not()
    {
        var model = ModelCatalog.Create("eum-scholz", [new ModelOption("rounds", "3")]);
        var forecast = model.Run(ReferenceCase.Scenario(), ModelRunContext.Default).Issues.Single();
        Assert.Equal(4, forecast.Rounds.Count);
        Assert.Equal("fixed 3 rounds", forecast.StoppingReason);
    }

    [Fact]
    public void Belgium_moves_in_round_1_on_a_compromise_and_the_explanation_says_so()
    {
        var forecast = Run();
        var offer = forecast.Rounds[1].Offers!.Single(o => o.Receiver == "Belgium");
        Assert.Equal(OfferKind.Compromise, offer.Kind);
        Assert.Equal(7.0, offer.From);
        Assert.Equal(8.415932, offer.To, 6);
        Assert.Contains(forecast.Explanation, s => s.StartsWith("Round 1: Belgium accepted a compromise from", StringComparison.Ordinal));
    }
}

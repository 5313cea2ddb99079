using Entente.Formats;

namespace Entente.Models.Tests.Exchange;

/// <summary>The model runs end to end on every bundled exchange-format file, and bad data is reported precisely.</summary>
public sealed class BundledDataTests
{
    [Theory]
    [InlineData("cop21.csv")]
    [InlineData("copenhagen.csv")]
    [InlineData("sample_data.txt")]
    [InlineData("cop21-2016-semicolon.csv")]
    public void Runs_ten_rounds_with_trades_on_every_bundled_file(string file)
    {
        var document = ScenarioFiles.Load(ExchangeReference.PathOf(file));
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Domain.Validation.Severity.Error);
        var result = ModelCatalog.Create("exchange").Run(document.Scenario, ModelRunContext.Default);
        Assert.Equal(document.Scenario.Issues.Count, result.Issues.Count);
        Assert.NotEmpty(result.Rounds![0].Exchanges!);
        foreach (var issue in result.Issues)
        {
            var scale = document.Scenario.FindIssue(issue.IssueId)!.Scale;
            Assert.InRange(issue.Forecast, scale.Min - 1e-9, scale.Max + 1e-9);
            Assert.Equal(issue.Rounds[^1].WeightedMean, issue.Forecast);
        }
    }

    [Fact]
    public void Positions_on_a_scale_other_than_0_100_are_traded_on_that_scale()
    {
        // sample_data.txt's tol-hoogte runs from 0.5 to 7 (#M rows); the importer keeps raw positions and the
        // model rescales internally, so every position it reports stays on 0.5-7.
        var scenario = ExchangeReference.Load("sample_data.txt");
        var result = ModelCatalog.Create("exchange").Run(scenario, ModelRunContext.Default);
        var toll = result.Issues.Single(i => i.IssueId == "tol-hoogte");
        Assert.All(toll.Rounds.SelectMany(r => r.Positions.Values), x => Assert.InRange(x, 0.5 - 1e-9, 7 + 1e-9));
        var trades = result.Rounds!.SelectMany(r => r.Exchanges!).Where(e => e.IssueA == "tol-hoogte").ToList();
        Assert.All(trades, e => Assert.InRange(e.NewPositionA, 0.5 - 1e-9, 7 + 1e-9));
    }

    [Fact]
    public void Errors_in_the_data_name_file_line_and_field()
    {
        var document = ScenarioFiles.Load(ExchangeReference.PathOf("copenhagen_with_errors.csv"));
        var errors = document.Validate().Where(d => d.Severity == Domain.Validation.Severity.Error).ToList();
        Assert.Contains(errors, d => d.Line == 86 && d.Field == "position" && d.Message.Contains("160", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Line == 87 && d.Field == "capability");
        Assert.All(errors, d => Assert.EndsWith("copenhagen_with_errors.csv", d.File, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_options_are_listed_together()
    {
        var error = Assert.Throws<ModelOptionsException>(() => ModelCatalog.Create("exchange",
            [new Domain.ModelOption("rounds", "0"), new Domain.ModelOption("capTest", "sideways"), new Domain.ModelOption("histroy", "realised")]));
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("did you mean 'history'", StringComparison.Ordinal));
    }
}

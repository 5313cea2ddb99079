namespace Entente.Application.Tests.Ledger;

/// <summary>The forecast ledger end to end on a SQLite store: seal, grade once, report the record.</summary>
public sealed class LedgerServiceTests
{
    [Fact]
    public async Task A_forecast_sealed_then_graded_is_scored_and_the_ledger_refuses_what_would_rewrite_it()
    {
        using var harness = new Harness();
        var forecast = await harness.Get<ForecastService>().RunAsync(new ForecastRequest
        {
            Scenario = Harness.Example("ec-cars-1994.yaml"), Model = new ModelChoice { Model = "compromise" }, SaveTo = harness.Store,
        });
        var id = forecast.Saved!.Id!.Value;
        var issue = forecast.Run.Result.Issues[0];
        var ledger = harness.Get<LedgerService>();
        LedgerRequest Request(LedgerAction action) => new() { Store = harness.Store, Action = action, RunId = id };

        var early = await Assert.ThrowsAsync<RequestException>(() => ledger.RunAsync(Request(LedgerAction.Grade) with { Outcomes = [$"{issue.IssueId}=40"] }));
        var sealedEntry = (await ledger.RunAsync(Request(LedgerAction.Seal) with { Note = "n" })).Entry!;
        var resealed = await Assert.ThrowsAsync<RequestException>(() => ledger.RunAsync(Request(LedgerAction.Seal)));
        var unknownIssue = await Assert.ThrowsAsync<RequestException>(() => ledger.RunAsync(Request(LedgerAction.Grade) with { Outcomes = ["nosuch=4"] }));
        await ledger.RunAsync(Request(LedgerAction.Grade) with { Outcomes = [$"{issue.IssueId}=40"] });
        var regraded = await Assert.ThrowsAsync<RequestException>(() => ledger.RunAsync(Request(LedgerAction.Grade) with { Outcomes = [$"{issue.IssueId}=45"] }));
        var report = (await ledger.RunAsync(new LedgerRequest { Store = harness.Store, Action = LedgerAction.Report })).Report!;

        Assert.Contains("not sealed", early.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("n", sealedEntry.Note);
        Assert.Contains("sealed already", resealed.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("no issue 'nosuch'", unknownIssue.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("graded already", regraded.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Issues);
        Assert.Equal(Math.Abs(issue.Forecast - 40), report.Mae, 9);
        // Without a calibration the forecast is a point: its CRPS is its absolute error, and nothing is covered.
        Assert.Equal(report.Mae, report.Crps, 9);
        Assert.True(double.IsNaN(report.Coverage80));
    }

    [Theory]
    [InlineData("x=1e999")]
    [InlineData("x")]
    [InlineData("escalation=0.5")]
    public void Bad_outcomes_are_named(string outcome)
    {
        var request = new LedgerRequest { Store = "s.db", Action = LedgerAction.Grade, RunId = 1, Outcomes = [outcome] };

        Assert.Equal("outcome", Assert.Single(request.Validate()).Field);
    }

    [Fact]
    public void A_probability_comes_from_the_diplomacy_headlines_mean_else_nominal()
    {
        const string json = "{\"diplomacy\":{\"escalation\":{\"nominal\":1,\"mean\":0.3},\"negotiations\":[{\"id\":\"n\",\"deal\":{\"nominal\":0}}]}}";

        Assert.Equal(0.3, LedgerScores.Probability(json, "escalation"));
        Assert.Equal(0.0, LedgerScores.Probability(json, "agreement"));
        Assert.Null(LedgerScores.Probability("{}", "agreement"));
    }
}

using Entente.Domain;
using Entente.Simulation.Forecasting;
using Entente.Storage;

namespace Entente.Application.Tests.Forecasts;

public sealed class ForecastServiceTests
{
    [Fact]
    public async Task The_forecast_and_its_document_are_the_engines_own()
    {
        using var harness = new Harness();
        var scenario = Harness.Example("ec-cars-1994.yaml");

        var outcome = await harness.Get<ForecastService>().RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "eum", Seed = 5 } });
        var engine = ForecastRunner.Run(new Simulation.Forecasting.ForecastRequest { Scenario = scenario.Scenario, Model = "eum", Seed = 5 });

        Assert.Equal(engine.Result.Issues.Select(i => i.Forecast), outcome.Run.Result.Issues.Select(i => i.Forecast));
        Assert.Equal(ForecastJson.Write(engine), outcome.Json);
        Assert.StartsWith("issue,round,actor,position,weightedMean,weightedMedian,forecast\nemissions,0,Netherlands,4,", outcome.Csv, StringComparison.Ordinal);
        Assert.Empty(outcome.Warnings);
        Assert.Null(outcome.Saved);
    }

    [Fact]
    public async Task A_model_that_ignores_the_diplomacy_layer_is_a_warning_in_the_result_not_on_the_console()
    {
        using var harness = new Harness();
        var console = new StringWriter();
        var (output, error) = (Console.Out, Console.Error);
        Console.SetOut(console);
        Console.SetError(console);
        ForecastOutcome outcome;
        try
        {
            outcome = await harness.Get<ForecastService>().RunAsync(new ForecastRequest
            {
                Scenario = Harness.Example("korea-2010-yeonpyeong.yaml"),
                Model = new ModelChoice { Model = "compromise" },
            });
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }

        var warning = Assert.Single(outcome.Warnings);
        Assert.StartsWith("model 'compromise' ignores the scenario's diplomacy sections", warning, StringComparison.Ordinal);
        Assert.Equal("", console.ToString());
    }

    [Fact]
    public async Task An_option_in_its_old_spelling_gives_the_same_forecast_with_a_warning_and_the_new_spelling_none()
    {
        using var harness = new Harness();
        var service = harness.Get<ForecastService>();
        var scenario = Harness.Example("eu-2001-access-to-documents.yaml");

        var old = await service.RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "institutional", Options = [new ModelOption("reference-push", "0.2")] } });
        var current = await service.RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "institutional", Options = [new ModelOption("referencePush", "0.2")] } });
        var unpushed = await service.RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "institutional", Options = [new ModelOption("referencePush", "0")] } });

        Assert.Equal(current.Run.Result.Issues.Select(i => i.Forecast), old.Run.Result.Issues.Select(i => i.Forecast));
        Assert.NotEqual(unpushed.Run.Result.Issues.Select(i => i.Forecast), current.Run.Result.Issues.Select(i => i.Forecast));
        Assert.Equal(["model 'institutional': option 'reference-push' is now spelled 'referencePush'; the old spelling is still read, for now"], old.Warnings);
        Assert.Empty(current.Warnings);
    }

    [Fact]
    public async Task Rounds_given_with_a_rounds_option_win_and_the_options_shown_are_those_run()
    {
        using var harness = new Harness();
        var service = harness.Get<ForecastService>();
        var scenario = Harness.Example("ec-cars-1994.yaml");

        var both = await service.RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "eum", Rounds = 5, Options = [new ModelOption("maxRounds", "3")] } });
        var five = await service.RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "eum", Options = [new ModelOption("maxRounds", "5")] } });

        Assert.Equal(5, both.Run.Result.Issues[0].Rounds.Count - 1);
        Assert.Equal(five.Run.Result.Issues.Select(i => i.Forecast), both.Run.Result.Issues.Select(i => i.Forecast));
        Assert.Equal([new ModelOption("maxRounds", "5")], both.Run.Options);
        Assert.Equal(["model 'eum': rounds 5 replace the option maxRounds=3"], both.Warnings);
        Assert.Empty(five.Warnings);
    }

    [Fact]
    public async Task An_unknown_model_or_option_is_refused_with_its_suggestion()
    {
        using var harness = new Harness();
        var scenario = Harness.Example("ec-cars-1994.yaml");

        var model = await Assert.ThrowsAsync<RequestException>(() => harness.Get<ForecastService>().RunAsync(new ForecastRequest { Scenario = scenario, Model = new ModelChoice { Model = "eun" } }));
        var option = await Assert.ThrowsAsync<RequestException>(() => harness.Get<ForecastService>().RunAsync(new ForecastRequest
        {
            Scenario = scenario,
            Model = new ModelChoice { Model = "eum", Options = [new ModelOption("maxRound", "3")] },
        }));

        Assert.Equal("model", Assert.Single(model.Problems).Field);
        Assert.Contains("did you mean 'eum'", model.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'maxRounds'", Assert.Single(option.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_reports_each_round_of_each_issue()
    {
        using var harness = new Harness();
        var progress = new Recorder();

        var outcome = await harness.Get<ForecastService>().RunAsync(new ForecastRequest { Scenario = Harness.Example("ec-cars-1994.yaml"), Model = new ModelChoice { Model = "eum" } }, progress);

        var rounds = outcome.Run.Result.Issues.Single().Rounds.Count - 1;
        Assert.True(rounds > 1);
        Assert.Equal(Enumerable.Range(1, rounds), progress.Seen.Where(p => p.Issue == "emissions").Select(p => p.Round!.Value).Distinct());
        Assert.All(progress.Seen, p => Assert.Equal("forecast", p.Stage));
    }

    [Fact]
    public async Task A_cancelled_forecast_stops_and_saves_nothing()
    {
        using var harness = new Harness();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Get<ForecastService>().RunAsync(
            new ForecastRequest { Scenario = Harness.Example("ec-cars-1994.yaml"), Model = new ModelChoice { Model = "eum" }, SaveTo = harness.Store }, null, cancel.Token));

        Assert.False(File.Exists(harness.Store));
    }

    [Fact]
    public async Task A_saved_forecast_is_stamped_by_the_injected_clock_and_keeps_the_document()
    {
        using var harness = new Harness();

        var outcome = await harness.Get<ForecastService>().RunAsync(new ForecastRequest
        {
            Scenario = Harness.Example("ec-cars-1994.yaml"),
            Model = new ModelChoice { Model = "eum", Seed = 9, Rounds = 4 },
            SaveTo = harness.Store,
        });

        Assert.NotNull(outcome.Saved!.Id);
        Assert.Null(outcome.Saved.Error);
        using var store = StoreLocation.Open(harness.Store, harness.Clock);
        var stored = store.Find(outcome.Saved.Id!.Value)!;
        Assert.Equal(Harness.Now, stored.StartedAt);
        Assert.Equal(outcome.Json, stored.ResultJson);
        Assert.Equal((9UL, 4), (stored.Seed, stored.RoundLimit!.Value));
        Assert.Equal(outcome.Run.Result.Issues.Select(i => i.Forecast), stored.Issues.Select(i => i.Forecast));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_leaves_the_forecast_and_says_why_in_one_line()
    {
        using var harness = new Harness();
        var notADatabase = Path.Combine(harness.Folder, "text.db");
        await File.WriteAllTextAsync(notADatabase, "plain text, no database\n" + new string('x', 4096));

        var outcome = await harness.Get<ForecastService>().RunAsync(new ForecastRequest { Scenario = Harness.Example("ec-cars-1994.yaml"), SaveTo = notADatabase });

        Assert.Null(outcome.Saved!.Id);
        Assert.StartsWith(notADatabase + ": ", outcome.Saved.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', outcome.Saved.Error!);
        Assert.NotEmpty(outcome.Run.Result.Issues);
    }
}

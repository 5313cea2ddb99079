using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Sensitivity;

namespace Entente.Application.Tests.Requests;

/// <summary>Every request reports all its problems at once, each on the field it concerns.</summary>
public sealed class RequestValidationTests
{
    [Fact]
    public void A_forecast_request_names_every_bad_field_at_once()
    {
        var problems = new ForecastRequest { Model = new ModelChoice { Rounds = 0 }, Trials = -1 }.Validate();

        Assert.Equal(["rounds", "trials", "scenario"], problems.Select(p => p.Field));
        Assert.Equal("rounds must be a positive whole number", problems[0].Message);
        Assert.True(problems[0].NamesField);
        Assert.Empty(new ForecastRequest { Scenario = Harness.Example("ec-cars-1994.yaml"), Trials = 0 }.Validate());
    }

    [Fact]
    public void A_sweep_request_names_its_trials_threads_and_each_noise_field()
    {
        var problems = new SweepRequest
        {
            Trials = 0,
            Threads = 0,
            Noise = new NoiseSettings { Position = -1, Credibility = double.NaN },
            Scenario = Harness.Example("ec-cars-1994.yaml"),
        }.Validate();

        Assert.Equal(["position-noise", "credibility-noise", "trials", "threads"], problems.Select(p => p.Field));
        Assert.StartsWith("position noise must be a standard deviation", problems[0].Message, StringComparison.Ordinal);
        Assert.False(problems[0].NamesField);
    }

    [Theory]
    [InlineData(200.0)]
    [InlineData(1e308)]
    public void Capability_noise_beyond_what_the_arithmetic_carries_is_refused_before_any_trial(double sigma)
    {
        var problems = new SweepRequest { Noise = new NoiseSettings { Capability = sigma }, Scenario = Harness.Example("ec-cars-1994.yaml") }.Validate();

        var problem = Assert.Single(problems);
        Assert.Equal("capability-noise", problem.Field);
        Assert.StartsWith("capability noise must be at most 10", problem.Message, StringComparison.Ordinal);
        Assert.Empty(new SweepRequest { Noise = new NoiseSettings { Capability = 10 }, Scenario = Harness.Example("ec-cars-1994.yaml") }.Validate());
    }

    [Fact]
    public async Task The_largest_capability_noise_allowed_gives_finite_forecasts()
    {
        using var harness = new Harness();
        var outcome = await harness.Get<SweepService>().RunAsync(new SweepRequest
        {
            Noise = new NoiseSettings { Capability = 10 }, Trials = 200, Scenario = Harness.Example("ec-cars-1994.yaml"),
        });

        Assert.All(outcome.Sweep.Issues, i => Assert.True(double.IsFinite(i.Forecast.Mean) && double.IsFinite(i.Forecast.StandardDeviation), $"{i.IssueId}: mean {i.Forecast.Mean}"));
    }

    [Fact]
    public void A_sensitivity_request_names_each_step_out_of_range()
    {
        var problems = new SensitivityRequest
        {
            Settings = new SensitivitySettings { PositionStep = 0, SalienceStep = 2, CapabilityFactor = 1, PivotalShare = -0.1 },
        }.Validate();

        Assert.Equal(["position-step", "salience-step", "capability-factor", "pivotal", "scenario"], problems.Select(p => p.Field));
    }

    [Fact]
    public void A_comparison_of_a_scenario_without_variants_is_refused_at_the_file()
    {
        var scenario = Harness.Example("ec-cars-1994.yaml");

        var problems = new ComparisonRequest { Scenario = scenario, Attribution = -1, Trials = -2 }.Validate();

        Assert.Equal(["trials", "attribution", "scenario"], problems.Select(p => p.Field));
        Assert.Equal(scenario.File, problems[2].Location);
        Assert.Equal("the scenario declares no variants to compare", problems[2].Message);
    }

    [Fact]
    public void A_backtest_request_names_every_bad_argument()
    {
        var problems = new BacktestRequest
        {
            Capability = "population",
            BaselineCapability = "gdp",
            Folds = 1,
            Repeats = 0,
            Replicates = 0,
            CommissionWeight = -1,
            ParliamentWeight = -2,
        }.Validate();

        Assert.Equal(["capability", "folds", "repeats", "replicates", "commission-weight", "parliament-weight", "file"], problems.Select(p => p.Field));
        Assert.Equal("capability must be equal, gdp, voting-power or votes", problems[0].Message);
        Assert.Empty(new BacktestRequest { File = "x.tsv", Capability = "VOTES", Folds = 0 }.Validate());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e308)]
    public void Institution_weights_must_be_finite_and_within_what_the_sums_carry(double weight)
    {
        var problems = new BacktestRequest { File = "x.tsv", CommissionWeight = weight, ParliamentWeight = weight }.Validate();

        Assert.Equal(["commission-weight", "parliament-weight"], problems.Select(p => p.Field));
        Assert.Equal("commission-weight must be a number from 0 to 1000000", problems[0].Message);
        Assert.Empty(new BacktestRequest { File = "x.tsv", CommissionWeight = 1e6, ParliamentWeight = 0 }.Validate());
    }

    [Fact]
    public void A_report_request_needs_a_folder_and_exactly_one_of_scenario_and_stored_run()
    {
        Assert.Equal(["trials", "out", "scenario"], new ReportRequest { Trials = -1 }.Validate().Select(p => p.Field));
        Assert.Equal(["scenario", "store"], new ReportRequest { Folder = "r", RunId = 3, Scenario = Harness.Example("ec-cars-1994.yaml") }.Validate().Select(p => p.Field));
        Assert.Empty(new ReportRequest { Folder = "r", RunId = 3, Store = "runs.db" }.Validate());
    }

    [Fact]
    public void A_runs_request_names_what_its_action_needs()
    {
        Assert.Equal(["store", "id", "id2"], new RunsRequest { Action = RunsAction.Diff }.Validate().Select(p => p.Field));
        Assert.Equal(["format"], new RunsRequest { Store = "runs.db", Action = RunsAction.Export, Id = 1, Format = "xml" }.Validate().Select(p => p.Field));
        Assert.Empty(new RunsRequest { Store = "runs.db" }.Validate());
    }

    [Fact]
    public void A_scenario_request_takes_a_file_or_a_text_but_not_both()
    {
        Assert.Single(new ScenarioRequest().Validate());
        Assert.Single(new ScenarioRequest { Path = "a.yaml", Text = "name: x" }.Validate());
        Assert.Empty(new ScenarioRequest { Text = "name: x" }.Validate());
    }

    [Fact]
    public async Task A_service_given_an_invalid_request_refuses_it_with_every_problem()
    {
        using var harness = new Harness();

        var refused = await Assert.ThrowsAsync<RequestException>(() =>
            harness.Get<ForecastService>().RunAsync(new ForecastRequest { Model = new ModelChoice { Rounds = -3 }, Trials = -1 }));

        Assert.Equal(["rounds", "trials", "scenario"], refused.Problems.Select(p => p.Field));
    }
}

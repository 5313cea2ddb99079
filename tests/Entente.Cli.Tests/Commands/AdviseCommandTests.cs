using Entente.Application;
using Entente.Formats;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente advise</c>: the service's document as JSON, a table that fits 80 columns, and bad input as exit code 2.</summary>
public sealed class AdviseCommandTests
{
    private static readonly string Tying = RepoPaths.Data("advice/tying-hands-public.yaml");

    [Fact]
    public async Task Json_is_the_services_document_byte_for_byte()
    {
        var result = Cli.Run("advise", Tying, "--actor", "A", "--levers", "channel,signal", "--trials", "60", "--format", "json");

        using var services = new ServiceCollection().AddEntenteApplication().BuildServiceProvider();
        var expected = await services.GetRequiredService<AdviceService>().RunAsync(new AdviceRequest
        {
            Scenario = ScenarioFiles.Load(Tying),
            Actor = "A",
            Levers = ["channel", "signal"],
            Trials = 60,
            Objective = "outcome",
            Search = "halving",
        });
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected.Json + Environment.NewLine, result.Out);
    }

    [Fact]
    public void The_table_fits_80_columns_ranks_the_public_threat_first_and_ends_with_the_caveat()
    {
        var result = Cli.RunAt(80, "advise", Tying, "--actor", "A", "--levers", "channel,signal,timing", "--trials", "100");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("1 ", StringComparison.Ordinal) && l.Contains("channel: send 'warning'", StringComparison.Ordinal));
        Assert.Contains("1. Send 'warning' public (not private):", result.Out, StringComparison.Ordinal);
        Assert.Equal("Other actors follow the model's rules; this finds levers, it is not a playbook.", lines.Last(l => l.Length > 0));
        // One drop, two other channels (leak, public; no partner for a joint one), two other rounds (2, 3).
        Assert.Contains("advise: 5 candidates", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compromise_model_prints_its_exact_levers_labelled_exact()
    {
        var result = Cli.RunAt(80, "advise", RepoPaths.Example("ec-cars-1994.yaml"), "--actor", "Germany", "--model", "compromise", "--levers", "position");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exact levers", result.Out, StringComparison.Ordinal);
        Assert.Contains("exact", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--actor", "Z", "no actor 'Z'")]
    [InlineData("--levers", "bribery", "lever family 'bribery'")]
    [InlineData("--budget", "0", "budget must be a positive whole number")]
    [InlineData("--pairs", "-1", "pairs must be 0 or a positive whole number")]
    [InlineData("--salience-noise", "-0.1", "salience noise")]
    public void Bad_input_names_the_field_and_exits_2_without_a_stack_trace(string option, string value, string message)
    {
        string[] args = option == "--actor" ? ["advise", Tying, option, value] : ["advise", Tying, "--actor", "A", option, value];
        var result = Cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_actor_it_says_one_is_required()
    {
        var result = Cli.Run("advise", Tying);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("an actor to advise is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pairs_and_input_noise_reach_the_document_as_the_service_computes_them()
    {
        var result = Cli.Run("advise", RepoPaths.Example("ec-cars-1994.yaml"), "--actor", "Germany", "--model", "compromise", "--levers", "position,persuasion",
            "--pairs", "3", "--salience-noise", "0.1", "--trials", "50", "--format", "json");

        using var services = new ServiceCollection().AddEntenteApplication().BuildServiceProvider();
        var expected = await services.GetRequiredService<AdviceService>().RunAsync(new AdviceRequest
        {
            Scenario = ScenarioFiles.Load(RepoPaths.Example("ec-cars-1994.yaml")),
            Model = new ModelChoice { Model = "compromise" },
            Actor = "Germany",
            Levers = ["position", "persuasion"],
            Pairs = 3,
            Noise = new Simulation.MonteCarlo.NoiseSettings { Salience = 0.1 },
            Trials = 50,
            Objective = "outcome",
            Search = "halving",
        });
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected.Json + Environment.NewLine, result.Out);
        Assert.NotEmpty(expected.Result.Pairs);
        Assert.Contains("\"interaction\":", result.Out, StringComparison.Ordinal);
        Assert.All(expected.Result.Levers.Where(l => l.Trials == 50), l => Assert.True(l.Effect.High >= l.Effect.Low));
    }

    [Fact]
    public void The_coordinate_search_prints_its_combinations_at_80_columns_and_the_json_holds_them_with_the_conflict_cost()
    {
        var table = Cli.RunAt(80, "advise", RepoPaths.Example("ec-cars-1994.yaml"), "--actor", "Germany", "--model", "compromise", "--search", "coordinate");
        Assert.Equal(0, table.ExitCode);
        var lines = table.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        Assert.Contains("Combined levers: coordinate search over", table.Out, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("   - ", StringComparison.Ordinal));

        var json = Cli.Run("advise", Tying, "--actor", "A", "--levers", "channel,signal,timing", "--search", "coordinate", "--trials", "40", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal("coordinate", root.GetProperty("search").GetString());
        Assert.True(root.GetProperty("combinations").GetArrayLength() > 0);
        Assert.True(root.GetProperty("coordinates").GetArrayLength() > 0);

        // Alpha carries its threat out in rounds 2 and 3 at a conflict cost of 0.25 (ConflictCostTests counts it).
        var contest = Cli.Run("advise", RepoPaths.Data("advice/contest-carried-out.yaml"), "--actor", "A", "--levers", "commitment", "--trials", "20", "--format", "json");
        Assert.Equal(0, contest.ExitCode);
        using var costs = System.Text.Json.JsonDocument.Parse(contest.Out);
        Assert.Contains(costs.RootElement.GetProperty("levers").EnumerateArray(), l => l.GetProperty("cost").GetProperty("conflict").GetDouble() == 0.5);
    }

    [Fact]
    public void Too_large_a_grid_of_combinations_names_the_search_and_exits_2()
    {
        var result = Cli.Run("advise", RepoPaths.Example("ec-cars-1994.yaml"), "--actor", "Germany", "--model", "compromise", "--search", "combinations");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("more than 4096 combinations; use --search coordinate", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}

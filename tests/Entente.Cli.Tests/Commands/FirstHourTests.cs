namespace Entente.Cli.Tests.Commands;

/// <summary>Small things a new user runs into in the first hour (issue 18), each as the user would type it.</summary>
public class FirstHourTests
{
    [Fact]
    public void Help_is_a_command_too()
    {
        var top = Cli.Run("help");
        var sweep = Cli.Run("help", "sweep");

        Assert.Equal(0, top.ExitCode);
        Assert.Contains("forecast", top.Out, StringComparison.Ordinal);
        Assert.Equal(0, sweep.ExitCode);
        Assert.Contains("--position-noise", sweep.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_smp_without_arguments_times_a_generated_scenario()
    {
        var result = Cli.Run("bench", "smp", "--turns", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("generated: 200 actors x 3 dims, 1 turns in ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_says_how_many_bars_it_hides_and_top_shows_more_or_fewer()
    {
        var ecCars = RepoPaths.Example("ec-cars-1994.yaml");
        var json = System.Text.Json.JsonDocument.Parse(Cli.Run("sensitivity", ecCars, "--format", "json").Out);
        var bars = json.RootElement.GetProperty("issues")[0].GetProperty("tornado").GetArrayLength();

        var shown = Cli.Run("sensitivity", ecCars);
        var three = Cli.Run("sensitivity", ecCars, "--top", "3");
        var all = Cli.Run("sensitivity", ecCars, "--top", bars.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains($"{bars - 12} narrower bars not shown (--top {bars} shows all", shown.Out, StringComparison.Ordinal);
        Assert.Contains($"{bars - 3} narrower bars not shown", three.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("not shown", all.Out, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("sensitivity", ecCars, "--top", "0").ExitCode);
    }

    [Fact]
    public void Progress_of_a_model_whose_rounds_span_every_issue_counts_the_issues()
    {
        var result = Cli.Run("forecast", RepoPaths.Example("cop21-paris-2015.yaml"), "--model", "exchange");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("forecast: all 13 issues together", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"forecast: 13 issues, \d+ rounds in ", result.Error);
        Assert.DoesNotContain("all issues'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model: { name: eum-diplomcy }", 1, 16, "model.name: unknown model 'eum-diplomcy' (did you mean 'eum-diplomacy'?)")]
    [InlineData("model: { name: eum, options: { maxRounds: ten } }", 1, 30, "model.options.maxRounds: model 'eum': option 'maxRounds' must be a whole number (got 'ten')")]
    public void Validate_refuses_the_model_block_a_forecast_would_refuse_at_its_line(string block, int line, int column, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"model-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, block + "\n" + File.ReadAllText(RepoPaths.Example("ec-cars-1994.yaml")));
        try
        {
            var validate = Cli.Run("validate", path);
            var forecast = Cli.Run("forecast", path);

            Assert.Equal(2, validate.ExitCode);
            Assert.Contains($"{path}:{line}:{column}: error: {message}", validate.Error, StringComparison.Ordinal);
            Assert.Equal(2, forecast.ExitCode);
            Assert.Contains($"{path}:{line}:{column}: error: {message}", forecast.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_mistake_in_the_base_scenario_is_reported_once_not_again_for_every_variant()
    {
        var text = File.ReadAllText(RepoPaths.Example("korea-2017-coordination.yaml"));
        var mistaken = text.Replace("ask: { issue: nk_icbm, at_most: 20, source: \"account: 'best not", "ask: { issue: nk_icbmm, at_most: 20, source: \"account: 'best not", StringComparison.Ordinal);
        Assert.NotEqual(text, mistaken);
        var path = Path.Combine(Path.GetTempPath(), $"variants-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, mistaken);
        try
        {
            var result = Cli.Run("validate", path);

            Assert.Equal(2, result.ExitCode);
            var errors = result.Error.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToArray();
            Assert.Contains("unknown issue 'nk_icbmm'", Assert.Single(errors), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

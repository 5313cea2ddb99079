using System.Globalization;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public class ForecastCommandTests
{
    private static readonly string EcCars = RepoPaths.Example("ec-cars-1994.yaml");

    [Fact]
    public void The_table_shows_the_compromise_of_the_example()
    {
        var (mean, median) = EcCarsReference.Round0();

        var result = Cli.Run("forecast", EcCars);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("compromise", result.Out);
        Assert.Contains(mean.ToString("0.###", CultureInfo.InvariantCulture), result.Out);
        Assert.Contains(median.ToString("0.###", CultureInfo.InvariantCulture), result.Out);
    }

    [Fact]
    public void Json_output_has_the_documented_shape_and_the_reference_figures()
    {
        var (mean, median) = EcCarsReference.Round0();

        var result = Cli.Run("forecast", EcCars, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("compromise", root.GetProperty("model").GetString());
        Assert.Equal("EC emission standards for medium-sized cars", root.GetProperty("scenario").GetString());
        var issue = root.GetProperty("issues")[0];
        Assert.Equal("emissions", issue.GetProperty("id").GetString());
        Assert.Equal(mean, issue.GetProperty("forecast").GetDouble(), 6);
        Assert.Equal(mean, issue.GetProperty("weightedMean").GetDouble(), 6);
        Assert.Equal(median, issue.GetProperty("weightedMedian").GetDouble(), 6);
        var round0 = issue.GetProperty("rounds")[0];
        Assert.Equal(0, round0.GetProperty("round").GetInt32());
        Assert.Equal(10, round0.GetProperty("positions").EnumerateObject().Count());
        Assert.Equal(4.0, round0.GetProperty("positions").GetProperty("Netherlands").GetDouble());
    }

    [Fact]
    public void The_median_model_forecasts_the_weighted_median()
    {
        var (_, median) = EcCarsReference.Round0();

        var result = Cli.Run("forecast", EcCars, "--model", "median", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(median, json.RootElement.GetProperty("issues")[0].GetProperty("forecast").GetDouble(), 6);
    }

    [Fact]
    public void Csv_output_has_one_row_per_actor_and_round()
    {
        var result = Cli.Run("forecast", EcCars, "--format", "csv");

        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("issue,round,actor,position,weightedMean,weightedMedian,forecast", lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("emissions,0,Netherlands,4,", lines[1]);
    }

    [Fact]
    public void Model_options_reach_the_model()
    {
        var linear = Cli.Run("forecast", EcCars, "-m", "nbs", "-f", "json");
        var quadratic = Cli.Run("forecast", EcCars, "-m", "nbs", "-o", "utility=quadratic", "-f", "json");

        Assert.Equal(0, quadratic.ExitCode);
        double Forecast(string text) => JsonDocument.Parse(text).RootElement.GetProperty("issues")[0].GetProperty("forecast").GetDouble();
        Assert.NotEqual(Forecast(linear.Out), Forecast(quadratic.Out));
        Assert.Contains("\"utility\": \"quadratic\"", quadratic.Out);
    }

    [Fact]
    public void Out_writes_the_three_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = Cli.Run("forecast", EcCars, "--out", folder);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("emissions", File.ReadAllText(Path.Combine(folder, "forecast.txt")));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "forecast.json")));
            Assert.Equal(11, File.ReadAllLines(Path.Combine(folder, "forecast.csv")).Length);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void An_unknown_model_is_bad_input_with_a_suggestion()
    {
        var result = Cli.Run("forecast", EcCars, "--model", "medain");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'median'", result.Error);
    }

    [Fact]
    public void An_unknown_model_option_is_bad_input()
    {
        var result = Cli.Run("forecast", EcCars, "-m", "nbs", "-o", "utilty=linear");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'utility'", result.Error);
    }

    [Theory]
    [InlineData("--rounds", "0")]
    [InlineData("--rounds", "many")]
    [InlineData("--format", "xml")]
    [InlineData("--option", "novalue")]
    [InlineData("--frobnicate", "1")]
    public void Bad_options_are_bad_input(string option, string value)
    {
        var result = Cli.Run("forecast", EcCars, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_missing_file_is_bad_input_naming_the_file()
    {
        var result = Cli.Run("forecast", "no-such-scenario.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-scenario.yaml", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void An_importer_format_is_forecast_directly()
    {
        var (mean, _) = EcCarsReference.Round0();

        var result = Cli.Run("forecast", RepoPaths.Data("reference/scholz-ec-cars/actors.csv"), "-f", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(mean, json.RootElement.GetProperty("issues")[0].GetProperty("forecast").GetDouble(), 6);
    }
}

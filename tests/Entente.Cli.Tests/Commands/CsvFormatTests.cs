using System.Globalization;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>Every command that offers --format csv writes CSV (issue 18.4), with the JSON document's numbers.</summary>
public class CsvFormatTests
{
    private static readonly string EcCars = RepoPaths.Example("ec-cars-1994.yaml");
    private static readonly string Korea = RepoPaths.Example("korea-2010-yeonpyeong.yaml");
    private static readonly string Dev = RepoPaths.Data("deu/deu3-dev.tsv");

    [Fact]
    public void Sweep_writes_a_row_per_issue_with_the_json_documents_numbers()
    {
        var csv = Rows(Cli.Run("sweep", EcCars, "--trials", "100", "-f", "csv"));
        var json = JsonDocument.Parse(Cli.Run("sweep", EcCars, "--trials", "100", "-f", "json").Out).RootElement.GetProperty("issues")[0];

        Assert.Equal("issue,baseline,trials,mean,standardDeviation,min,p5,p25,median,p75,p95,max,quantiles", csv[0]);
        var row = csv[1].Split(',');
        Assert.Equal("emissions", row[0]);
        Assert.Equal(json.GetProperty("mean").GetDouble(), double.Parse(row[3], CultureInfo.InvariantCulture));
        Assert.Equal(json.GetProperty("p95").GetDouble(), double.Parse(row[10], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sensitivity_writes_every_tornado_bar()
    {
        var csv = Rows(Cli.Run("sensitivity", EcCars, "-f", "csv"));
        var bars = JsonDocument.Parse(Cli.Run("sensitivity", EcCars, "-f", "json").Out).RootElement.GetProperty("issues")[0].GetProperty("tornado");

        Assert.Equal("issue,baseline,actor,input,low,high,swing", csv[0]);
        Assert.Equal(bars.GetArrayLength(), csv.Count - 1);
        Assert.StartsWith($"emissions,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_writes_a_row_per_variant_and_issue()
    {
        var csv = Rows(Cli.Run("compare", Korea, "--trials", "0", "-f", "csv"));
        var variants = JsonDocument.Parse(Cli.Run("compare", Korea, "--trials", "0", "-f", "json").Out).RootElement.GetProperty("variants");

        Assert.Equal("variantName,issue,base,variant,difference,baseMean,variantMean", csv[0]);
        Assert.Equal(variants.EnumerateArray().Sum(v => v.GetProperty("issues").GetArrayLength()), csv.Count - 1);
    }

    [Fact]
    public void Backtest_writes_a_row_per_model()
    {
        var csv = Rows(Cli.Run("backtest", Dev, "-m", "compromise", "--folds", "0", "--replicates", "50", "-f", "csv"));

        // The first twelve columns are the original ones, in their original order; the distribution's follow.
        Assert.StartsWith("model,kind,mae,maeLow,maeHigh,vsBaseline,vsBaselineLow,vsBaselineHigh,medianError,within10,n,proposals,calibration,crps,", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, row => row.StartsWith("compromise,", StringComparison.Ordinal));
    }

    [Fact]
    public void Backtest_names_each_broken_rule_by_its_option_on_its_own_line()
    {
        var result = Cli.Run("backtest", Dev, "--folds", "1", "--capability", "wealth");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["error: --capability must be equal, gdp, voting-power or votes", "error: --folds must be 0 or at least 2"],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static List<string> Rows(Cli.Result result)
    {
        Assert.Equal(0, result.ExitCode);
        return [.. result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}

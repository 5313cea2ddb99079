using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente ledger</c> end to end on a SQLite store: seal a saved forecast, grade it once, report.</summary>
public sealed class LedgerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-ledger-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_saved_forecast_is_sealed_graded_once_and_reported()
    {
        var forecast = Cli.Run("forecast", RepoPaths.Root + "/examples/ec-cars-1994.yaml", "-m", "compromise", "--summary", "--store", Store, "-f", "json");
        Assert.Equal(0, forecast.ExitCode);
        var id = Regex.Match(forecast.Error, @"saved run (\d+)").Groups[1].Value;
        var issue = JsonDocument.Parse(forecast.Out).RootElement.GetProperty("issues")[0];
        var issueId = issue.GetProperty("id").GetString()!;
        var predicted = issue.GetProperty("forecast").GetDouble();

        var early = Cli.Run("ledger", "grade", id, "--outcome", $"{issueId}=40", "--store", Store);
        var seal = Cli.Run("ledger", "seal", id, "--note", "before the vote", "--store", Store);
        var again = Cli.Run("ledger", "seal", id, "--store", Store);
        var grade = Cli.Run("ledger", "grade", id, "--outcome", $"{issueId}=40", "--store", Store);
        var regrade = Cli.Run("ledger", "grade", id, "--outcome", $"{issueId}=45", "--store", Store);
        var report = Cli.Run("ledger", "report", "--store", Store, "-f", "json");

        Assert.Equal(2, early.ExitCode);
        Assert.Contains($"run {id} is not sealed", early.Error, StringComparison.Ordinal);
        Assert.Equal(0, seal.ExitCode);
        Assert.Matches($"sealed run {id} at .*: inputs [0-9a-f]{{64}}, output [0-9a-f]{{64}}", seal.Out);
        Assert.Equal(2, again.ExitCode);
        Assert.Equal(0, grade.ExitCode);
        Assert.Equal(2, regrade.ExitCode);
        Assert.Contains("graded already", regrade.Error, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        using var json = JsonDocument.Parse(report.Out);
        Assert.Equal(1, json.RootElement.GetProperty("issues").GetInt32());
        Assert.Equal(Math.Abs(predicted - 40), json.RootElement.GetProperty("mae").GetDouble(), 9);
        Assert.Equal("before the vote", json.RootElement.GetProperty("entries")[0].GetProperty("note").GetString());
        Assert.Contains("1 graded", Cli.Run("ledger", "report", "--store", Store).Out, StringComparison.Ordinal);
        Assert.Equal(long.Parse(id, CultureInfo.InvariantCulture), json.RootElement.GetProperty("entries")[0].GetProperty("run").GetInt64());
    }
}

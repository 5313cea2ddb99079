using System.Globalization;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>The exchange model through the command line: the trades in JSON and in the table, and bad data.</summary>
public class ExchangeForecastTests
{
    private static readonly string Cop21 = RepoPaths.Data("reference/exchange/cop21-2016-semicolon.csv");

    [Fact]
    public void Json_lists_each_rounds_exchanges_at_the_top_level_in_realisation_order()
    {
        var line1 = File.ReadLines(RepoPaths.Data("reference/exchange/cop21-2016-round1-exchanges.csv")).First().Split(';');

        var result = Cli.Run("forecast", Cop21, "--model", "exchange", "--format", "json", "--rounds", "2");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rounds = json.RootElement.GetProperty("rounds");
        Assert.Equal(2, rounds.GetArrayLength());
        Assert.Equal(1, rounds[0].GetProperty("round").GetInt32());
        var first = rounds[0].GetProperty("exchanges")[0];
        Assert.Equal(line1[0], first.GetProperty("actorA").GetString());
        Assert.Equal(line1[1], first.GetProperty("issueA").GetString());
        Assert.Equal(line1[2], first.GetProperty("actorB").GetString());
        Assert.Equal(line1[3], first.GetProperty("issueB").GetString());
        Assert.Equal(Number(line1[4]), first.GetProperty("gain").GetDouble(), 5);
        Assert.Equal(Number(line1[5]), first.GetProperty("positionA").GetDouble(), 4);
        Assert.Equal(Number(line1[6]), first.GetProperty("moveA").GetDouble(), 4);
        Assert.Equal(Number(line1[9]), first.GetProperty("positionB").GetDouble(), 4);
        Assert.Equal(Number(line1[10]), first.GetProperty("moveB").GetDouble(), 4);
        Assert.Equal(3, json.RootElement.GetProperty("issues")[0].GetProperty("rounds").GetArrayLength());
    }

    [Fact]
    public void The_table_shows_the_trades_and_who_gained_most()
    {
        var result = Cli.Run("forecast", Cop21, "--model", "exchange", "--rounds", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exchanges, round 1", result.Out);
        Assert.Contains("Gains from exchange", result.Out);
        Assert.Contains("USA conceded on eaa to China, which conceded on financevol; gain 2.19 each", result.Out);
    }

    [Fact]
    public void Data_errors_stop_the_run_with_exit_code_2_and_their_place()
    {
        var result = Cli.Run("forecast", RepoPaths.Data("reference/exchange/copenhagen_with_errors.csv"), "--model", "exchange");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("copenhagen_with_errors.csv:86:19: error: position", result.Error);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

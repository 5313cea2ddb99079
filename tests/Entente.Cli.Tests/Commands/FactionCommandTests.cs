using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// A composite actor from the command line: examples/gulf-1991-ultimatum.yaml, where the United States is a president,
/// a Congress that observes and a cabinet, and both the president and Congress send threats.
/// </summary>
public class FactionCommandTests
{
    private static readonly string Gulf = RepoPaths.Example("gulf-1991-ultimatum.yaml");

    [Fact]
    public void The_case_validates_without_warnings_and_its_factions_send_and_observe()
    {
        var validate = Cli.Run("validate", Gulf);
        Assert.Equal(0, validate.ExitCode);
        Assert.DoesNotContain("warning", validate.Out + validate.Error, StringComparison.Ordinal);

        var forecast = Cli.Run("forecast", Gulf, "--trials", "0", "--format", "json");

        Assert.Equal(0, forecast.ExitCode);
        using var json = JsonDocument.Parse(forecast.Out);
        var signals = json.RootElement.GetProperty("diplomacy").GetProperty("rounds").EnumerateArray()
            .SelectMany(r => r.GetProperty("signals").EnumerateArray()).ToArray();
        var ultimatum = signals.Single(s => s.GetProperty("id").GetString() == "ultimatum");
        var vote = signals.Single(s => s.GetProperty("id").GetString() == "congress_vote");
        Assert.Equal("US.President", ultimatum.GetProperty("sender").GetString());
        Assert.Equal("US.Congress", vote.GetProperty("sender").GetString());
        // Congress observes: it reads the president's ultimatum; the cabinet, not an observer, does not.
        var readers = ultimatum.GetProperty("observers").EnumerateArray().Select(o => o.GetProperty("observer").GetString()).ToArray();
        Assert.Contains("US.Congress", readers);
        Assert.DoesNotContain("US.Cabinet", readers);
        // Baghdad, doubting American resolve, finds the president's threat less than certain.
        var iraq = ultimatum.GetProperty("observers").EnumerateArray().Single(o => o.GetProperty("observer").GetString() == "IQ");
        Assert.InRange(iraq.GetProperty("credibility").GetDouble(), 0.5, 0.99);
    }

    [Fact]
    public void The_narrative_names_the_sending_faction_and_the_majority_behind_each_decision()
    {
        var forecast = Cli.Run("forecast", Gulf, "--trials", "0");

        Assert.Equal(0, forecast.ExitCode);
        Assert.Contains("United States (President), public threat 'ultimatum' to Iraq", forecast.Out, StringComparison.Ordinal);
        Assert.Contains("United States honours 'ultimatum' by weighted majority (President for, Congress for, Cabinet for)", forecast.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_belief_about_a_faction_that_does_not_observe_is_refused_at_its_line()
    {
        var yaml = File.ReadAllText(Gulf).Replace("{ observer: IQ, about: US.Congress, dim: q,", "{ observer: US.Cabinet, about: IQ, dim: q,", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"gulf-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var result = Cli.Run("validate", path);

            Assert.Equal(2, result.ExitCode);
            var line = yaml[..yaml.IndexOf("US.Cabinet, about", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
            Assert.Contains($"{path}:{line}:", result.Error, StringComparison.Ordinal);
            Assert.Contains("faction 'US.Cabinet' holds no beliefs of its own", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>The diplomacy layer from the command line: forecast outputs and <c>entente compare</c>.</summary>
public class DiplomacyCommandTests
{
    // The version-1 case files, kept as fixtures of the mapping since the examples were recoded for version 2.
    private static readonly string Korea2010 = RepoPaths.Data("diplomacy-v1/korea-2010-yeonpyeong.yaml");
    private static readonly string Korea2017 = RepoPaths.Data("diplomacy-v1/korea-2017-coordination.yaml");

    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml")]
    [InlineData("korea-2017-coordination.yaml")]
    [InlineData("climate-2014-us-china.yaml")]
    public void The_shipped_version_2_cases_validate_and_forecast_without_warnings(string file)
    {
        var validate = Cli.Run("validate", RepoPaths.Example(file));
        Assert.Equal(0, validate.ExitCode);
        Assert.DoesNotContain("warning", validate.Out + validate.Error, StringComparison.Ordinal);

        var forecast = Cli.Run("forecast", RepoPaths.Example(file), "--trials", "50", "--format", "json");
        Assert.Equal(0, forecast.ExitCode);
        Assert.DoesNotContain(": warning: ", forecast.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(forecast.Out);
        Assert.Equal(50, json.RootElement.GetProperty("diplomacy").GetProperty("trials").GetInt32());
    }

    [Fact]
    public void Version_1_belief_and_credibility_noise_is_flagged_as_moving_nothing()
    {
        var result = Cli.Run("sweep", Korea2010, "-n", "20", "--belief-noise", "0.15", "--credibility-noise", "0.1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: --belief-noise and --credibility-noise perturbed version-1 perceptions", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0.15, json.RootElement.GetProperty("noise").GetProperty("belief").GetDouble());
    }

    [Fact]
    public void A_version_1_file_loads_with_one_warning_per_mapped_element_and_runs_on_version_2()
    {
        var result = Cli.Run("forecast", Korea2010, "--format", "json", "--trials", "0");

        Assert.Equal(0, result.ExitCode);
        var warnings = result.Error.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToArray();
        Assert.Contains(warnings, w => w.StartsWith($"{Korea2010}:79:5: warning: signals[0]: signal 'envoy' becomes a stand", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("commitments[0]: commitment 'credit_at_visit' becomes a public promise", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("eum-diplomacy", json.RootElement.GetProperty("model").GetString());
        Assert.True(json.RootElement.TryGetProperty("diplomacy", out _));
    }

    [Fact]
    public void Forecast_json_carries_each_signals_reading_per_observer_the_decisions_and_the_narrative()
    {
        var result = Cli.Run("forecast", Korea2010, "--format", "json", "--trials", "50");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var diplomacy = json.RootElement.GetProperty("diplomacy");
        var first = diplomacy.GetProperty("rounds")[0];
        Assert.Equal(1, first.GetProperty("round").GetInt32());
        var envoy = first.GetProperty("signals").EnumerateArray().First(s => s.GetProperty("id").GetString() == "envoy");
        Assert.Equal("CN", envoy.GetProperty("sender").GetString());
        Assert.Equal("private", envoy.GetProperty("channel").GetString());
        Assert.Equal("stand", envoy.GetProperty("kind").GetString());
        var observer = Assert.Single(envoy.GetProperty("observers").EnumerateArray());
        Assert.Equal("KP", observer.GetProperty("observer").GetString());
        foreach (var field in new[] { "c0", "credibility", "priorMean", "posteriorMean" })
        {
            Assert.InRange(observer.GetProperty(field).GetDouble(), 0, 1);
        }
        Assert.Contains(observer.GetProperty("kind").GetString(), new[] { "babbling", "pure", "mixed", "fallback" });
        Assert.Contains(diplomacy.GetProperty("rounds").EnumerateArray(), r => r.GetProperty("decisions").GetArrayLength() > 0);
        Assert.StartsWith("Round 1:", diplomacy.GetProperty("narrative")[0].GetString(), StringComparison.Ordinal);
        // The headlines are probabilities with their Monte Carlo intervals over types.
        Assert.Equal(50, diplomacy.GetProperty("trials").GetInt32());
        var escalation = diplomacy.GetProperty("escalation");
        Assert.InRange(escalation.GetProperty("mean").GetDouble(), escalation.GetProperty("low").GetDouble(), escalation.GetProperty("high").GetDouble());
        Assert.Contains(escalation.GetProperty("nominal").GetDouble(), new[] { 0.0, 1.0 });
        var deal = diplomacy.GetProperty("negotiations")[0].GetProperty("deal");
        Assert.InRange(deal.GetProperty("mean").GetDouble(), deal.GetProperty("low").GetDouble(), deal.GetProperty("high").GetDouble());
        Assert.Equal(64, diplomacy.GetProperty("record").GetProperty("scenarioHash").GetString()!.Length);
    }

    [Fact]
    public void Trials_must_not_be_negative()
    {
        var result = Cli.Run("forecast", Korea2010, "--trials", "-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--trials must be 0 or more", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_table_ends_with_the_signals_the_decisions_and_the_narrative()
    {
        var result = Cli.Run("forecast", Korea2010, "--trials", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Signals: how credible each observer finds them", result.Out, StringComparison.Ordinal);
        Assert.Contains("Narrative", result.Out, StringComparison.Ordinal);
        Assert.Contains("Round 1: China, private stand 'envoy' to North Korea", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_runs_the_base_and_each_variant_and_says_what_the_layer_did_differently()
    {
        var result = Cli.Run("compare", Korea2010, "--variant", "praise-in-private", "--format", "json", "--trials", "60", "--attribution", "40");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var variant = Assert.Single(json.RootElement.GetProperty("variants").EnumerateArray());
        Assert.Equal("praise-in-private", variant.GetProperty("name").GetString());
        Assert.Equal(4, variant.GetProperty("issues").GetArrayLength());
        // Sent privately, the leak is heard by Beijing alone.
        Assert.Contains(variant.GetProperty("accountedFor").EnumerateArray(), line => line.GetString()!.StartsWith("signal 'leak': KR hears it in the base only", StringComparison.Ordinal));
        // Paired trial by trial: the same types in both runs.
        var paired = variant.GetProperty("paired");
        Assert.Equal(60, paired.GetProperty("trials").GetInt32());
        var escalation = paired.GetProperty("escalation");
        Assert.InRange(escalation.GetProperty("onlyBase").GetInt32() + escalation.GetProperty("onlyVariant").GetInt32(), 0, 60);
        Assert.Equal(4, paired.GetProperty("issues").GetArrayLength());
        // The attribution removes each signal and negotiation in turn and names its mechanism.
        var attribution = json.RootElement.GetProperty("attribution").EnumerateArray().ToArray();
        Assert.Contains(attribution, a => a.GetProperty("element").GetString() == "leak"
            && a.GetProperty("mechanism").GetString()!.Contains("deniable audience cost", StringComparison.Ordinal));
        Assert.All(attribution, a => Assert.Equal(40, a.GetProperty("effect").GetProperty("trials").GetInt32()));
    }

    [Fact]
    public void Compare_without_a_variant_name_compares_every_variant()
    {
        var result = Cli.Run("compare", Korea2010, "--trials", "40", "--attribution", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Variant praise-in-private", result.Out, StringComparison.Ordinal);
        Assert.Contains("Variant no-envoy", result.Out, StringComparison.Ordinal);
        Assert.Contains("Accounted for by:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_an_unknown_variant_is_bad_input_with_a_hint()
    {
        var result = Cli.Run("compare", Korea2010, "--variant", "praise-in-privat");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown variant 'praise-in-privat' (did you mean 'praise-in-private'?)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_a_scenario_without_variants_is_bad_input()
    {
        var result = Cli.Run("compare", RepoPaths.Example("ec-cars-1994.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("declares no variants", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_a_version_2_file_is_refused_rather_than_losing_its_diplomacy_layer()
    {
        var result = Cli.Run("convert", RepoPaths.Example("korea-2010-yeonpyeong.yaml"), "--to", "yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write a version-2 diplomacy layer yet", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }
}

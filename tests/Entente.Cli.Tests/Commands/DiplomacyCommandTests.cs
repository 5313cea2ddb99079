using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>The diplomacy layer from the command line: forecast outputs and <c>entente compare</c>.</summary>
public class DiplomacyCommandTests
{
    private static readonly string Korea2010 = RepoPaths.Example("korea-2010-yeonpyeong.yaml");
    private static readonly string Korea2017 = RepoPaths.Example("korea-2017-coordination.yaml");

    [Fact]
    public void A_sweep_can_put_noise_on_declared_beliefs_and_channel_credibilities()
    {
        var result = Cli.Run("sweep", Korea2010, "-n", "40", "--belief-noise", "0.15", "--credibility-noise", "0.1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        // The only warnings are the file's own: how its version-1 diplomacy maps onto version 2 (§16).
        Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.Contains("warning", StringComparison.Ordinal)),
            line => Assert.StartsWith($"{Korea2010}:", line, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(result.Out);
        var noise = json.RootElement.GetProperty("noise");
        Assert.Equal(0.15, noise.GetProperty("belief").GetDouble());
        Assert.Equal(0.1, noise.GetProperty("credibility").GetDouble());
    }

    [Fact]
    public void Belief_noise_under_a_model_without_the_diplomacy_layer_is_flagged()
    {
        var result = Cli.Run("sweep", Korea2010, "-n", "20", "--model", "compromise", "--belief-noise", "0.1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: --belief-noise and --credibility-noise act through the diplomacy layer, which model 'compromise' ignores", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_json_carries_signals_beliefs_events_escalation_agreement_and_explanation()
    {
        var result = Cli.Run("forecast", Korea2010, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("eum-diplomacy", root.GetProperty("model").GetString());
        var round1 = root.GetProperty("rounds")[1];
        Assert.Equal("envoy", round1.GetProperty("signals")[0].GetProperty("id").GetString());
        Assert.Equal("private", round1.GetProperty("signals")[0].GetProperty("channel").GetString());
        Assert.Equal("KP", round1.GetProperty("beliefs")[0].GetProperty("observer").GetString());
        Assert.Contains(root.GetProperty("rounds").EnumerateArray(), r => r.TryGetProperty("events", out var e)
            && e.EnumerateArray().Any(x => x.GetProperty("kind").GetString() == "summit"));
        Assert.InRange(root.GetProperty("escalationIndex").GetDouble(), 0, 1);
        Assert.InRange(root.GetProperty("agreementProbability").GetDouble(), 0, 1);
        Assert.NotEmpty(root.GetProperty("explanation").EnumerateArray());
        Assert.StartsWith("Round 1:", root.GetProperty("narrative")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_table_ends_with_the_narrative()
    {
        var result = Cli.Run("forecast", Korea2010);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Narrative", result.Out, StringComparison.Ordinal);
        Assert.Contains("China's envoy Dai Bingguo in Pyongyang (private, credibility 0.20) told North Korea", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_runs_the_base_and_each_variant_and_says_what_accounts_for_the_difference()
    {
        var result = Cli.Run("compare", Korea2017, "--variant", "climate-style", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var variant = Assert.Single(json.RootElement.GetProperty("variants").EnumerateArray());
        Assert.Equal("climate-style", variant.GetProperty("name").GetString());
        Assert.Equal(5, variant.GetProperty("issues").GetArrayLength());
        var escalation = variant.GetProperty("escalationIndex");
        Assert.True(escalation.GetProperty("variant").GetDouble() < escalation.GetProperty("base").GetDouble());
        Assert.NotEmpty(variant.GetProperty("accountedFor").EnumerateArray());
    }

    [Fact]
    public void Compare_without_a_variant_name_compares_every_variant()
    {
        var result = Cli.Run("compare", Korea2010);

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
}

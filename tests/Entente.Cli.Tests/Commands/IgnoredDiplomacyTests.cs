namespace Entente.Cli.Tests.Commands;

/// <summary>A model without the diplomacy layer run on a scenario that has one says so, in forecast and in compare.</summary>
public class IgnoredDiplomacyTests
{
    private static readonly string Korea = RepoPaths.Example("korea-2010-yeonpyeong.yaml");

    [Fact]
    public void Compare_with_a_model_that_ignores_the_layer_warns_that_its_variants_cannot_differ()
    {
        var result = Cli.Run("compare", Korea, "--model", "compromise", "--variant", "praise-in-private");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: model 'compromise' ignores the scenario's diplomacy sections", result.Error, StringComparison.Ordinal);
        Assert.Contains("so variants that change only those sections forecast the same as the base", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_with_such_a_model_warns_too_and_the_layers_own_model_does_not()
    {
        var plain = Cli.Run("forecast", Korea, "--model", "compromise");
        var layered = Cli.Run("forecast", Korea, "--trials", "0");

        Assert.Contains("warning: model 'compromise' ignores the scenario's diplomacy sections", plain.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ignores the scenario's diplomacy sections", layered.Error, StringComparison.Ordinal);
    }
}

namespace Entente.Cli.Tests.Commands;

/// <summary>Model options have one spelling, camelCase; the old kebab-case one still works, with a warning.</summary>
public sealed class OptionSpellingTests
{
    private static readonly string Case = RepoPaths.Example("eu-2001-access-to-documents.yaml");

    [Fact]
    public void The_old_spelling_gives_the_same_forecast_as_the_new_with_a_warning()
    {
        var old = Cli.Run("forecast", Case, "--model", "institutional", "--option", "reference-push=0.2", "--format", "json");
        var current = Cli.Run("forecast", Case, "--model", "institutional", "--option", "referencePush=0.2", "--format", "json");

        Assert.Equal(0, old.ExitCode);
        Assert.Equal(current.Out.Replace("referencePush", "reference-push", StringComparison.Ordinal), old.Out);
        Assert.Contains("warning: model 'institutional': option 'reference-push' is now spelled 'referencePush'", old.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", current.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_models_list_shows_the_one_spelling()
    {
        var models = Cli.Run("models").Out;

        Assert.Contains("referencePush (0.05)", models, StringComparison.Ordinal);
        Assert.Contains("salienceExponent (0.5)", models, StringComparison.Ordinal);
        Assert.Contains("maxRounds (100)", models, StringComparison.Ordinal);
        Assert.DoesNotContain("reference-push", models, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_under_the_old_spelling_is_reported_as_written()
    {
        var bad = Cli.Run("forecast", Case, "--model", "institutional", "--option", "reference-push=-1");

        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("option 'reference-push' must not be negative (got -1)", bad.Error, StringComparison.Ordinal);
    }
}

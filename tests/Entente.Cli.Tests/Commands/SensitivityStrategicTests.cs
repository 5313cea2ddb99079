namespace Entente.Cli.Tests.Commands;

/// <summary>
/// Sensitivity of a case with a strategic layer: leaving an actor out must not drop an issue the layer's signals name
/// (the 2010 Korea case failed with "signal 'leak': unknown issue 'us_cn_stance'" when China was left out).
/// </summary>
public sealed class SensitivityStrategicTests
{
    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml")]
    [InlineData("korea-2017-coordination.yaml")]
    public void Every_actor_can_be_left_out_of_a_case_whose_signals_name_its_issues(string example)
    {
        var result = Cli.Run("sensitivity", RepoPaths.Example(example));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Error);
        Assert.Contains("Pivotal actors", result.Out);
    }
}

namespace Entente.Cli.Tests;

/// <summary>An option value that does not parse is described in words, never by a .NET type name.</summary>
public sealed class ParseMessagesTests
{
    [Theory]
    [InlineData("forecast", "--rounds", "abc", "error: Cannot parse argument 'abc' for option '--rounds' as a whole number (at most 2,147,483,647).")]
    [InlineData("sweep", "--trials", "1e3", "error: Cannot parse argument '1e3' for option '--trials' as a whole number.")]
    [InlineData("sweep", "--position-noise", "lots", "error: Cannot parse argument 'lots' for option '--position-noise' as a number.")]
    public void A_value_that_does_not_parse_is_described_in_words(string command, string option, string value, string message)
    {
        var result = Cli.Run(command, RepoPaths.Example("ec-cars-1994.yaml"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }
}

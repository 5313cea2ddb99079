using System.Globalization;
using System.Text;

namespace Entente.Cli.Tests.Output;

/// <summary>A full device or a closed pipe on standard output is the environment's failure, reported as such, never as a defect or an abort.</summary>
public sealed class BrokenOutputTests
{
    // A stream that refuses every write, as /dev/full does.
    private sealed class FullDevice : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }

    [Fact]
    public void Output_on_a_full_device_exits_74_and_says_so_on_the_error_stream()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var code = EntenteApp.Run(["forecast", RepoPaths.Example("ec-cars-1994.yaml")], new FullDevice(), error, redirected: true);

        Assert.Equal(74, code);
        Assert.Contains("error: cannot write the output: No space left on device", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_both_streams_full_the_exit_code_alone_says_it_and_nothing_is_thrown()
    {
        var code = EntenteApp.Run(["validate", RepoPaths.Example("ec-cars-1994.yaml")], new FullDevice(), new FullDevice(), redirected: true);

        Assert.Equal(74, code);
    }
}

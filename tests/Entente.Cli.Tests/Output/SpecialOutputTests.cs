using System.Diagnostics;

namespace Entente.Cli.Tests.Output;

/// <summary>
/// An output that is a FIFO (or any file that is not regular) is refused at once, before the run, and left as it was:
/// never waited on, and never replaced by the temporary file's rename. (Linux only: FIFOs are told apart there.)
/// </summary>
public sealed class SpecialOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-fifo-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Fifo(string name)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public static TheoryData<string[], string> Commands => new()
    {
        { ["convert", RepoPaths.Data("reference/exchange/cop21.csv"), "--to", "yaml", "--output", "{fifo}"], "{fifo}" },
        { ["backtest", RepoPaths.Data("deu/deu3-dev.tsv"), "--cases", "{fifo}"], "{fifo}" },
        { ["backtest", RepoPaths.Data("deu/deu3-dev.tsv"), "--calibrate", "{fifo}"], "{fifo}" },
        { ["forecast", RepoPaths.Example("ec-cars-1994.yaml"), "--out", "{folder}"], "{folder}/forecast.json" },
        { ["report", RepoPaths.Example("ec-cars-1994.yaml"), "--out", "{folder}"], "{folder}/index.html" },
        { ["init", "{fifo}", "--force"], "{fifo}" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_fifo_as_output_is_refused_before_the_run_without_waiting_and_stays_a_fifo(string[] args, string fifoAt)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var folder = Path.Combine(_folder, "out");
        var fifo = Fifo(fifoAt.Replace("{fifo}", Path.Combine(folder, "target"), StringComparison.Ordinal).Replace("{folder}", folder, StringComparison.Ordinal));
        var resolved = args.Select(a => a.Replace("{fifo}", fifo, StringComparison.Ordinal).Replace("{folder}", folder, StringComparison.Ordinal)).ToArray();

        var run = Task.Run(() => Cli.Run(resolved));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run;

        Assert.True(finished, "the command waited on the FIFO");
        var result = await run;
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a regular file (a device, pipe or socket)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("scoring", result.Error, StringComparison.Ordinal);
        // Still the FIFO: not replaced by a regular file.
        Assert.Equal("is not a regular file (a device, pipe or socket); write to a regular file", Entente.Formats.SpecialFiles.OutputRefusal(fifo));
    }
}

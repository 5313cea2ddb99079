using System.Diagnostics;
using Entente.Formats.Text;

namespace Entente.Formats.Tests.Text;

/// <summary>Input files are read whole but bounded, and only from regular files: devices and pipes are refused, never read for ever or waited on.</summary>
public sealed class InputFileTests
{
    [Fact]
    public void A_device_that_reports_length_zero_is_refused_rather_than_read_without_end()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // devices are told apart on Linux only
        }
        var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Load("/dev/zero"));
        Assert.Contains("not a regular file", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_is_refused_without_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // FIFOs are told apart on Linux only
        }
        var folder = Directory.CreateTempSubdirectory("entente-fifo-");
        try
        {
            var fifo = Path.Combine(folder.FullName, "scenario.yaml");
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }
            var read = Task.Run(() => Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Load(fifo)));
            var refused = await read.WaitAsync(TimeSpan.FromSeconds(30)); // a TimeoutException if it waits for a writer
            Assert.Contains("not a regular file", Assert.Single(refused.Diagnostics).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_longer_than_the_bound_is_refused_by_what_is_read_not_by_the_length_it_reports()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, new byte[1000]);
            Assert.Null(InputFile.Read(path, 999, "too large", out var refusal));
            Assert.Equal("too large", refusal);
            Assert.Equal(1000, InputFile.Read(path, 1000, "too large", out _)!.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_regular_file_and_a_directory_are_told_apart()
    {
        Assert.Equal(InputFile.Kind.Directory, InputFile.KindOf(Path.GetTempPath()));
        Assert.Equal(InputFile.Kind.Missing, InputFile.KindOf(Path.Combine(Path.GetTempPath(), "no-such-entente-file")));
        var path = Path.GetTempFileName();
        try
        {
            Assert.Equal(OperatingSystem.IsLinux() ? InputFile.Kind.Regular : InputFile.Kind.Unknown, InputFile.KindOf(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Diagnostics;

namespace Entente.Cli.Tests;

/// <summary>
/// A whole process starts faster on its second run (issue 18.17): the runtime records which methods a command's
/// start-up compiles in the user's cache folder and compiles them ahead on another core next time. It changes no
/// output, and where there is no cache folder the command runs as before, writing nothing.
/// </summary>
public class StartupTests
{
    [Theory]
    [InlineData("/tmp/xdg", "/home/ana", "/tmp/xdg/entente/jit")]
    [InlineData("", "/home/ana", "/home/ana/.cache/entente/jit")]
    [InlineData(null, "/home/ana", "/home/ana/.cache/entente/jit")]
    [InlineData("relative/cache", "/home/ana", "/home/ana/.cache/entente/jit")]
    [InlineData(null, "", null)]
    [InlineData("cache", "home", null)]
    public void The_profiles_go_to_the_users_cache_folder_and_never_to_a_relative_one(string? xdg, string? home, string? expected)
    {
        Assert.Equal(expected, Startup.ProfileFolder(xdg, home));
    }

    [Fact]
    public void A_second_run_replays_the_first_runs_profile_and_prints_the_same_forecast()
    {
        var cache = Directory.CreateTempSubdirectory("entente-cache-").FullName;
        try
        {
            var first = Run(new() { ["XDG_CACHE_HOME"] = cache }, Path.GetTempPath());
            var profiles = Directory.GetFiles(Path.Combine(cache, "entente", "jit"), "forecast-*.jitprofile");
            var second = Run(new() { ["XDG_CACHE_HOME"] = cache }, Path.GetTempPath());

            Assert.Single(profiles);
            Assert.True(new FileInfo(profiles[0]).Length > 0);
            Assert.Contains("\"issues\"", first, StringComparison.Ordinal);
            Assert.Equal(first, second);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Without_a_cache_folder_the_command_runs_and_writes_nothing_where_it_was_run()
    {
        var here = Directory.CreateTempSubdirectory("entente-here-").FullName;
        try
        {
            var output = Run(new() { ["XDG_CACHE_HOME"] = "cache", ["HOME"] = "" }, here);

            Assert.Contains("\"issues\"", output, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(here));
        }
        finally
        {
            Directory.Delete(here, recursive: true);
        }
    }

    // entente forecast of EC cars as its own process, with these environment variables, from this folder.
    private static string Run(Dictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "entente.dll"), "forecast", RepoPaths.Example("ec-cars-1994.yaml"), "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the forecast must finish");
        Assert.True(process.ExitCode == 0, error.Result);
        return output.Result;
    }
}

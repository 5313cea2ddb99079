using System.Diagnostics;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// The same seed gives the same numbers however the JIT compiled the code: a run whose every method is
/// compiled without optimisation (as the first calls of any run are) and a run whose every method is fully
/// optimised print the same forecast, to the last digit. The vector Exp and Log of .NET broke this once
/// (they fuse multiply-adds only in optimised code); see src/Entente.Models/Common/UtilityPower.cs.
/// </summary>
public class JitIndependenceTests
{
    private static string Forecast(string example, string model, string jitVariable)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var arg in new[] { "forecast", RepoPaths.Example(example), "--model", model, "--format", "json", "--seed", "3" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment[jitVariable.Split('=')[0]] = jitVariable.Split('=')[1];
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the forecast must finish");
        Assert.Equal(0, process.ExitCode);
        return output.Result;
    }

    [Theory]
    [InlineData("ec-cars-1994.yaml", "eum")]
    [InlineData("cop21-paris-2015.yaml", "eum")]
    [InlineData("korea-2010-yeonpyeong.yaml", "eum-diplomacy")]
    public void Unoptimised_and_optimised_code_give_the_same_forecast(string example, string model)
    {
        var optimised = Forecast(example, model, "DOTNET_TieredCompilation=0");
        var unoptimised = Forecast(example, model, "DOTNET_JITMinOpts=1");
        Assert.Contains("\"issues\"", optimised, StringComparison.Ordinal);
        Assert.Equal(optimised, unoptimised);
    }
}

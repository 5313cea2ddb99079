using System.Diagnostics;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// The same seed gives the same numbers however the JIT compiled the code: a run whose every method is
/// compiled without optimisation (as the first calls of any run are) and a run whose every method is fully
/// optimised print the same forecast, to the last digit, and so does a run that is denied the processor's
/// wider vector instructions. The vector Exp and Log of .NET broke this once (they fuse multiply-adds only in
/// optimised code); see src/Entente.Models/Common/UtilityPower.cs.
/// </summary>
public class JitIndependenceTests
{
    private static string Forecast(string example, string model, string jitVariable) =>
        Run(jitVariable, "forecast", RepoPaths.Example(example), "--model", model, "--format", "json", "--seed", "3");

    private static string Run(string jitVariable, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var arg in args)
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

    [Theory]
    [InlineData("DOTNET_EnableAVX512=0")]
    [InlineData("DOTNET_EnableAVX2=0")]
    [InlineData("DOTNET_EnableHWIntrinsic=0")]
    public void A_processor_with_fewer_vector_instructions_gives_the_same_forecast(string withoutInstructions)
    {
        // Each setting hides instructions from the JIT as an older or smaller processor would (the .NET 10 names;
        // the older DOTNET_EnableAVX512F and DOTNET_EnableFMA are ignored): no 512-bit vectors (the row-by-row path
        // instead of the fused pass), no AVX2 and hence no hardware fused multiply-add (emulated, and the scalar
        // power), no vector instructions at all. Same seed, same numbers, whatever the processor. On a machine
        // that lacks the instructions already, the two runs coincide trivially.
        var full = Forecast("cop21-paris-2015.yaml", "eum", "DOTNET_TieredCompilation=0");
        var reduced = Forecast("cop21-paris-2015.yaml", "eum", withoutInstructions);
        Assert.Contains("\"issues\"", full, StringComparison.Ordinal);
        Assert.Equal(full, reduced);
    }

    [Fact]
    public void A_sweep_gives_the_same_distributions_unoptimised_and_optimised()
    {
        // Many runs in one process, on worker threads, with methods recompiled while the trials run: the
        // distributions must not depend on any of that. (The fused offer pass is held to the row-by-row
        // path's bits by construction: UtilityPowerTests checks its eight lanes against the scalar power.)
        string Issues(string jit)
        {
            var json = Run(jit, "sweep", RepoPaths.Example("cop21-paris-2015.yaml"), "--model", "eum", "--trials", "40", "--position-noise", "0.05",
                "--seed", "5", "--threads", "2", "--format", "json");
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.GetProperty("issues").GetRawText();
        }
        Assert.Equal(Issues("DOTNET_TieredCompilation=0"), Issues("DOTNET_JITMinOpts=1"));
    }
}

using System.CommandLine;
using System.Globalization;
using Entente.Application.Bench;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench gpu [--actors 30,100] [-n N] [--gpu-trials N]</c>: trials per second of EUM sweeps on this machine's
/// cores and as GPU kernels, in one run.
/// </summary>
internal static class BenchGpu
{
    public static Command Create(CliConsole console)
    {
        var actors = new Option<int[]>("--actors") { Description = "Actors of each generated issue.", DefaultValueFactory = _ => [30, 100], AllowMultipleArgumentsPerToken = true };
        var trials = new Option<long>("--trials", "-n") { Description = "Trials timed on the cores.", DefaultValueFactory = _ => 2000 };
        var gpuTrials = new Option<long>("--gpu-trials") { Description = "Trials timed as kernels (default: 1,000,000 on a CUDA device, 200 on the CPU accelerator)." };
        var spatial = new Option<int[]?>("--smp-actors") { Description = "Actors of each spatial turn timed (default: 1,000 and 10,000 on a CUDA device, 200 and 400 on the CPU accelerator; on the cores too up to 2,000).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("gpu", "EUM sweeps (trials per second), the EUM probability kernel (FLOP/s) and one spatial-model turn, on the cores and on the GPU (a CUDA device, else ILGPU's CPU accelerator).")
        {
            actors, trials, gpuTrials, spatial,
        };
        command.SetAction(parse =>
        {
            var sizes = parse.GetValue(actors) ?? [];
            if (sizes.Length == 0 || sizes.Any(n => n < 2) || parse.GetValue(trials) < 1 || parse.GetValue(gpuTrials) < 0)
            {
                console.Error.WriteLine("error: --actors must be at least 2, and --trials and --gpu-trials positive");
                return ExitCodes.BadInput;
            }
            var onGpu = parse.GetValue(gpuTrials) is > 0 and var given ? given : Gpu.GpuDevice.CudaAvailable() ? 1_000_000 : 200;
            if (parse.GetValue(spatial) is { } turnSizes && turnSizes.Any(n => n < 2))
            {
                console.Error.WriteLine("error: --smp-actors must be at least 2");
                return ExitCodes.BadInput;
            }
            var result = GpuBench.Measure(sizes, parse.GetValue(trials), onGpu, parse.GetValue(spatial));
            var output = console.Out;
            if (result.Warning is { } warning)
            {
                console.Error.WriteLine("warning: " + warning);
            }
            output.WriteLine("EUM sweeps of generated one-issue negotiations");
            output.WriteLine($"kernels on {result.Device}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"actors",6} {"cores trials/s",15} {"GPU trials/s",13} {"GPU/cores",9} {"s per 10^6",10} {"mean Δ",8}"));
            foreach (var row in result.Rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Actors,6} {row.CpuTrialsPerSecond,15:0.0} {row.GpuTrialsPerSecond,13:0.0} {row.SpeedUp,8:0.00}x {row.SecondsPerMillion,10:0.0} {Math.Abs(row.GpuMean - row.CpuMean),8:0.000}"));
            }
            var p = result.Probability;
            // Two short lines rather than one long one: the report must read at 80 columns.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"EUM probability kernel, {p.Actors} actors x {p.Draws} draws: {Rate(p.FlopsPerSecond)} float64"));
            output.WriteLine(p.ShareOfPeak is { } share
                ? string.Create(CultureInfo.InvariantCulture, $"  {share:P0} of the device's {p.PeakFlopsPerSecond / 1e12:0.0} TFLOP/s peak")
                : "  (no known peak: not a CUDA device)");
            foreach (var turn in result.SpatialTurns)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one smp turn, {turn.Actors} actors:"));
                if (turn.CoresSeconds is { } cores)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cores,8:0.00} s on the cores"));
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {turn.DeviceSeconds,8:0.00} s with its O(n³) steps on the device"));
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Cores} cores; both sides warmed up untimed first; mean Δ: the two sweeps' means"));
            output.WriteLine("differ by sampling alone (other trial counts);");
            output.WriteLine("'entente gpu check' compares trials");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Rate(double flops) => flops >= 1e12
        ? string.Create(CultureInfo.InvariantCulture, $"{flops / 1e12:0.00} TFLOP/s")
        : flops >= 1e9
            ? string.Create(CultureInfo.InvariantCulture, $"{flops / 1e9:0.00} GFLOP/s")
            : string.Create(CultureInfo.InvariantCulture, $"{flops / 1e6:0.0} MFLOP/s");
}

using System.CommandLine;
using System.Globalization;
using Entente.Application;
using Entente.Gpu;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente gpu check [-n N]</c>: every GPU kernel against its CPU model, trial by trial; exit 1 when they disagree.
/// </summary>
internal static class GpuCommand
{
    public static Command Create(CliConsole console)
    {
        var gpu = new Command("gpu", "The GPU kernels: check them against the CPU's models.");
        var trials = new Option<long?>("--trials", "-n") { Description = "Trials compared per case (default: 10,000 on a CUDA device, 50 on the CPU accelerator)." };
        var check = new Command("check", "Runs every kernel (compromise, median, eum) and its CPU model on the same trials and compares every forecast.") { trials };
        check.SetAction(parse =>
        {
            if (parse.GetValue(trials) is < 1)
            {
                console.Error.WriteLine("error: --trials must be positive");
                return ExitCodes.BadInput;
            }
            var output = console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"case",-20} {"trials",6} {"identical",9} {"≤1e-12",7} {"tipped",6} {"largest",8}  verdict"));
            var progress = new SynchronousProgress<ConformanceReport>(r => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Model,-20} {r.Trials,6} {r.Identical,9} {r.WithinTolerance,7} {r.DifferingTrials,6} {r.LargestDifference,8:0.0E+0}  {Verdict(r)}")));
            var (device, warning, reports) = GpuCheck.Run(parse.GetValue(trials) ?? (GpuDevice.CudaAvailable() ? 10_000 : 50), progress);
            if (warning is not null)
            {
                console.Error.WriteLine("warning: " + warning);
            }
            output.WriteLine($"kernels ran on {device}");
            output.WriteLine("identical: (trial, issue) forecasts equal bit for bit; ≤1e-12: within 1e-12 of");
            output.WriteLine("the scale; tipped: trials where a decision on a tie went the other way");
            var agree = reports.All(r => r.Agrees);
            output.WriteLine(agree ? "the kernels agree with the CPU" : "the kernels DISAGREE with the CPU");
            return agree ? ExitCodes.Success : ExitCodes.InternalError;
        });
        gpu.Subcommands.Add(check);
        return gpu;
    }

    private static string Verdict(ConformanceReport report) => report.Agrees
        ? report.BitIdenticalRequired ? "bit-identical" : "agrees"
        : "DISAGREES";

    /// <summary>Reports on the caller's thread, so lines print as each case finishes.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

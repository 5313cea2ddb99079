using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// The sweep kernel: work item k of a launch is trial <c>first + k / issues</c> on issue <c>k % issues</c>; each
/// thread draws the trial's participants of the issue, runs the model on them and writes the forecast to
/// <c>forecasts[k]</c>. A grid-stride loop: a launch has as many threads as the device (or the CPU accelerator, in
/// tests) runs at once, each with its own scratch, and each takes every threads-th item.
/// </summary>
internal static class TrialKernel
{
    /// <summary>The kernel's entry point.</summary>
    public static void Run(Index1D thread, long threads, TrialInputs inputs, EumSettings eum, int model, long firstTrial, long items,
        ArrayView<double> doubles, ArrayView<int> ints, int mostParticipants, ArrayView<double> forecasts)
    {
        var scratch = new Scratch(doubles, ints, mostParticipants, thread.X, threads);
        var position = scratch.D(EumTrial.PositionArray);
        var salience = scratch.D(EumTrial.SalienceArray);
        var capability = scratch.D(EumTrial.CapabilityArray);
        for (var item = (long)thread.X; item < items; item += threads)
        {
            var trial = firstTrial + item / inputs.IssueCount;
            var issue = (int)(item % inputs.IssueCount);
            var n = inputs.Draw(trial, issue, position, salience, capability);
            double forecast;
            if (n == 0)
            {
                forecast = double.NaN;
            }
            else if (model == (int)GpuModel.Compromise)
            {
                forecast = BaselineForecasts.Mean(n, position, salience, capability);
            }
            else if (model == (int)GpuModel.Median)
            {
                forecast = BaselineForecasts.Median(n, position, salience, capability, scratch.I(0));
            }
            else
            {
                forecast = EumTrial.Forecast(n, scratch, eum);
            }
            forecasts[item] = forecast;
        }
    }
}

using Entente.Domain;

namespace Entente.Gpu.Tests.Kernels;

/// <summary>
/// Every kernel against the model it mirrors, trial by trial: the compromise and median kernels bit for bit, the
/// expected utility kernel to 1e-12 of the scale wherever no decision sat on a tie.
/// </summary>
public sealed class ConformanceTests
{
    [Theory]
    [InlineData("compromise", 5, 2)]
    [InlineData("compromise", 40, 3)]
    [InlineData("median", 5, 2)]
    [InlineData("median", 40, 3)]
    public void The_baseline_kernels_give_the_CPU_s_forecasts_bit_for_bit(string model, int actors, int issues)
    {
        using var executor = SharedDevice.Executor();
        var plan = Scenarios.Sweep(Scenarios.Generated(actors, issues, seed: actors), model, 400);

        var report = GpuConformance.Check(plan, executor, plan.Trials);

        Assert.True(report.BitIdenticalRequired);
        Assert.Equal(400L * issues, report.Identical);
        Assert.True(report.Agrees);
    }

    [Theory]
    [InlineData(6, 1.0, 1.0)]
    [InlineData(12, 1.0, 1.0)]
    [InlineData(30, 1.0, 1.0)]
    [InlineData(12, 0.8, 0.6)]
    public void The_expected_utility_kernel_gives_the_CPU_s_forecasts_to_1e_12_where_no_decision_sits_on_a_tie(int actors, double q, double t)
    {
        using var executor = SharedDevice.Executor();
        ModelOption[] options = [new("q", q.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("t", t.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var plan = Scenarios.Sweep(Scenarios.Generated(actors, 2, seed: 100 + actors), "eum", 150, options);

        var report = GpuConformance.Check(plan, executor, plan.Trials);

        Assert.False(report.BitIdenticalRequired);
        Assert.True(report.Agrees, $"{report.DifferingTrials} of {report.Trials} trials differ; largest difference {report.LargestDifference:E2}");
        Assert.True(report.Identical + report.WithinTolerance >= 0.99 * report.Trials * report.Issues);
    }

    [Fact]
    public void A_model_without_a_kernel_is_refused_with_its_name()
    {
        var plan = Scenarios.Sweep(Scenarios.Generated(5, 1, seed: 1), "nbs", 10);

        Assert.Contains("'nbs'", GpuTrialExecutor.Unsupported(plan));
        Assert.Null(GpuTrialExecutor.Unsupported(Scenarios.Sweep(Scenarios.Generated(5, 1, seed: 1), "eum", 10)));
        Assert.Contains("scholz", GpuTrialExecutor.Unsupported(Scenarios.Sweep(Scenarios.Generated(5, 1, seed: 1), "eum", 10, [new("variant", "scholz")])));
    }
}

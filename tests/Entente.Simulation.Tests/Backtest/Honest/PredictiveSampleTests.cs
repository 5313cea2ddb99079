using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Tests.Backtest.Honest;

/// <summary>The scores of an outcome against a predictive sample: CRPS and conformal intervals.</summary>
public class PredictiveSampleTests
{
    [Fact]
    public void The_CRPS_of_a_small_sample_is_its_energy_form_worked_by_hand()
    {
        // Sample {0, 10, 40}, outcome 20: E|X − y| = (20 + 10 + 20) / 3 = 50/3; the pairwise distances are
        // 10, 40, 30 (each twice over ordered pairs), so ½E|X − X′| = ½ · 160 / 9 = 80/9.
        Assert.Equal(50.0 / 3 - 80.0 / 9, PredictiveSample.Crps([0, 10, 40], 20), 12);
    }

    [Fact]
    public void The_CRPS_of_one_value_is_the_absolute_error()
    {
        Assert.Equal(7, PredictiveSample.Crps([13], 20), 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.7)]
    [InlineData(-2.1)]
    public void The_CRPS_of_a_fine_normal_sample_approaches_the_normal_closed_form(double z)
    {
        // CRPS(N(μ, σ²), y) = σ [z (2Φ(z) − 1) + 2φ(z) − 1/√π], z = (y − μ)/σ (Gneiting & Raftery 2007).
        const double mu = 50, sigma = 8;
        var n = 20_000;
        var sample = Enumerable.Range(0, n).Select(k => mu + sigma * NormalQuantile((k + 0.5) / n)).ToArray();
        var expected = sigma * (z * (2 * Phi(z) - 1) + 2 * Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI) - 1 / Math.Sqrt(Math.PI));

        Assert.Equal(expected, PredictiveSample.Crps(sample, mu + sigma * z), 2);
    }

    [Fact]
    public void Interval_ranks_follow_the_conformal_rule_and_fall_back_on_the_scale_when_the_sample_is_too_small()
    {
        var sorted = Enumerable.Range(1, 19).Select(k => (double)k).ToArray();
        // n = 19, 80%: ⌊0.1 · 20⌋ = 2nd and ⌈0.9 · 20⌉ = 18th smallest.
        Assert.Equal((2.0, 18.0), PredictiveSample.Interval(sorted, 0.8, 0, 100));
        // 95% needs the ⌈0.975 · 20⌉ = 20th of 19: the scale's end stands in, as it does for the low end (⌊0.5⌋ = 0).
        Assert.Equal((0.0, 100.0), PredictiveSample.Interval(sorted, 0.95, 0, 100));
    }

    [Fact]
    public void A_frozen_calibration_shifts_the_forecast_by_each_residual_and_keeps_it_on_the_scale()
    {
        // Residuals −20, −10, …, +70 (n = 9, 10 apart) around 50: the sample is 30, 40, …, 100, 110 → 100.
        var calibration = new ConformalCalibration("m", [.. Enumerable.Range(0, 9).Select(k => -20.0 + 10 * k)]);

        // 50%: ⌊0.25 · 10⌋ = 2nd and ⌈0.75 · 10⌉ = 8th smallest of 30, 40, 50, 60, 70, 80, 90, 100, 100.
        Assert.Equal((40.0, 100.0), calibration.Interval(50, 0.5, 0, 100));
        // 80%: the 1st and the 9th.
        Assert.Equal((30.0, 100.0), calibration.Interval(50, 0.8, 0, 100));
        Assert.Equal((30.0, 90.0), calibration.Interval(40, 0.5, 0, 100));
    }

    private static double Phi(double x) => 0.5 * (1 + Erf(x / Math.Sqrt(2)));

    // Abramowitz & Stegun 7.1.26 (error below 1.5e-7).
    private static double Erf(double x)
    {
        var t = 1 / (1 + 0.3275911 * Math.Abs(x));
        var y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return x >= 0 ? y : -y;
    }

    // Bisection on Φ: slow but plainly right.
    private static double NormalQuantile(double p)
    {
        double lo = -10, hi = 10;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (Phi(mid) < p) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }
}

namespace Entente.Simulation.Advice;

/// <summary>
/// One scenario's trials as the advised actor reads them, filled as a prefix: trial t depends only on (seed, t), so the
/// first trials of a screening are the first trials of the full evaluation, never run twice.
/// </summary>
internal sealed class TrialScores
{
    public TrialScores(int trials, int issues)
    {
        Values = new double[trials];
        Reneged = new bool[trials];
        Forecasts = new double[trials * issues];
        Issues = issues;
    }

    /// <summary>The objective, by trial.</summary>
    public double[] Values { get; }

    /// <summary>Whether the actor broke a commitment, by trial.</summary>
    public bool[] Reneged { get; }

    /// <summary>The advised issues' forecasts, trial-major.</summary>
    public double[] Forecasts { get; }

    /// <summary>The number of advised issues.</summary>
    public int Issues { get; }

    /// <summary>How many trials, from the first, are filled.</summary>
    public int Done { get; set; }

    /// <summary>The mean forecast shift of issue <paramref name="k"/> against <paramref name="baseline"/> over the first <paramref name="n"/> trials.</summary>
    public double Shift(TrialScores baseline, int k, int n)
    {
        var sum = 0.0;
        for (var t = 0; t < n; t++)
        {
            sum += Forecasts[t * Issues + k] - baseline.Forecasts[t * Issues + k];
        }
        return sum / n;
    }

    /// <summary>The share of the first <paramref name="n"/> trials in which the actor broke a commitment.</summary>
    public double RenegeShare(int n) => Reneged.Take(n).Count(r => r) / (double)n;
}

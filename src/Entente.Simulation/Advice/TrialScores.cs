using Entente.Models.Diplomacy;

namespace Entente.Simulation.Advice;

/// <summary>
/// One scenario's trials as the advised actor reads them, filled as a prefix: trial t depends only on (seed, t), so the
/// first trials of a screening are the first trials of the full evaluation, never run twice.
/// </summary>
internal sealed class TrialScores
{
    private readonly TrialTypeDraws? _draws;
    private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);

    /// <param name="trials">The most trials.</param>
    /// <param name="issues">The advised issues.</param>
    /// <param name="draws">What a trial of the scenario draws, when a run is a function of it (then trials that draw the
    /// same types share one run); null to run every trial.</param>
    public TrialScores(int trials, int issues, TrialTypeDraws? draws = null)
    {
        Values = new double[trials];
        Reneged = new bool[trials];
        Conflict = new double[trials];
        Forecasts = new double[trials * issues];
        Issues = issues;
        _draws = draws;
    }

    /// <summary>
    /// The earlier trial that drew the same types as trial <paramref name="t"/>, whose run serves it too; null when
    /// <paramref name="t"/> must be run (the first of its draw, from here on remembered as such). Call in trial order.
    /// </summary>
    public int? SameDrawAs(ulong seed, int t)
    {
        if (_draws is null)
        {
            return null;
        }
        Span<int> indices = stackalloc int[_draws.Count];
        _draws.Fill(seed, (ulong)t, indices);
        var key = string.Create(indices.Length, indices.ToArray(), static (chars, xs) =>
        {
            for (var i = 0; i < xs.Length; i++)
            {
                chars[i] = (char)xs[i];
            }
        });
        if (_first.TryGetValue(key, out var first))
        {
            return first;
        }
        _first.Add(key, t);
        return null;
    }

    /// <summary>Fills trial <paramref name="t"/> with what trial <paramref name="from"/> gave.</summary>
    public void Copy(int from, int t)
    {
        Values[t] = Values[from];
        Reneged[t] = Reneged[from];
        Conflict[t] = Conflict[from];
        Array.Copy(Forecasts, from * Issues, Forecasts, t * Issues, Issues);
    }

    /// <summary>The objective, by trial.</summary>
    public double[] Values { get; }

    /// <summary>Whether the actor broke a commitment, by trial.</summary>
    public bool[] Reneged { get; }

    /// <summary>The conflict cost the actor paid carrying out its threats of contest, by trial.</summary>
    public double[] Conflict { get; }

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

    /// <summary>The mean change, against <paramref name="baseline"/> trial by trial, of the conflict cost paid over the first <paramref name="n"/> trials.</summary>
    public double ConflictShift(TrialScores baseline, int n)
    {
        var sum = 0.0;
        for (var t = 0; t < n; t++)
        {
            sum += Conflict[t] - baseline.Conflict[t];
        }
        return sum / n;
    }

    /// <summary>The share of the first <paramref name="n"/> trials in which the actor broke a commitment.</summary>
    public double RenegeShare(int n) => Reneged.Take(n).Count(r => r) / (double)n;
}

namespace Entente.Models.Spatial;

/// <summary>KTAB's turn loop: play turns until a turn changes positions by under a fraction of the first turn's change.</summary>
internal static class SpatialRun
{
    // Guards the ratio against 0/0 when the first turn moves nobody.
    private const double MinSignificantChange = 1e-4;

    public static SpatialHistory Execute(SpatialActors actors, SpatialState initial, SpatialOptions options, ulong seed,
        int? turnLimit = null, Action<int>? turnCompleted = null, CancellationToken cancellation = default, ILoopRunner? loops = null,
        ISpatialDevice? device = null)
    {
        var maxTurns = turnLimit ?? options.MaxTurns;
        var minTurns = Math.Min(options.MinTurns, maxTurns);
        var turn = new SpatialTurn(actors, options, seed, loops, device);
        var analyses = new List<TurnAnalysis> { TurnAnalysis.Of(initial, actors, options, loops, device) };
        var bargains = new List<IReadOnlyList<FormedBargain>> { Array.Empty<FormedBargain>() };
        for (var t = 1; ; t++)
        {
            cancellation.ThrowIfCancellationRequested();
            var outcome = turn.Play(analyses[^1]);
            analyses.Add(TurnAnalysis.Of(outcome.Next, actors, options, loops, device));
            bargains.Add(outcome.Bargains);
            turnCompleted?.Invoke(t);

            var first = SpatialState.Change(analyses[0].State, analyses[1].State) + MinSignificantChange;
            var ratio = SpatialState.Change(analyses[t - 1].State, analyses[t].State) / first;
            if (t >= minTurns && ratio < options.StopFraction)
            {
                return new SpatialHistory(analyses, bargains,
                    FormattableString.Invariant($"converged at turn {t}: the turn changed positions by {ratio:0.0000} of the first turn's change (under {options.StopFraction})"));
            }
            if (t >= maxTurns)
            {
                return new SpatialHistory(analyses, bargains, FormattableString.Invariant($"reached max turns {maxTurns}"));
            }
        }
    }
}

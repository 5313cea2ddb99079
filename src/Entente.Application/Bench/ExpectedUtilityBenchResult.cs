namespace Entente.Application.Bench;

/// <summary>What <see cref="ExpectedUtilityBench.Measure"/> measured, for <c>entente bench eum</c> to print.</summary>
/// <param name="Actors">Actors in the random issue.</param>
/// <param name="Rounds">Rounds asked for.</param>
/// <param name="FastRoundsPerSecond">bdm rounds a second with the sorted prefix-sum probabilities.</param>
/// <param name="NaiveRoundsPerSecond">The same with the O(n³) oracle; null when skipped as too slow.</param>
/// <param name="NaiveRounds">Rounds the naive form actually ran (it stops early once its time budget is spent).</param>
/// <param name="Ratio">Fast over naive rounds a second; null when the naive form was skipped.</param>
public sealed record ExpectedUtilityBenchResult(
    int Actors,
    int Rounds,
    double FastRoundsPerSecond,
    double? NaiveRoundsPerSecond,
    int NaiveRounds,
    double? Ratio);

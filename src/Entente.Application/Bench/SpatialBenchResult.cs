namespace Entente.Application.Bench;

/// <summary>What <see cref="SpatialBench"/> measured, for <c>entente bench smp</c> to print.</summary>
/// <param name="Actors">Actors in the scenario.</param>
/// <param name="Dimensions">Dimensions (issues).</param>
/// <param name="Turns">Turns played (the run stops early when it converges).</param>
/// <param name="TotalSeconds">Wall time of the whole run, the analysis of every state included.</param>
/// <param name="SecondsPerTurn">TotalSeconds over Turns.</param>
/// <param name="StoppingReason">Why the run stopped.</param>
public sealed record SpatialBenchResult(int Actors, int Dimensions, int Turns, double TotalSeconds, double SecondsPerTurn, string StoppingReason);

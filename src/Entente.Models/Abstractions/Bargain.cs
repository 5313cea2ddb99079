namespace Entente.Models;

/// <summary>A bargain proposed in one round of the spatial model: who targeted whom, and what it expected.</summary>
/// <param name="Initiator">The actor that proposed the bargain.</param>
/// <param name="Receiver">The actor it targeted.</param>
/// <param name="Worth">The initiator's expected gain in utility from challenging the receiver.</param>
/// <param name="Probability">The initiator's estimate of its chance of defeating the receiver.</param>
public sealed record Bargain(string Initiator, string Receiver, double Worth, double Probability);

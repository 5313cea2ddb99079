namespace Entente.Domain;

/// <summary>A named point of an issue's scale, such as "0 = no talks without denuclearisation".</summary>
/// <param name="Value">The point on the scale.</param>
/// <param name="Label">What an actor standing there wants.</param>
public sealed record ScalePoint(double Value, string Label);

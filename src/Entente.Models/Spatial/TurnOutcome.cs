namespace Entente.Models.Spatial;

/// <summary>A bargain an initiator proposed in a turn: whom it targeted, the gain it expected, and its chance of winning.</summary>
internal readonly record struct FormedBargain(int Initiator, int Receiver, double Worth, double Probability);

/// <summary>What one turn produced: the next state and the bargains proposed in it.</summary>
internal sealed record TurnOutcome(SpatialState Next, IReadOnlyList<FormedBargain> Bargains);

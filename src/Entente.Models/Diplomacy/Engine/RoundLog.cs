namespace Entente.Models.Diplomacy.Engine;

/// <summary>What the layer records in one round, before it becomes a <see cref="LayerRound"/>.</summary>
internal sealed class RoundLog(int round)
{
    public int Round { get; } = round;

    public List<SignalReading> Signals { get; } = [];

    public List<LayerDecision> Decisions { get; } = [];

    public List<WatchedBelief> Beliefs { get; } = [];

    public LayerRound ToLayerRound() => new() { Round = Round, Signals = [.. Signals], Decisions = [.. Decisions], Beliefs = [.. Beliefs] };
}

namespace Entente.Models.Diplomacy.Engine;

/// <summary>What the layer records in one round, before it becomes a <see cref="LayerRound"/>.</summary>
internal sealed class RoundLog(int round)
{
    public int Round { get; } = round;

    public List<SignalReading> Signals { get; } = [];

    public List<LayerDecision> Decisions { get; } = [];

    public List<WatchedBelief> Beliefs { get; } = [];

    public List<DyadEscalationRecord> Escalations { get; } = [];

    public bool IsEmpty => Signals.Count == 0 && Decisions.Count == 0 && Beliefs.Count == 0 && Escalations.Count == 0;

    public LayerRound ToLayerRound() => new() { Round = Round, Signals = [.. Signals], Decisions = [.. Decisions], Beliefs = [.. Beliefs], Escalations = [.. Escalations] };
}

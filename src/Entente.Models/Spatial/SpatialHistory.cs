namespace Entente.Models.Spatial;

/// <summary>A whole run: the state and its analysis for every turn, the bargains of each turn, and why it stopped.</summary>
internal sealed record SpatialHistory(
    IReadOnlyList<TurnAnalysis> Turns,
    IReadOnlyList<IReadOnlyList<FormedBargain>> Bargains,
    string StoppingReason);

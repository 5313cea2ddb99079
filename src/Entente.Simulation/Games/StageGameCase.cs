using System.Collections.Immutable;
using Entente.Formats;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Simulation.Games;

/// <summary>One stage game to solve, as a file (or the template options) gave it.</summary>
/// <param name="Name">The game's name if the input gave one (a template's variants are named by their costs).</param>
/// <param name="Game">The game itself.</param>
/// <param name="TypeNames">A short name per sender type, in the game's order (<c>r=0.6</c>, <c>type 2</c>).</param>
/// <param name="Setting">For a game built from a claim template, the template and its costs in words; otherwise null.</param>
public sealed record StageGameCase(string? Name, SignallingGame Game, ImmutableArray<string> TypeNames, string? Setting = null);

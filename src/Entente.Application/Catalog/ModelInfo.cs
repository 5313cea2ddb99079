using Entente.Models;

namespace Entente.Application;

/// <summary>A model as users choose it: its name, what it does, and its options with their defaults.</summary>
/// <param name="Name">The name to give as the model.</param>
/// <param name="Summary">One line on what it does.</param>
/// <param name="Options">Its options, each with its default and description.</param>
/// <param name="Tunable">Whether a backtest tunes it over a grid of its options.</param>
public sealed record ModelInfo(string Name, string Summary, IReadOnlyList<ModelOptionInfo> Options, bool Tunable);

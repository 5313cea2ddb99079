using Entente.Domain.Strategic;

namespace Entente.Formats.Strategic;

/// <summary>A version-1 diplomacy layer mapped onto version 2 (specification §16).</summary>
/// <param name="Layer">The version-2 layer.</param>
/// <param name="Warnings">One warning per version-1 element, at its line and column: what it became, or that it was dropped.</param>
/// <param name="Origins">
/// For each element of <paramref name="Layer"/>, the path of the version-1 element it came from
/// (<c>diplomacy.signals[3]</c> → <c>commitments[0]</c>), so that a problem of the layer points into the file.
/// </param>
public sealed record V1MappingResult(StrategicLayer Layer, IReadOnlyList<Diagnostic> Warnings, IReadOnlyDictionary<string, string> Origins);

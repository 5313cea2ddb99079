namespace Entente.Domain.Strategic;

/// <summary>A version-1 diplomacy layer mapped onto version 2 (specification §16).</summary>
/// <param name="Layer">The version-2 layer.</param>
/// <param name="Notes">One note per version-1 element, at its path: what it became, or that it was dropped.</param>
/// <param name="Origins">
/// For each element of <paramref name="Layer"/>, the path of the version-1 element it came from
/// (<c>diplomacy.signals[3]</c> → <c>commitments[0]</c>), so that a problem of the layer points into the file.
/// </param>
public sealed record Version1Mapped(StrategicLayer Layer, IReadOnlyList<MappingNote> Notes, IReadOnlyDictionary<string, string> Origins);

/// <summary>What the mapping did with one version-1 element.</summary>
/// <param name="Path">The element's path in the file (<c>signals[2]</c>).</param>
/// <param name="Message">What it became, or why it was dropped.</param>
public sealed record MappingNote(string Path, string Message);

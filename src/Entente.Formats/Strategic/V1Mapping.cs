using Entente.Domain;
using Entente.Domain.Strategic;
using Entente.Domain.Validation;

namespace Entente.Formats.Strategic;

/// <summary>
/// The version-1 to version-2 mapping of specification §16 (<see cref="Version1Mapping"/>) with its notes placed in
/// the file: one warning per version-1 element at its line and column.
/// </summary>
public static class V1Mapping
{
    /// <summary>Maps <paramref name="scenario"/>, placing each note through <paramref name="map"/> in <paramref name="file"/>.</summary>
    public static V1MappingResult Map(Scenario scenario, SourceMap map, string file)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(file);
        var mapped = Version1Mapping.Map(scenario, path => map.TryFind(path, out _, out _));
        var warnings = mapped.Notes.Select(n =>
        {
            var found = map.TryLocate(n.Path, out var line, out var column);
            return new Diagnostic(file, found ? line : null, found ? column : null, n.Path, n.Message, Severity.Warning);
        }).OrderBy(w => w.Line ?? 0).ThenBy(w => w.Column ?? 0).ToArray(); // in file order, as a reader goes through it
        return new V1MappingResult(mapped.Layer, warnings, mapped.Origins);
    }

    /// <summary>w = 0.3/√(κ+1): the spread of an <c>uncertain</c> prior carrying a version-1 confidence κ.</summary>
    public static double SpreadOf(double confidence) => Version1Mapping.SpreadOf(confidence);

    /// <summary>The capability × salience weighted mean of positions (the plain mean when every weight is 0); null for none.</summary>
    public static double? WeightedPosition(IReadOnlyList<(double Position, double Weight)> stances) => Version1Mapping.WeightedPosition(stances);
}

namespace Entente.Formats;

/// <summary>
/// Where each element of a scenario came from in its file: a path such as <c>actors[2].capability</c>
/// mapped to a 1-based line and column, so that validation problems point into the file.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    /// <summary>How many paths the map knows.</summary>
    public int Count => _positions.Count;

    /// <summary>Records that <paramref name="path"/> starts at <paramref name="line"/>, <paramref name="column"/>.</summary>
    public void Add(string path, int line, int column) => _positions[path] = (line, column);

    /// <summary>Finds the position recorded for exactly <paramref name="path"/>.</summary>
    public bool TryFind(string path, out int line, out int column)
    {
        if (_positions.TryGetValue(path, out var position))
        {
            (line, column) = position;
            return true;
        }
        line = 0;
        column = 0;
        return false;
    }

    /// <summary>
    /// Finds the position of <paramref name="path"/> or, when the file does not spell that element out
    /// (a capability left to its default), of the nearest enclosing element that it does.
    /// </summary>
    public bool TryLocate(string path, out int line, out int column)
    {
        for (string? candidate = path; candidate is not null; candidate = Parent(candidate))
        {
            if (TryFind(candidate, out line, out column))
            {
                return true;
            }
        }
        line = 0;
        column = 0;
        return false;
    }

    /// <summary>
    /// The enclosing path: <c>issues[1].decisionRule.vetoPlayers[0]</c> → <c>issues[1].decisionRule.vetoPlayers</c>
    /// → <c>issues[1].decisionRule</c> → <c>issues[1]</c> → <c>issues</c> → null.
    /// </summary>
    public static string? Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            var bracket = path.LastIndexOf('[');
            return bracket > 0 ? path[..bracket] : null;
        }
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : null;
    }
}

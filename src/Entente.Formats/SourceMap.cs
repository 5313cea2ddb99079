namespace Entente.Formats;

/// <summary>
/// Where each element of a scenario came from in its file: a path such as <c>actors[2].capability</c>
/// mapped to a 1-based line and column, so that validation problems point into the file.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    // Paths into a top-level list ("stances[12].salience") are kept by list, field and index, in arrays: a file of
    // 100,000 actors has half a million of them, and neither their strings nor a dictionary entry each need exist.
    private readonly Dictionary<(string List, string Field), Column> _elements = [];
    private int _elementCount;

    /// <summary>How many paths the map knows.</summary>
    public int Count => _positions.Count + _elementCount;

    /// <summary>Records that <paramref name="path"/> starts at <paramref name="line"/>, <paramref name="column"/>.</summary>
    public void Add(string path, int line, int column)
    {
        if (Element(path) is var (list, index, field))
        {
            Add(list, index, field, line, column);
            return;
        }
        _positions[path] = (line, column);
    }

    /// <summary>
    /// Records the position of <paramref name="field"/> (empty for the element itself) of element
    /// <paramref name="index"/> of the top-level list <paramref name="list"/>: the path <c>list[index].field</c>,
    /// without making its string.
    /// </summary>
    public void Add(string list, int index, string field, int line, int column)
    {
        if (!_elements.TryGetValue((list, field), out var positions))
        {
            positions = new Column();
            _elements.Add((list, field), positions);
        }
        if (positions.Set(index, line, column))
        {
            _elementCount++;
        }
    }

    /// <summary>The path <c>list[index].field</c> (<c>list[index]</c> for an empty field): what the element form of <see cref="Add(string, int, string, int, int)"/> records.</summary>
    public static string ElementPath(string list, int index, string field) =>
        field.Length == 0 ? $"{list}[{index}]" : $"{list}[{index}].{field}";

    /// <summary>Finds the position recorded for exactly <paramref name="path"/>.</summary>
    public bool TryFind(string path, out int line, out int column)
    {
        if (Element(path) is var (list, index, field))
        {
            if (_elements.TryGetValue((list, field), out var positions) && positions.TryGet(index, out line, out column))
            {
                return true;
            }
        }
        else if (_positions.TryGetValue(path, out var position))
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

    // "stances[12].salience" → ("stances", 12, "salience"); "actors[3]" → ("actors", 3, ""); null for a path that does
    // not start with an index into a top-level list, whose index (over 8 digits) no file within the size limit has, or
    // whose index is not written as the readers write it (a leading zero).
    private static (string List, int Index, string Field)? Element(string path)
    {
        var open = path.IndexOf('[');
        if (open <= 0 || path.AsSpan(0, open).IndexOf('.') >= 0)
        {
            return null;
        }
        var close = path.IndexOf(']', open);
        if (close < 0 || close - open > 8 || !int.TryParse(path.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            || (path[open + 1] == '0' && close - open > 2))
        {
            return null;
        }
        if (close == path.Length - 1)
        {
            return (path[..open], index, "");
        }
        return path[close + 1] == '.' && close + 2 < path.Length ? (path[..open], index, path[(close + 2)..]) : null;
    }

    /// <summary>One field's positions across a list's elements, by index; line 0 marks an element not recorded.</summary>
    private sealed class Column
    {
        private (int Line, int Column)[] _positions = new (int, int)[16];

        public bool Set(int index, int line, int column)
        {
            if (index >= _positions.Length)
            {
                Array.Resize(ref _positions, Math.Max(index + 1, 2 * _positions.Length));
            }
            var added = _positions[index].Line == 0;
            _positions[index] = (line, column);
            return added;
        }

        public bool TryGet(int index, out int line, out int column)
        {
            (line, column) = index < _positions.Length ? _positions[index] : (0, 0);
            return line != 0;
        }
    }
}

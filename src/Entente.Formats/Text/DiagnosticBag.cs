using Entente.Domain.Validation;

namespace Entente.Formats.Text;

/// <summary>
/// Collects the problems of one file, to report them all at once. At most <see cref="Limit"/> are kept: a huge file
/// where every cell is wrong must not exhaust memory before anything is printed; the rest are counted, and the
/// report ends by saying how many more there were. Each kept problem also goes to <c>onProblem</c> when it is found, so a
/// reader of a long bad file sees the first problems while the rest is still being read.
/// </summary>
internal sealed class DiagnosticBag(string file, Action<Diagnostic>? onProblem = null)
{
    /// <summary>The most problems kept for the report.</summary>
    public const int Limit = 1000;

    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<string> _fields = new(StringComparer.Ordinal);
    private int _dropped;
    private bool _droppedError;

    public string File { get; } = file;

    /// <summary>The problems kept (the first <see cref="Limit"/>).</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Every problem found, kept or not: what a reader compares to see whether a part of the file added any.</summary>
    public int Count => _items.Count + _dropped;

    /// <summary>Whether a problem was found at <paramref name="field"/>, kept or not.</summary>
    public bool Reported(string field) => _fields.Contains(field);

    public bool HasErrors => _droppedError || _items.Any(d => d.Severity == Severity.Error);

    public void Error(int? line, int? column, string field, string message) =>
        Add(new Diagnostic(File, line, column, field, message));

    public void Error(Cell cell, string field, string message) => Error(cell.Line, cell.Column, field, message);

    /// <summary>Adds a problem already located (a warning found on the way, say).</summary>
    public void Add(Diagnostic diagnostic)
    {
        _fields.Add(diagnostic.Field);
        if (_items.Count < Limit)
        {
            _items.Add(diagnostic);
            onProblem?.Invoke(diagnostic);
            return;
        }
        _dropped++;
        _droppedError |= diagnostic.Severity == Severity.Error;
    }

    /// <summary>Ends reading when anything went wrong; a half-read scenario is never handed on.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            var shown = _items.OrderBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ToList();
            if (_dropped > 0)
            {
                shown.Add(new Diagnostic(File, null, null, "", $"{_dropped} more problem{(_dropped == 1 ? "" : "s")} not shown (the first {Limit} are above)"));
            }
            throw new ScenarioLoadException([.. shown]);
        }
    }
}

using Entente.Domain.Validation;

namespace Entente.Formats.Text;

/// <summary>Collects the problems of one file so that a reader reports all of them at once, not just the first.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Error(int? line, int? column, string field, string message) =>
        _items.Add(new Diagnostic(File, line, column, field, message));

    public void Error(Cell cell, string field, string message) => Error(cell.Line, cell.Column, field, message);

    /// <summary>Adds a problem already located (a warning found on the way, say).</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Ends reading when anything went wrong; a half-read scenario is never handed on.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new ScenarioLoadException(_items.OrderBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ToArray());
        }
    }
}

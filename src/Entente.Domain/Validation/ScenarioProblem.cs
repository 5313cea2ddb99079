namespace Entente.Domain.Validation;

/// <summary>
/// One thing wrong with a scenario. <see cref="Path"/> names the element in the scenario's own
/// structure (<c>actors[2].capability</c>, <c>stances[7].salience</c>); readers of files map it to a
/// file, line and column.
/// </summary>
/// <param name="Path">Where in the scenario: a dotted path with list indexes.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record ScenarioProblem(string Path, string Message, Severity Severity = Severity.Error)
{
    /// <summary>The last segment of the path: the field at fault.</summary>
    public string Field
    {
        get
        {
            var dot = Path.LastIndexOf('.');
            var segment = dot < 0 ? Path : Path[(dot + 1)..];
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            return bracket < 0 ? segment : segment[..bracket];
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

namespace Entente.Formats.Importers.Deu;

/// <summary>A DEU table: its issues in file order and the GDP figure of each actor column (line 2).</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Issues">Every issue, in file order.</param>
/// <param name="Gdp">GDP per actor id as given on line 2 (the table's own figures for the Commission and Parliament included).</param>
public sealed record DeuDataset(string File, IReadOnlyList<DeuIssue> Issues, IReadOnlyDictionary<string, double> Gdp)
{
    /// <summary>The table's text as read, so that a run store keeps exactly what was scored.</summary>
    public string Text { get; init; } = "";

    /// <summary>What was read but is worth saying, one per cell (a voting rule written as a variant, such as <c>QMV(10)</c>).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The errors of the issue rows left out when bad rows are skipped, each with its line and column (empty otherwise).</summary>
    public IReadOnlyList<Diagnostic> Skipped { get; init; } = [];

    /// <summary>The lines of the rows left out, in file order.</summary>
    public IReadOnlyList<int> SkippedLines => [.. Skipped.Select(d => d.Line ?? 0).Distinct().Order()];

    /// <summary>The issues whose outcome is known: those a backtest can score.</summary>
    public IEnumerable<DeuIssue> Scored => Issues.Where(i => i.Outcome is not null);
}

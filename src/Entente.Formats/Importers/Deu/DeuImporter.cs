using System.Text;
using Entente.Domain;
using Entente.Formats.Text;

namespace Entente.Formats.Importers.Deu;

/// <summary>
/// Imports a DEU ("Decision-making in the European Union") table: tab-separated and double-quoted, a
/// header line, a line of GDP figures under the actor columns, then one row per contested issue with the
/// proposal (<c>prnr</c>), issue (<c>isnr</c>), procedure (<c>proc</c>), Council rule (<c>counvte</c>),
/// dates (<c>intro</c>, <c>finact</c>), positions <c>p&lt;actor&gt;</c> and saliences <c>s&lt;actor&gt;</c>
/// on 0-100, the reference point <c>rp</c> and the outcome <c>out</c>. An empty position means the actor
/// took none.
/// </summary>
public static class DeuImporter
{
    /// <summary>
    /// Salience given to an actor that took a position but whose salience was not coded: the middle of the
    /// scale, the DEU convention (it reproduces the compromise model's published error on the table).
    /// </summary>
    public const double MissingSalience = 50;

    private static readonly string[] Required = ["prnr", "isnr", "proc", "counvte", "intro", "finact", "rp", "out"];

    /// <summary>Whether the first line is a DEU header: the identifying columns and a position column per actor.</summary>
    public static bool Recognises(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || !lines[0].Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }
        var headers = DelimitedText.Split(lines[0], 1, '\t').Cells.Select(c => c.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return headers.Contains("prnr") && headers.Contains("isnr") && headers.Contains("pcom") && headers.Contains("counvte");
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/>; every failure is a <see cref="ScenarioLoadException"/>. With
    /// <paramref name="skipBadRows"/>, an issue row with errors is left out and listed in <see cref="DeuDataset.Skipped"/>
    /// instead of refusing the file (a bad header or GDP line still refuses it).
    /// </summary>
    public static DeuDataset Load(string path, bool skipBadRows = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (Directory.Exists(path))
            {
                throw new ScenarioLoadException(new Diagnostic(path, null, null, "", "is a directory, not a DEU table"));
            }
            text = new UTF8Encoding(false, false).GetString(ScenarioFiles.Read(path, "file is too large for a DEU table"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioLoadException(new Diagnostic(path, null, null, "", $"cannot read the file: {e.Message}"));
        }
        return Import(text, path, skipBadRows);
    }

    /// <summary>
    /// Parses a DEU table; <paramref name="file"/> names it in diagnostics. Reports every problem at once, or with
    /// <paramref name="skipBadRows"/> leaves out the issue rows that have any and lists them.
    /// </summary>
    public static DeuDataset Import(string text, string file, bool skipBadRows = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var bag = new DiagnosticBag(file);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            bag.Error(null, null, "", "not a text file (it contains NUL characters)");
            bag.ThrowIfErrors();
        }
        var lines = DelimitedText.Lines(text.TrimStart('\uFEFF'));
        if (lines.Count == 0 || !Recognises(lines))
        {
            bag.Error(1, 1, "header", "not a DEU table: the first line must be a tab-separated header with prnr, isnr, counvte and pcom");
            bag.ThrowIfErrors();
        }
        var header = DelimitedText.Split(lines[0], 1, '\t');
        var columns = DeuColumns.Read(header, bag);
        bag.ThrowIfErrors();

        var gdp = lines.Count > 1 ? ReadGdp(DelimitedText.Split(lines[1], 2, '\t'), columns, bag) : new Dictionary<string, double>();
        if (lines.Count < 2)
        {
            bag.Error(2, 1, "gdp", "the second line must give a GDP figure per actor column");
        }

        var issues = new List<DeuIssue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var warnings = new List<Diagnostic>();
        var skipped = new List<Diagnostic>();
        for (var i = 2; i < lines.Count; i++)
        {
            var row = DelimitedText.Split(lines[i], i + 1, '\t');
            if (row.Count == 0)
            {
                continue;
            }
            var unterminated = i == lines.Count - 1 && !text.EndsWith('\n') && !text.EndsWith('\r');
            // Each row's problems are gathered apart, so that a row can be skipped whole.
            var rowBag = new DiagnosticBag(file);
            var issue = DeuRowReader.Read(row, header.Count, columns, rowBag, unterminated);
            if (issue is not null && ids.Contains(issue.Id))
            {
                rowBag.Error(row.At(columns.Index["isnr"]), "isnr", $"issue '{issue.Id}' appears twice");
            }
            var problems = rowBag.Items.Where(d => d.Severity == Domain.Validation.Severity.Error).ToArray();
            warnings.AddRange(rowBag.Items.Where(d => d.Severity != Domain.Validation.Severity.Error));
            if (problems.Length > 0 && skipBadRows)
            {
                skipped.AddRange(problems);
                continue;
            }
            foreach (var problem in problems)
            {
                bag.Add(problem);
            }
            if (issue is not null)
            {
                ids.Add(issue.Id);
                issues.Add(issue);
            }
        }
        if (issues.Count == 0 && !bag.HasErrors)
        {
            bag.Error(lines.Count, 1, "", skipped.Count > 0 ? $"every issue row has errors ({skipped.Count}); nothing is left to read" : "the table has no issue rows");
        }
        bag.ThrowIfErrors();
        return new DeuDataset(file, issues, gdp) { Text = text, Warnings = warnings, Skipped = skipped };
    }

    private static Dictionary<string, double> ReadGdp(Row row, DeuColumns columns, DiagnosticBag bag)
    {
        var gdp = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, _) in DeuActors.All)
        {
            var cell = row.At(columns.Position[id]);
            if (Numbers.TryParse(cell.Text, out var value) && value >= 0 && value <= Domain.Validation.ScenarioValidator.LargestMagnitude)
            {
                gdp[id] = value;
            }
            else
            {
                bag.Error(cell, $"gdp.{id}", cell.Text.Length == 0 ? "missing GDP figure" : $"'{Clip(cell.Text)}' is not a GDP figure (a non-negative number up to 1e12)");
            }
        }
        return gdp;
    }

    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    internal static IEnumerable<string> RequiredColumns =>
        Required.Concat(DeuActors.All.SelectMany(a => new[] { "p" + a.Id, "s" + a.Id }));
}

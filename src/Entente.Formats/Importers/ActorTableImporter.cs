using Entente.Domain;
using Entente.Domain.Validation;
using Entente.Formats.Text;

namespace Entente.Formats.Importers;

/// <summary>
/// Imports the Scholz/BDM actor table: one issue, one row per actor with capability, position and
/// salience. The file name (without extension) names both the scenario and the issue.
/// </summary>
internal static class ActorTableImporter
{
    public static readonly string[] Columns = ["Actor", "Capability", "Position", "Salience"];

    /// <summary>Whether the first line is exactly the four column headers, in any order and any case.</summary>
    public static bool Recognises(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return false;
        }
        // A header naming the four columns once each is an actor table, even with more columns: those are reported
        // at their cell by the importer rather than making the file "not a scenario in any known format".
        var headers = DelimitedText.Split(lines[0], 1, ',').Cells.Select(c => c.Text).ToArray();
        return headers.Length >= Columns.Length
            && Columns.All(column => headers.Count(h => h.Equals(column, StringComparison.OrdinalIgnoreCase)) == 1);
    }

    public static ScenarioDocument Import(string text, string file, Action<Diagnostic>? onProblem = null)
    {
        var bag = new DiagnosticBag(file, onProblem);
        var map = new SourceMap();
        var rows = DelimitedText.Rows(text, ',');
        var header = rows[0];
        var column = Columns.ToDictionary(
            name => name,
            name => header.Cells.ToList().FindIndex(c => c.Text.Equals(name, StringComparison.OrdinalIgnoreCase)));
        var issueId = Ids.Stem(file);
        for (var k = 0; k < header.Count; k++)
        {
            if (!Columns.Any(c => c.Equals(header.TextAt(k), StringComparison.OrdinalIgnoreCase)))
            {
                var what = header.TextAt(k).Length == 0 ? "an empty column name (a trailing comma?)" : $"unknown column '{header.TextAt(k)}'";
                bag.Error(header.At(k), "header", $"{what}: an actor table has the columns {string.Join(",", Columns)} and no others");
            }
        }

        var actors = new List<Actor>();
        var stances = new List<Stance>();
        foreach (var row in rows.Skip(1))
        {
            var i = actors.Count;
            // A row longer than the header is an error, not extra cells dropped: "A,1,7,0,4" (a decimal comma) would
            // otherwise read as salience 0.
            if (Enumerable.Range(header.Count, Math.Max(0, row.Count - header.Count)).FirstOrDefault(k => row.TextAt(k).Length > 0, -1) is var extra and >= 0)
            {
                bag.Error(row.At(extra), $"actors[{i}]", $"the row has a value in cell {extra + 1} but the header names {header.Count} columns"
                    + " (a decimal comma? write 0.4, or quote the number)");
            }
            var id = row.TextAt(column["Actor"]);
            if (id.Length == 0)
            {
                bag.Error(row.At(column["Actor"]), $"actors[{i}].id", "the actor has no name");
            }
            var capability = Read(row, column["Capability"], "actors", i, "capability", bag);
            var position = Read(row, column["Position"], "stances", i, "position", bag);
            var salience = Read(row, column["Salience"], "stances", i, "salience", bag);

            map.Add("actors", i, "", row.Line, 1);
            map.Add("actors", i, "id", row.Line, row.At(column["Actor"]).Column);
            map.Add("actors", i, "capability", row.Line, row.At(column["Capability"]).Column);
            map.Add("stances", i, "", row.Line, 1);
            map.Add("stances", i, "actor", row.Line, row.At(column["Actor"]).Column);
            map.Add("stances", i, "position", row.Line, row.At(column["Position"]).Column);
            map.Add("stances", i, "salience", row.Line, row.At(column["Salience"]).Column);
            map.Add("stances", i, "capability", row.Line, row.At(column["Capability"]).Column);
            actors.Add(new Actor { Id = id, Name = id, Capability = capability });
            stances.Add(new Stance { ActorId = id, IssueId = issueId, Position = position, Salience = salience });
        }
        map.Add("issues[0]", header.Line, 1);
        map.Add("issues[0].scale", header.Line, header.At(column["Position"]).Column);

        var positions = stances.Select(s => s.Position).ToArray();
        var percent = stances.Any(s => s.Salience > 1);
        var scenario = new Scenario
        {
            Name = issueId,
            SalienceScale = percent ? SalienceScale.Percent : SalienceScale.Unit,
            Actors = new(actors),
            Issues = new([new Issue { Id = issueId, Name = issueId, Scale = ScaleFor(positions) }]),
            Stances = new(stances),
        };
        if (bag.HasErrors)
        {
            // Report every problem of the file in one pass: the rows' other mistakes too, not only the cells that did not
            // parse (those are left out: their stand-in value would only be reported again).
            foreach (var problem in ScenarioValidator.Validate(scenario).Where(p => p.Severity == Severity.Error && !bag.Reported(p.Path)))
            {
                var found = map.TryLocate(problem.Path, out var line, out var at);
                bag.Error(found ? line : null, found ? at : null, problem.Path, problem.Message);
            }
            foreach (var warning in percent ? MixedScales(stances, map, file) : [])
            {
                bag.Add(warning);
            }
            bag.ThrowIfErrors();
        }
        var document = new ScenarioDocument(scenario, ScenarioFormat.ActorTable, file, map);
        return percent ? document with { Warnings = MixedScales(stances, map, file) } : document;
    }

    // The table does not say its salience scale: one value above 1 puts it on 0-100. Values that look like 0-1 ones
    // (between 0 and 1) in such a table are probably on the other scale; read as percent they are nearly zero.
    private static IReadOnlyList<Diagnostic> MixedScales(List<Stance> stances, SourceMap map, string file)
    {
        var small = stances.Select((s, i) => (s, i)).Where(p => p.s.Salience is > 0 and < 1).ToArray();
        if (small.Length == 0)
        {
            return [];
        }
        var large = stances.First(s => s.Salience > 1);
        return [.. small.Select(p =>
        {
            var found = map.TryLocate($"stances[{p.i}].salience", out var line, out var column);
            return new Diagnostic(file, found ? line : null, found ? column : null, $"stances[{p.i}].salience",
                FormattableString.Invariant($"salience {p.s.Salience} of '{p.s.ActorId}' reads as {p.s.Salience}% on the 0-100 scale this table uses (another row has {large.Salience}); if it was meant on 0-1, write {p.s.Salience * 100}"),
                Severity.Warning);
        })];
    }

    /// <summary>
    /// The table does not say its scale, so it is inferred: 0-10 (the BDM convention) when every
    /// position fits, else 0-100 when every position fits, else the span of the positions.
    /// </summary>
    internal static IssueScale ScaleFor(IReadOnlyCollection<double> positions)
    {
        if (positions.All(p => p is >= 0 and <= 10))
        {
            return new IssueScale { Min = 0, Max = 10 };
        }
        if (positions.All(p => p is >= 0 and <= 100))
        {
            return IssueScale.Percent;
        }
        return new IssueScale { Min = positions.Min(), Max = positions.Max() };
    }

    // The field's path (actors[3].capability) is made only for a message: a table of 100,000 rows has 300,000 cells.
    private static double Read(Row row, int index, string list, int element, string field, DiagnosticBag bag)
    {
        var cell = row.At(index);
        if (Numbers.TryParse(cell.Text, out var value))
        {
            return value;
        }
        bag.Error(cell, SourceMap.ElementPath(list, element, field), cell.Text.Length == 0 ? "missing number" : $"'{Clip(cell.Text)}' is not a finite number");
        return 0;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using Entente.Domain;
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
        var headers = DelimitedText.Split(lines[0], 1, ',').Cells.Select(c => c.Text).ToArray();
        return headers.Length == Columns.Length
            && Columns.All(column => headers.Count(h => h.Equals(column, StringComparison.OrdinalIgnoreCase)) == 1);
    }

    public static ScenarioDocument Import(string text, string file)
    {
        var bag = new DiagnosticBag(file);
        var map = new SourceMap();
        var rows = DelimitedText.Rows(text, ',');
        var header = rows[0];
        var column = Columns.ToDictionary(
            name => name,
            name => header.Cells.ToList().FindIndex(c => c.Text.Equals(name, StringComparison.OrdinalIgnoreCase)));
        var issueId = Ids.Stem(file);

        var actors = new List<Actor>();
        var stances = new List<Stance>();
        foreach (var row in rows.Skip(1))
        {
            var i = actors.Count;
            var id = row.TextAt(column["Actor"]);
            if (id.Length == 0)
            {
                bag.Error(row.At(column["Actor"]), $"actors[{i}].id", "the actor has no name");
            }
            var capability = Read(row, column["Capability"], $"actors[{i}].capability", bag);
            var position = Read(row, column["Position"], $"stances[{i}].position", bag);
            var salience = Read(row, column["Salience"], $"stances[{i}].salience", bag);

            map.Add($"actors[{i}]", row.Line, 1);
            map.Add($"actors[{i}].id", row.Line, row.At(column["Actor"]).Column);
            map.Add($"actors[{i}].capability", row.Line, row.At(column["Capability"]).Column);
            map.Add($"stances[{i}]", row.Line, 1);
            map.Add($"stances[{i}].actor", row.Line, row.At(column["Actor"]).Column);
            map.Add($"stances[{i}].position", row.Line, row.At(column["Position"]).Column);
            map.Add($"stances[{i}].salience", row.Line, row.At(column["Salience"]).Column);
            map.Add($"stances[{i}].capability", row.Line, row.At(column["Capability"]).Column);
            actors.Add(new Actor { Id = id, Name = id, Capability = capability });
            stances.Add(new Stance { ActorId = id, IssueId = issueId, Position = position, Salience = salience });
        }
        bag.ThrowIfErrors();
        map.Add("issues[0]", header.Line, 1);
        map.Add("issues[0].scale", header.Line, header.At(column["Position"]).Column);

        var positions = stances.Select(s => s.Position).ToArray();
        var scenario = new Scenario
        {
            Name = issueId,
            SalienceScale = stances.Any(s => s.Salience > 1) ? SalienceScale.Percent : SalienceScale.Unit,
            Actors = new(actors),
            Issues = new([new Issue { Id = issueId, Name = issueId, Scale = ScaleFor(positions) }]),
            Stances = new(stances),
        };
        return new ScenarioDocument(scenario, ScenarioFormat.ActorTable, file, map);
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

    private static double Read(Row row, int index, string field, DiagnosticBag bag)
    {
        var cell = row.At(index);
        if (Numbers.TryParse(cell.Text, out var value))
        {
            return value;
        }
        bag.Error(cell, field, cell.Text.Length == 0 ? "missing number" : $"'{Clip(cell.Text)}' is not a finite number");
        return 0;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

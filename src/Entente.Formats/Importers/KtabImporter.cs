using System.Globalization;
using Entente.Domain;
using Entente.Formats.Text;

namespace Entente.Formats.Importers;

/// <summary>
/// Imports KTAB's SMP input CSV. Line 1: scenario name, description, number of actors, number of
/// dimensions. Line 2: <c>Actor,Description,&lt;power&gt;</c> then a position and a salience column per
/// dimension. Then one row per actor. Positions are on 0-100 and saliences on the percent scale, as
/// KTAB writes them; the power column becomes each actor's capability.
/// </summary>
internal static class KtabImporter
{
    private const int FirstDimensionColumn = 3;

    /// <summary>Whether line 2 starts with the Actor and Description headers.</summary>
    public static bool Recognises(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2)
        {
            return false;
        }
        var header = DelimitedText.Split(lines[1], 2, ',');
        return header.Count >= 2
            && header.TextAt(0).Equals("Actor", StringComparison.OrdinalIgnoreCase)
            && header.TextAt(1).Equals("Description", StringComparison.OrdinalIgnoreCase);
    }

    public static ScenarioDocument Import(string text, string file, Action<Diagnostic>? onProblem = null)
    {
        var bag = new DiagnosticBag(file, onProblem);
        var map = new SourceMap();
        var lines = DelimitedText.Lines(text);
        var title = DelimitedText.Split(lines[0], 1, ',');
        var header = DelimitedText.Split(lines[1], 2, ',');
        var rows = Enumerable.Range(2, lines.Count - 2)
            .Select(i => DelimitedText.Split(lines[i], i + 1, ','))
            .Where(row => row.Count > 0)
            .ToArray();

        var declaredActors = Count(title.At(2), "number of actors", bag);
        var declaredDimensions = Count(title.At(3), "number of dimensions", bag);
        var dimensionColumns = header.Count - FirstDimensionColumn;
        if (dimensionColumns < 2 || dimensionColumns % 2 != 0)
        {
            bag.Error(header.Line, 1, "", $"after Actor, Description and the power column the header needs a position and a salience column per dimension; found {Math.Max(dimensionColumns, 0)} column(s)");
        }
        var dimensions = Math.Max(dimensionColumns / 2, 0);
        if (declaredDimensions is { } d && d != dimensions && dimensionColumns >= 2)
        {
            bag.Error(title.At(3), "dimensions", $"line 1 declares {d} dimension(s) but the header on line {header.Line} has {dimensions}");
        }
        if (declaredActors is { } a && a != rows.Length)
        {
            bag.Error(title.At(2), "actors", $"line 1 declares {a} actor(s) but the file has {rows.Length} actor row(s)");
        }

        var issues = Issues(header, dimensions, map);
        var actors = new List<Actor>();
        var stances = new List<(int Dimension, Stance Stance, Row Row)>();
        foreach (var row in rows)
        {
            var i = actors.Count;
            if (row.Count != FirstDimensionColumn + 2 * dimensions)
            {
                bag.Error(row.Line, 1, $"actors[{i}]", $"expected {FirstDimensionColumn + 2 * dimensions} cells (actor, description, power and a position and salience per dimension), found {row.Count}");
            }
            var id = row.TextAt(0);
            if (id.Length == 0)
            {
                bag.Error(row.At(0), $"actors[{i}].id", "the actor has no id");
            }
            map.Add($"actors[{i}]", row.Line, 1);
            map.Add($"actors[{i}].id", row.Line, row.At(0).Column);
            map.Add($"actors[{i}].capability", row.Line, row.At(2).Column);
            var description = row.TextAt(1);
            actors.Add(new Actor
            {
                Id = id,
                Name = id,
                Description = description.Length == 0 ? null : description,
                Capability = Number(row.At(2), $"actors[{i}].capability", bag),
            });
            for (var dimension = 0; dimension < dimensions; dimension++)
            {
                var position = row.At(FirstDimensionColumn + 2 * dimension);
                var salience = row.At(FirstDimensionColumn + 2 * dimension + 1);
                var stance = new Stance
                {
                    ActorId = id,
                    IssueId = issues[dimension].Id,
                    Position = Number(position, "position", bag),
                    Salience = Number(salience, "salience", bag),
                };
                stances.Add((dimension, stance, row));
            }
        }
        bag.ThrowIfErrors();

        // Stances are kept issue by issue, the order the YAML form writes them in.
        var ordered = stances.OrderBy(s => s.Dimension).ToArray();
        for (var k = 0; k < ordered.Length; k++)
        {
            var (dimension, _, row) = ordered[k];
            map.Add($"stances[{k}]", row.Line, 1);
            map.Add($"stances[{k}].actor", row.Line, row.At(0).Column);
            map.Add($"stances[{k}].issue", header.Line, header.At(FirstDimensionColumn + 2 * dimension).Column);
            map.Add($"stances[{k}].position", row.Line, row.At(FirstDimensionColumn + 2 * dimension).Column);
            map.Add($"stances[{k}].salience", row.Line, row.At(FirstDimensionColumn + 2 * dimension + 1).Column);
            map.Add($"stances[{k}].capability", row.Line, row.At(2).Column);
        }
        var name = title.TextAt(0);
        var scenarioDescription = title.TextAt(1);
        var scenario = new Scenario
        {
            Name = name.Length == 0 ? Ids.Stem(file) : name,
            Description = scenarioDescription.Length == 0 ? null : scenarioDescription,
            SalienceScale = SalienceScale.Percent,
            Actors = new(actors),
            Issues = new(issues),
            Stances = new(ordered.Select(s => s.Stance)),
        };
        map.Add("name", title.Line, title.At(0).Column);
        return new ScenarioDocument(scenario, ScenarioFormat.Ktab, file, map);
    }

    /// <summary>
    /// One issue per dimension, named from its position column: "Policy Position" gives the issue
    /// <c>policy</c>; a bare header such as "Pstn1" gives <c>dim1</c>, <c>dim2</c>… by dimension number.
    /// </summary>
    private static Issue[] Issues(Row header, int dimensions, SourceMap map)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var issues = new Issue[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            var cell = header.At(FirstDimensionColumn + 2 * d);
            var title = cell.Text;
            var suffix = title.LastIndexOf("position", StringComparison.OrdinalIgnoreCase);
            var stem = suffix > 0 ? title[..suffix].Trim() : "";
            var slug = Ids.Slug(stem);
            var id = Ids.Unique(slug.Length == 0 ? $"dim{d + 1}" : slug, taken);
            issues[d] = new Issue { Id = id, Name = stem.Length == 0 ? title : stem, Scale = IssueScale.Percent };
            map.Add($"issues[{d}]", cell.Line, cell.Column);
            map.Add($"issues[{d}].id", cell.Line, cell.Column);
        }
        return issues;
    }

    private static int? Count(Cell cell, string what, DiagnosticBag bag)
    {
        if (int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        bag.Error(cell, "", $"line 1 should give the {what} in column {(what.Contains("actors", StringComparison.Ordinal) ? 3 : 4)}, found '{Clip(cell.Text)}'");
        return null;
    }

    private static double Number(Cell cell, string field, DiagnosticBag bag)
    {
        if (Numbers.TryParse(cell.Text, out var value))
        {
            return value;
        }
        bag.Error(cell, field, cell.Text.Length == 0 ? "missing number" : $"'{Clip(cell.Text)}' is not a finite number");
        return 0;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using Entente.Domain;
using Entente.Formats.Text;

namespace Entente.Formats.Importers;

/// <summary>
/// Imports the tagged-row input of Stokman's exchange model: <c>#O</c> names the scenario,
/// <c>#A</c> declares an actor, <c>#P</c> an issue, <c>#M</c> a point of an issue's scale and <c>#D</c>
/// an actor's position, salience and power on an issue; <c>#/</c> rows are comments.
/// </summary>
internal static class ExchangeImporter
{
    private static readonly string[] Tags = ["#O", "#/", "#A", "#P", "#M", "#D"];

    /// <summary>Whether the first row's first cell is a tag such as <c>#A</c> (quotes stripped).</summary>
    public static bool Recognises(IReadOnlyList<string> lines)
    {
        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null)
        {
            return false;
        }
        var cell = DelimitedText.Split(first, 1, DelimitedText.Sniff(first)).TextAt(0);
        if (!(cell.Length == 2 && cell[0] == '#' && (char.IsAsciiLetter(cell[1]) || cell[1] == '/')))
        {
            return false;
        }
        // Every row of an exchange file is tagged: a file whose first line merely looks like a tag (a YAML comment
        // "#P, ...") and whose other lines mostly are not is not one.
        var separator = DelimitedText.Sniff(first);
        var filled = 0;
        var tagged = 0;
        foreach (var line in lines)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                filled++;
                tagged += DelimitedText.Split(line, 1, separator).TextAt(0).StartsWith('#') ? 1 : 0;
            }
        }
        return tagged * 2 >= filled;
    }

    public static ScenarioDocument Import(string text, string file, Action<Diagnostic>? onProblem = null)
    {
        var bag = new DiagnosticBag(file, onProblem);
        var map = new SourceMap();
        var lines = DelimitedText.Lines(text);
        var separator = DelimitedText.Sniff(lines.First(l => !string.IsNullOrWhiteSpace(l)));
        var rows = DelimitedText.Rows(text, separator);

        string? name = null;
        var sources = new List<string>();
        var actors = new List<Actor>();
        var issues = new List<(Issue Issue, Row Row)>();
        var points = new List<(string IssueId, double Value, string Meaning, Row Row)>();
        var stances = new List<(Stance Stance, Row Row)>();
        foreach (var row in rows)
        {
            var tag = row.TextAt(0).ToUpperInvariant();
            if (Widths.TryGetValue(tag, out var width) && TooLong(row, width, bag))
            {
                continue;
            }
            switch (tag)
            {
                case "#O":
                    if (name is null)
                    {
                        name = row.TextAt(1);
                        map.Add("name", row.Line, row.At(1).Column);
                    }
                    else
                    {
                        bag.Error(row.At(0), "name", "the scenario is named twice (#O)");
                    }
                    break;
                case "#/":
                    // A one-cell note before any data is a note on the data's origin; later notes and
                    // multi-cell ones are column captions and section headings, which carry no data.
                    if (row.Count == 2 && actors.Count + issues.Count + points.Count + stances.Count == 0)
                    {
                        map.Add($"sources[{sources.Count}]", row.Line, row.At(1).Column);
                        sources.Add(row.TextAt(1));
                    }
                    break;
                case "#A":
                    if (Require(row, 2, "#A;id;full name[;comment]", bag))
                    {
                        var i = actors.Count;
                        map.Add($"actors[{i}]", row.Line, row.At(0).Column);
                        map.Add($"actors[{i}].id", row.Line, row.At(1).Column);
                        actors.Add(new Actor { Id = row.TextAt(1), Name = OrElse(row.TextAt(2), row.TextAt(1)), Description = OrNull(row.TextAt(3)) });
                    }
                    break;
                case "#P":
                    if (Require(row, 2, "#P;id;description", bag))
                    {
                        var i = issues.Count;
                        map.Add($"issues[{i}]", row.Line, row.At(0).Column);
                        map.Add($"issues[{i}].id", row.Line, row.At(1).Column);
                        var issue = new Issue { Id = row.TextAt(1), Name = OrElse(row.TextAt(2), row.TextAt(1)), Description = OrNull(row.TextAt(3)), Scale = IssueScale.Percent };
                        issues.Add((issue, row));
                    }
                    break;
                case "#M":
                    if (Require(row, 3, "#M;issue;scale point[;meaning]", bag))
                    {
                        var value = Number(row.At(2), "scale point", bag);
                        points.Add((row.TextAt(1), value, row.TextAt(3), row));
                    }
                    break;
                case "#D":
                    if (Require(row, 6, "#D;actor;issue;position;salience;power", bag))
                    {
                        var stance = new Stance
                        {
                            ActorId = row.TextAt(1),
                            IssueId = row.TextAt(2),
                            Position = Number(row.At(3), "position", bag),
                            Salience = Number(row.At(4), "salience", bag),
                            Capability = Number(row.At(5), "power", bag),
                        };
                        stances.Add((stance, row));
                    }
                    break;
                default:
                    bag.Error(row.At(0), "", $"unknown row tag '{Clip(row.TextAt(0))}'; expected one of {string.Join(", ", Tags)}");
                    break;
            }
        }

        var scaled = issues.Select((entry, i) => WithScale(entry.Issue, i, points, map)).ToArray();
        var declared = scaled.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var point in points.Where(p => !declared.Contains(p.IssueId)))
        {
            bag.Error(point.Row.At(1), "issue", $"#M row for issue '{Clip(point.IssueId)}', which no #P row declares");
        }
        bag.ThrowIfErrors();

        // Stances are kept issue by issue (the order the YAML form writes them in); stances naming an
        // undeclared issue go last, where the validator reports them.
        var order = scaled.Select((issue, i) => (issue.Id, i)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var ordered = stances.OrderBy(s => order.GetValueOrDefault(s.Stance.IssueId, int.MaxValue)).ToArray();
        for (var k = 0; k < ordered.Length; k++)
        {
            var row = ordered[k].Row;
            map.Add($"stances[{k}]", row.Line, row.At(0).Column);
            map.Add($"stances[{k}].actor", row.Line, row.At(1).Column);
            map.Add($"stances[{k}].issue", row.Line, row.At(2).Column);
            map.Add($"stances[{k}].position", row.Line, row.At(3).Column);
            map.Add($"stances[{k}].salience", row.Line, row.At(4).Column);
            map.Add($"stances[{k}].capability", row.Line, row.At(5).Column);
        }

        var scenario = new Scenario
        {
            Name = string.IsNullOrWhiteSpace(name) ? Ids.Stem(file) : name,
            Sources = new(sources),
            SalienceScale = stances.Any(s => s.Stance.Salience > 1) ? SalienceScale.Percent : SalienceScale.Unit,
            Actors = new(actors),
            Issues = new(scaled),
            Stances = new(ordered.Select(s => s.Stance)),
        };
        return new ScenarioDocument(scenario, ScenarioFormat.Exchange, file, map);
    }

    /// <summary>
    /// The issue's scale runs from its smallest to its largest #M point, and points with a meaning
    /// become labels; an issue without #M rows keeps the 0-100 scale.
    /// </summary>
    private static Issue WithScale(Issue issue, int index, List<(string IssueId, double Value, string Meaning, Row Row)> points, SourceMap map)
    {
        var own = points.Where(p => p.IssueId == issue.Id).ToArray();
        if (own.Length == 0)
        {
            return issue;
        }
        var min = own.MinBy(p => p.Value);
        var max = own.MaxBy(p => p.Value);
        map.Add($"issues[{index}].scale", own[0].Row.Line, own[0].Row.At(0).Column);
        map.Add($"issues[{index}].scale.min", min.Row.Line, min.Row.At(2).Column);
        map.Add($"issues[{index}].scale.max", max.Row.Line, max.Row.At(2).Column);
        var labelled = own.Where(p => p.Meaning.Length > 0).ToArray();
        for (var k = 0; k < labelled.Length; k++)
        {
            map.Add($"issues[{index}].scale.labels[{k}]", labelled[k].Row.Line, labelled[k].Row.At(3).Column);
        }
        return issue with
        {
            Scale = new IssueScale { Min = min.Value, Max = max.Value, Labels = new(labelled.Select(p => new ScalePoint(p.Value, p.Meaning))) },
        };
    }

    // The most cells each data row may have. A longer one is an error rather than its extra cells being dropped: a
    // decimal comma in a comma-separated file ("#D,A,x,0,4,1") would otherwise shift every number silently.
    private static readonly Dictionary<string, int> Widths = new(StringComparer.Ordinal)
    {
        ["#O"] = 2, ["#A"] = 4, ["#P"] = 4, ["#M"] = 4, ["#D"] = 6,
    };

    private static bool TooLong(Row row, int width, DiagnosticBag bag)
    {
        var extra = Enumerable.Range(width, Math.Max(0, row.Count - width)).FirstOrDefault(i => row.TextAt(i).Length > 0, -1);
        if (extra < 0)
        {
            return false;
        }
        bag.Error(row.At(extra), "", $"the {row.TextAt(0)} row has a value in cell {extra + 1} but takes at most {width} cells"
            + " (a decimal comma in a comma-separated file? write 0.4, or separate with semicolons)");
        return true;
    }

    private static bool Require(Row row, int cells, string shape, DiagnosticBag bag)
    {
        if (row.Count >= cells && Enumerable.Range(1, cells - 1).All(i => row.TextAt(i).Length > 0))
        {
            return true;
        }
        bag.Error(row.Line, row.At(0).Column, "", $"incomplete {row.TextAt(0)} row: expected {shape}");
        return false;
    }

    private static double Number(Cell cell, string field, DiagnosticBag bag)
    {
        if (Numbers.TryParse(cell.Text, out var value))
        {
            return value;
        }
        bag.Error(cell, field, $"'{Clip(cell.Text)}' is not a finite number");
        return 0;
    }

    private static string OrElse(string text, string fallback) => text.Length == 0 ? fallback : text;

    private static string? OrNull(string text) => text.Length == 0 ? null : text;

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

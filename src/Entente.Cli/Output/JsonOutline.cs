using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// A saved document for a reader rather than a parser: plain values as "name: value" lines, a list of records
/// as a table (one row each), a list of words joined, nested records indented under their name. Text is shown
/// as written (no JSON escapes such as \u0027), numbers as the tables show them.
/// </summary>
internal static class JsonOutline
{
    public static void Write(IAnsiConsole console, string json)
    {
        using var document = JsonDocument.Parse(json);
        Object(console, document.RootElement, "");
    }

    private static void Object(IAnsiConsole console, JsonElement element, string indent)
    {
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            var name = Markup.Escape(property.Name);
            if (IsTable(value))
            {
                console.MarkupLine($"{indent}[bold]{name}[/]");
                FittedTable.Write(console, Table(value));
            }
            else if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
            {
                var index = 0;
                var count = value.GetArrayLength();
                foreach (var item in value.EnumerateArray())
                {
                    console.MarkupLine($"{indent}[bold]{name}: {++index} of {count}[/]");
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        Object(console, item, indent + "  ");
                    }
                    else
                    {
                        console.MarkupLine($"{indent}  {Markup.Escape(Scalar(item))}");
                    }
                }
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                console.MarkupLine($"{indent}[bold]{name}[/]");
                Object(console, value, indent + "  ");
            }
            else if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().Sum(e => Scalar(e).Length) > 60)
            {
                // Sentences read best one to a line.
                console.MarkupLine($"{indent}{name}:");
                foreach (var item in value.EnumerateArray())
                {
                    console.MarkupLine($"{indent}  - {Markup.Escape(Scalar(item))}");
                }
            }
            else
            {
                console.MarkupLine($"{indent}{name}: {Markup.Escape(Scalar(value))}");
            }
        }
    }

    // A list of records whose values are all plain (or lists of plain values) reads as a table.
    private static bool IsTable(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
        && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object
            && e.EnumerateObject().All(p => p.Value.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array
                || p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(x => x.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array)));

    private static Table Table(JsonElement rows)
    {
        var columns = rows.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape(column));
        }
        foreach (var row in rows.EnumerateArray())
        {
            table.AddRow(columns.Select(c => Markup.Escape(row.TryGetProperty(c, out var cell) ? Scalar(cell) : "")).ToArray());
        }
        return table;
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.TryGetDouble(out var x) ? Numbers.Show(x) : value.GetRawText(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null => "none",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Scalar)),
        _ => value.GetRawText(),
    };
}

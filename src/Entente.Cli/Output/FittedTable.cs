using Spectre.Console;
using Spectre.Console.Rendering;

namespace Entente.Cli.Output;

/// <summary>
/// Writes a table within the console's width without breaking a number or a header: a column whose cells
/// are single tokens (numbers, ids) never wraps; prose columns wrap between words only. When the columns
/// still do not fit side by side, they are split into blocks that each repeat the first column (as R prints a
/// wide data frame), so every value stays on screen whole.
/// </summary>
internal static class FittedTable
{
    /// <summary>Writes <paramref name="table"/> as one table when it fits, else as blocks of its columns.</summary>
    public static void Write(IAnsiConsole console, Table table)
    {
        var options = RenderOptions.Create(console);
        var columns = table.Columns.Count;
        var rows = table.Rows.Select(r => r.ToList()).ToList();
        var headers = table.Columns.Select(c => c.Header).ToArray();
        var cellWidths = new int[columns];
        var paddings = new int[columns];
        var wraps = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            var column = table.Columns[c];
            var cells = rows.Where(r => c < r.Count).Select(r => r[c]).ToList();
            // A column holding prose may wrap between words; one of tokens must keep each cell on one line.
            wraps[c] = !column.NoWrap && cells.Any(cell => PlainText(cell, options).Trim().Contains(' ', StringComparison.Ordinal));
            cellWidths[c] = cells.Count == 0 ? 0 : cells.Max(cell => Width(cell, options, wraps[c]));
            paddings[c] = (column.Padding?.Left ?? 1) + (column.Padding?.Right ?? 1);
        }

        var width = console.Profile.Width;
        var edges = Edges(table);
        var needs = Needs(headers, cellWidths, paddings, wraps, options, wholeHeaders: true);
        if (needs.Sum() + edges + columns - 1 > width)
        {
            // Too wide: a header may take several lines (between its words) before any column moves.
            needs = Needs(headers, cellWidths, paddings, wraps, options, wholeHeaders: false);
            for (var c = 0; c < columns; c++)
            {
                if (!wraps[c])
                {
                    headers[c] = Stacked(headers[c], needs[c] - paddings[c], options);
                }
            }
        }
        var blocks = Blocks(needs, edges, width);
        for (var b = 0; b < blocks.Count; b++)
        {
            var widths = Widths(blocks[b], needs, rows, wraps, paddings, options, width - edges - (blocks[b].Count - 1));
            console.Write(Copy(table, blocks[b], headers, widths, rows, wraps, first: b == 0));
            if (blocks.Count > 1)
            {
                console.MarkupLine($"[dim]columns {Range(blocks[b])} of {columns}[/]");
            }
        }
    }

    /// <summary>
    /// The content width of each column of a block: its need, and for prose columns a share of what is left,
    /// up to their widest cell. Set explicitly, because Spectre's own squeeze may break a word of prose.
    /// </summary>
    private static int[] Widths(List<int> block, int[] needs, List<List<IRenderable>> rows, bool[] wraps, int[] paddings, RenderOptions options, int room)
    {
        var widths = block.Select(c => needs[c]).ToArray();
        var wanted = block.Select(c => wraps[c]
            ? Math.Max(needs[c], rows.Where(r => c < r.Count).Select(r => r[c].Measure(options, int.MaxValue).Max + paddings[c]).DefaultIfEmpty(0).Max())
            : needs[c]).ToArray();
        var spare = room - widths.Sum();
        // Hand out the spare columns one at a time to the prose column furthest from its widest cell.
        while (spare > 0)
        {
            var best = -1;
            for (var i = 0; i < widths.Length; i++)
            {
                if (wanted[i] > widths[i] && (best < 0 || wanted[i] - widths[i] > wanted[best] - widths[best]))
                {
                    best = i;
                }
            }
            if (best < 0)
            {
                break;
            }
            widths[best]++;
            spare--;
        }
        return block.Select((c, i) => widths[i] - paddings[c]).ToArray();
    }

    private static int[] Needs(IRenderable[] headers, int[] cellWidths, int[] paddings, bool[] wraps, RenderOptions options, bool wholeHeaders)
    {
        var needs = new int[headers.Length];
        for (var c = 0; c < headers.Length; c++)
        {
            var header = headers[c].Measure(options, int.MaxValue);
            needs[c] = Math.Max(cellWidths[c], wholeHeaders && !wraps[c] ? header.Max : header.Min) + paddings[c];
        }
        return needs;
    }

    /// <summary>A header laid out in lines of at most <paramref name="width"/>, broken between words.</summary>
    private static IRenderable Stacked(IRenderable header, int width, RenderOptions options)
    {
        var lines = new List<string>();
        foreach (var word in PlainText(header, options).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= width)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }
        return new Text(string.Join('\n', lines));
    }

    /// <summary>The columns of each block: all of them when they fit, else the first column and as many more as fit.</summary>
    internal static List<List<int>> Blocks(IReadOnlyList<int> needs, int edges, int width)
    {
        var all = Enumerable.Range(0, needs.Count).ToList();
        if (needs.Count <= 1 || needs.Sum() + edges + needs.Count - 1 <= width)
        {
            return [all];
        }
        var blocks = new List<List<int>>();
        var current = new List<int> { 0 };
        var used = needs[0] + edges;
        for (var c = 1; c < needs.Count; c++)
        {
            // A column wider than the screen goes alone with the first: Spectre then wraps it, the best left.
            if (current.Count > 1 && used + 1 + needs[c] > width)
            {
                blocks.Add(current);
                current = [0];
                used = needs[0] + edges;
            }
            current.Add(c);
            used += 1 + needs[c];
        }
        blocks.Add(current);
        return blocks;
    }

    private static string Range(List<int> block) =>
        $"1, {block[1] + 1}{(block.Count > 2 ? $"-{block[^1] + 1}" : "")}";

    // The outer borders: none for a borderless table, else one character each side.
    private static int Edges(Table table) => table.Border is NoTableBorder || !table.Border.Visible ? 0 : 2;

    private static Table Copy(Table table, List<int> block, IRenderable[] headers, int[] widths, List<List<IRenderable>> rows, bool[] wraps, bool first)
    {
        var part = new Table().Border(table.Border);
        part.ShowHeaders = table.ShowHeaders;
        if (first && table.Title is { } title)
        {
            part.Title = title;
        }
        if (table.Caption is { } caption)
        {
            part.Caption = caption;
        }
        for (var i = 0; i < block.Count; i++)
        {
            var c = block[i];
            var source = table.Columns[c];
            var column = new TableColumn(headers[c])
            {
                Alignment = source.Alignment,
                Padding = source.Padding,
                NoWrap = !wraps[c],
                Width = widths[i],
            };
            part.AddColumn(column);
        }
        foreach (var row in rows)
        {
            part.AddRow(block.Select(c => c < row.Count ? row[c] : Text.Empty));
        }
        return part;
    }

    private static int Width(IRenderable renderable, RenderOptions options, bool wraps)
    {
        var measure = renderable.Measure(options, int.MaxValue);
        return wraps ? measure.Min : measure.Max;
    }

    private static string PlainText(IRenderable renderable, RenderOptions options) =>
        string.Concat(renderable.Render(options, int.MaxValue).Select(s => s.IsLineBreak ? " " : s.Text));
}

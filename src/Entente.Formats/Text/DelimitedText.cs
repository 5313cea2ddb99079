using System.Text;

namespace Entente.Formats.Text;

/// <summary>Splits the CSV-like files of the importers into rows and cells, keeping positions.</summary>
internal static class DelimitedText
{
    /// <summary>The file's lines, whatever its line endings.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>Guesses the separator from a line: tab, then semicolon, then comma.</summary>
    public static char Sniff(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? '\t'
        : line.Contains(';', StringComparison.Ordinal) ? ';'
        : ',';

    /// <summary>Every row that holds any text, in file order.</summary>
    public static IReadOnlyList<Row> Rows(string text, char separator)
    {
        var lines = Lines(text);
        var rows = new List<Row>();
        for (var i = 0; i < lines.Count; i++)
        {
            var row = Split(lines[i], i + 1, separator);
            if (row.Count > 0)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>
    /// Splits one line. Cells are trimmed; a cell that starts with a single or double quote runs to the
    /// matching quote (a doubled quote stands for itself). Trailing empty cells are dropped.
    /// </summary>
    public static Row Split(string line, int lineNumber, char separator)
    {
        var cells = new List<Cell>();
        var i = 0;
        while (i <= line.Length)
        {
            while (i < line.Length && line[i] != separator && char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            var start = i;
            string text;
            if (i < line.Length && line[i] is '\'' or '"' && TryReadQuoted(line, i, separator, out var quoted, out var end))
            {
                text = quoted;
                i = end;
            }
            else
            {
                var next = line.IndexOf(separator, i);
                if (next < 0)
                {
                    next = line.Length;
                }
                text = line[i..next].Trim();
                i = next;
            }
            cells.Add(new Cell(text, lineNumber, start + 1));
            // Skip to just past the next separator (anything between a closing quote and it is dropped).
            var sep = i < line.Length ? line.IndexOf(separator, i) : -1;
            if (sep < 0)
            {
                break;
            }
            i = sep + 1;
        }
        var count = cells.Count;
        while (count > 0 && cells[count - 1].Text.Length == 0)
        {
            count--;
        }
        return new Row(lineNumber, cells.GetRange(0, count));
    }

    private static bool TryReadQuoted(string line, int open, char separator, out string text, out int end)
    {
        var quote = line[open];
        var builder = new StringBuilder();
        for (var i = open + 1; i < line.Length; i++)
        {
            if (line[i] != quote)
            {
                builder.Append(line[i]);
                continue;
            }
            if (i + 1 < line.Length && line[i + 1] == quote)
            {
                builder.Append(quote);
                i++;
                continue;
            }
            // A closing quote counts only when the cell ends there; otherwise the quote was an apostrophe.
            var rest = i + 1;
            while (rest < line.Length && line[rest] != separator && char.IsWhiteSpace(line[rest]))
            {
                rest++;
            }
            if (rest == line.Length || line[rest] == separator)
            {
                text = builder.ToString();
                end = rest;
                return true;
            }
        }
        text = "";
        end = open;
        return false;
    }
}

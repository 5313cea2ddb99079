using System.Text;

namespace Entente.Application;

/// <summary>Builds a CSV document row by row: a header, then cells that are text (quoted as needed) or exact numbers.</summary>
internal sealed class TableCsv
{
    private readonly StringBuilder text = new();

    public TableCsv(params string[] header) => text.AppendJoin(',', header).Append('\n');

    /// <summary>Adds a row; strings are quoted per RFC 4180, doubles written exactly, other values invariantly.</summary>
    public TableCsv Row(params object?[] cells)
    {
        text.AppendJoin(',', cells.Select(cell => cell switch
        {
            null => "",
            string s => CsvText.Cell(s),
            double d => CsvText.Exact(d),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => CsvText.Cell(cell.ToString() ?? ""),
        })).Append('\n');
        return this;
    }

    public override string ToString() => text.ToString();
}

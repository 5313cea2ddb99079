namespace Entente.Formats.Text;

/// <summary>One non-empty row of a delimited file, trailing empty cells dropped.</summary>
internal sealed record Row(int Line, IReadOnlyList<Cell> Cells)
{
    public int Count => Cells.Count;

    /// <summary>The text of cell <paramref name="index"/>, or empty when the row is shorter.</summary>
    public string TextAt(int index) => index < Cells.Count ? Cells[index].Text : "";

    /// <summary>Cell <paramref name="index"/> or, when the row is shorter, a stand-in at the row's end.</summary>
    public Cell At(int index) =>
        index < Cells.Count ? Cells[index] : new Cell("", Line, Cells.Count == 0 ? 1 : Cells[^1].Column + Cells[^1].Text.Length + 1);
}

namespace Entente.Formats.Text;

/// <summary>One cell of a delimited row, with its 1-based position in the file.</summary>
internal sealed record Cell(string Text, int Line, int Column);

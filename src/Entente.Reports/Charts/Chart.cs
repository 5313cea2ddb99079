namespace Entente.Reports.Charts;

/// <summary>A rendered chart: a file name stem, a caption, and the picture as PNG and SVG.</summary>
/// <param name="Name">File name stem, unique within a report.</param>
/// <param name="Caption">What the chart shows, in a sentence.</param>
/// <param name="Png">The PNG bytes.</param>
/// <param name="Svg">The SVG text.</param>
internal sealed record Chart(string Name, string Caption, byte[] Png, string Svg);

using System.Globalization;
using Entente.Domain;
using Entente.Formats;

namespace Entente.Models.Tests.Spatial;

/// <summary>
/// KTAB's own runs of its inputs (the 2017 reference logs): the input scenario, and the history printed at
/// the end of the log, read with a few lines of parsing.
/// </summary>
internal sealed class KtabReference
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "data", "reference", "ktab");

    private KtabReference(string[] lines) => Lines = lines;

    /// <summary>Every line of the log.</summary>
    public string[] Lines { get; }

    /// <summary>Per actor (in input order), per dimension, the position printed for each turn (0-100, one decimal).</summary>
    public List<(string Actor, string Dimension, string[] Turns)> Positions { get; } = [];

    /// <summary>Per actor, its probability of prevailing printed for each turn (four decimals).</summary>
    public List<(string Actor, string[] Turns)> Probabilities { get; } = [];

    public static Scenario Input(string csv) => ScenarioFiles.Load(Path.Combine(Folder, csv)).Scenario;

    public static KtabReference Read(string log)
    {
        var reference = new KtabReference(File.ReadAllLines(Path.Combine(Folder, log)));
        var lines = reference.Lines;
        var start = Array.FindLastIndex(lines, l => l.StartsWith("History of actor positions over time:", StringComparison.Ordinal));
        var middle = Array.FindLastIndex(lines, l => l.StartsWith("History of actors' winning probabilities:", StringComparison.Ordinal));
        for (var i = start + 1; i < middle; i++)
        {
            var colon = lines[i].LastIndexOf(':');
            var names = lines[i][..colon].Split(", ", 2);
            reference.Positions.Add((names[0], names[1], Values(lines[i][(colon + 1)..])));
        }
        for (var i = middle + 1; i < lines.Length && lines[i].Contains(", prob :", StringComparison.Ordinal); i++)
        {
            var at = lines[i].IndexOf(", prob :", StringComparison.Ordinal);
            reference.Probabilities.Add((lines[i][..at], Values(lines[i][(at + ", prob :".Length)..])));
        }
        return reference;
    }

    /// <summary>The value printed after <paramref name="label"/> on the log's first line that starts with it.</summary>
    public string Parameter(string label) =>
        Lines.First(l => l.StartsWith(label, StringComparison.Ordinal))[label.Length..].Trim();

    public static string Show(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string[] Values(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

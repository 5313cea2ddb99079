using Entente.Formats.Text;
using Entente.Formats.Yaml;
using Entente.Formats;

namespace Entente.Simulation.Games;

/// <summary>
/// Reads stage-game files (docs/stage-games.md): one game or a list under <c>games:</c>, each given
/// directly (sender types' payoffs and follow-through, receiver types' thresholds) or by a claim template.
/// Every problem of the file is reported at once, each at its line and column.
/// </summary>
public static class StageGameFile
{
    /// <summary>Reads the games of the file at <paramref name="path"/>; every failure is a <see cref="ScenarioLoadException"/>.</summary>
    public static IReadOnlyList<StageGameCase> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(ScenarioFiles.ReadText(path), path);
    }

    /// <summary>Reads the games in <paramref name="text"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static IReadOnlyList<StageGameCase> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var bag = new DiagnosticBag(file);
        var root = YamlTreeBuilder.Build(text.TrimStart('\uFEFF'), bag);
        bag.ThrowIfErrors();
        var games = new StageGameReader(bag).Read(root!);
        bag.ThrowIfErrors();
        return games;
    }
}

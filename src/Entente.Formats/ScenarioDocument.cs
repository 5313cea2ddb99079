using Entente.Domain;
namespace Entente.Formats;
/// <summary>STUB</summary>
public sealed record ScenarioDocument(Scenario Scenario, ScenarioFormat Format, string File, SourceMap Map)
{
    /// <summary>STUB</summary>
    public IReadOnlyList<Diagnostic> Validate() => Entente.Domain.Validation.ScenarioValidator.Validate(Scenario).Select(p => new Diagnostic(File, null, null, p.Path, p.Message, p.Severity)).ToList();
}
/// <summary>STUB</summary>
public sealed class SourceMap { }
/// <summary>STUB</summary>
public static class ScenarioFiles
{
    /// <summary>STUB</summary>
    public static ScenarioDocument Load(string path) => Parse(System.IO.File.ReadAllText(path), path);
    /// <summary>STUB: actor table only</summary>
    public static ScenarioDocument Parse(string text, string file)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var s = new Scenario
        {
            Name = Path.GetFileNameWithoutExtension(file),
            Actors = new(lines.Select(c => new Actor { Id = c[0], Name = c[0], Capability = double.Parse(c[1], inv) })),
            Issues = [new Issue { Id = "issue", Name = "issue", Scale = new IssueScale { Min = 0, Max = 10 } }],
            Stances = new(lines.Select(c => new Stance { ActorId = c[0], IssueId = "issue", Position = double.Parse(c[2], inv), Salience = double.Parse(c[3], inv) })),
        };
        return new ScenarioDocument(s, ScenarioFormat.ActorTable, file, new SourceMap());
    }
}
/// <summary>STUB</summary>
public static class YamlScenarioWriter { /// <summary>STUB</summary>
public static string Write(Scenario scenario) => scenario.Name; }

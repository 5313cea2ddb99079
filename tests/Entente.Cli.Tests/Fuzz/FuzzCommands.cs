namespace Entente.Cli.Tests.Fuzz;

/// <summary>The seed files and, for each kind of file, the commands a fuzzed copy of it is given to.</summary>
internal static class FuzzCommands
{
    /// <summary>What a file is, which decides the commands it goes through.</summary>
    public enum Kind
    {
        Scenario,
        Deu,
        Game,
    }

    private static readonly string[] Models = ["compromise", "median", "nbs", "eum", "eum-scholz", "smp", "exchange", "institutional", "power-compromise"];

    /// <summary>Every example and reference file, by kind.</summary>
    public static IReadOnlyList<(string Path, Kind Kind)> Seeds()
    {
        var root = RepoPaths.Root;
        var scenarios = Directory.EnumerateFiles(Path.Combine(root, "examples"), "*.yaml", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "data", "reference"), "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".csv" or ".txt" or ".yaml" or ".tsv" && !Path.GetFileName(f).StartsWith("expected", StringComparison.Ordinal)));
        var games = Directory.EnumerateFiles(Path.Combine(root, "examples", "games"), "*.yaml");
        var deu = Directory.EnumerateFiles(Path.Combine(root, "tests", "data", "deu"), "*.tsv");
        return [.. scenarios.Order(StringComparer.Ordinal).Select(f => (f, Kind.Scenario)),
                .. games.Order(StringComparer.Ordinal).Select(f => (f, Kind.Game)),
                .. deu.Order(StringComparer.Ordinal).Select(f => (f, Kind.Deu))];
    }

    /// <summary>A command for <paramref name="input"/> of <paramref name="kind"/>; <paramref name="scratch"/> is a folder for outputs.</summary>
    public static string[] For(Kind kind, string input, string scratch, FuzzRandom random) => kind switch
    {
        Kind.Deu => ["backtest", input, "--model", random.Pick(["compromise", "median"]), "--folds", "0", "--format", "json"],
        Kind.Game => ["game", input, "--format", "json"],
        _ => random.Below(6) switch
        {
            0 => ["validate", input],
            1 => ["convert", input, "--to", "yaml", "--output", Path.Combine(scratch, "converted.yaml")],
            2 => ["forecast", input, "--model", "eum", "--format", "json", "--trials", "0", "--dyads", "1"],
            _ => ["forecast", input, "--model", random.Pick(Models), "--format", "json", "--trials", "0", "--rounds", "5"],
        },
    };
}

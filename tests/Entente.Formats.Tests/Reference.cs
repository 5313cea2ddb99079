namespace Entente.Formats.Tests;

/// <summary>The reference files shipped under tests/data/reference.</summary>
internal static class Reference
{
    public static string PathOf(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "data", "reference", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Line <paramref name="number"/> (1-based) of a reference file, as the tests quote it.</summary>
    public static string Line(string relative, int number) => File.ReadAllLines(PathOf(relative))[number - 1];

    public static ScenarioDocument Load(string relative) => ScenarioFiles.Load(PathOf(relative));

    public static readonly string[] Files =
    [
        "scholz-ec-cars/actors.csv",
        "ktab/dummyData-a040.csv",
        "ktab/dummyData-a080.csv",
        "ktab/dummyData-a160.csv",
        "ktab/dummyData_3Dim.csv",
        "ktab/dummyData_6Dim.csv",
        "ktab/SOE-Competitive.csv",
        "ktab/SOE-Pol-Comp.csv",
        "ktab/SOE-Policy.csv",
        "exchange/cop21.csv",
        "exchange/cop21-2016-semicolon.csv",
        "exchange/copenhagen.csv",
        "exchange/copenhagen_with_errors.csv",
        "exchange/sample_data.txt",
    ];

    public static TheoryData<string> All => new(Files);
}

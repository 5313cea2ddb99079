using System.Globalization;
using Entente.Domain;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>The Scholz et al. (2011) EC cars case, read from the reference data with a few lines of parsing.</summary>
internal static class ReferenceCase
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "data", "reference", "scholz-ec-cars");

    public static Scenario Scenario()
    {
        var rows = ReadCsv("actors.csv");
        var actors = rows.Select(r => new Actor { Id = r["Actor"], Name = r["Actor"], Capability = Number(r["Capability"]) }).ToArray();
        var stances = rows.Select(r => new Stance
        {
            ActorId = r["Actor"],
            IssueId = "cars",
            Position = Number(r["Position"]),
            Salience = Number(r["Salience"]),
        }).ToArray();
        return new Scenario
        {
            Name = "EC emission standards for medium-sized cars",
            Actors = actors,
            Issues = [new Issue { Id = "cars", Name = "cars", Scale = new IssueScale { Min = 3, Max = 10 } }],
            Stances = stances,
        };
    }

    public static IReadOnlyList<Dictionary<string, string>> Expected() => ReadCsv("expected-scholz-variant.csv");

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IReadOnlyList<Dictionary<string, string>> ReadCsv(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line => header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second))
            .ToArray();
    }
}

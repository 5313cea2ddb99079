using Entente.Formats.Text;

namespace Entente.Formats.Importers.Deu;

/// <summary>Where each column of a DEU table is, found by header name so that column order does not matter.</summary>
internal sealed class DeuColumns
{
    public required IReadOnlyDictionary<string, int> Index { get; init; }

    public required IReadOnlyDictionary<string, int> Position { get; init; }

    public required IReadOnlyDictionary<string, int> Salience { get; init; }

    /// <summary>The proposal's name column (<c>prname</c>), optional.</summary>
    public int? ProposalName { get; init; }

    public static DeuColumns Read(Row header, DiagnosticBag bag)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < header.Count; c++)
        {
            if (!index.TryAdd(header.Cells[c].Text, c))
            {
                bag.Error(header.Cells[c], "header", $"column '{header.Cells[c].Text}' appears twice");
            }
        }
        foreach (var missing in DeuImporter.RequiredColumns.Where(n => !index.ContainsKey(n)))
        {
            bag.Error(header.Line, null, "header", $"missing column '{missing}'");
        }
        int At(string name) => index.GetValueOrDefault(name, -1);
        return new DeuColumns
        {
            Index = index,
            Position = DeuActors.All.ToDictionary(a => a.Id, a => At("p" + a.Id)),
            Salience = DeuActors.All.ToDictionary(a => a.Id, a => At("s" + a.Id)),
            ProposalName = index.TryGetValue("prname", out var name) ? name : null,
        };
    }
}

using Entente.Formats.Importers.Deu;

namespace Entente.Simulation.Tests.Backtest;

/// <summary>The DEU III development split, read once for all tests.</summary>
internal static class DevSplit
{
    public static DeuDataset Dataset { get; } =
        DeuImporter.Load(Path.Combine(AppContext.BaseDirectory, "data", "deu", "deu3-dev.tsv"));
}

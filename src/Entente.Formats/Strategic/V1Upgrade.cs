namespace Entente.Formats.Strategic;

/// <summary>Gives a document read from a version-1 diplomacy file its version-2 layer, warnings and source positions.</summary>
internal static class V1Upgrade
{
    public static ScenarioDocument Apply(ScenarioDocument document)
    {
        var mapped = V1Mapping.Map(document.Scenario, document.Map, document.File);
        foreach (var (layerPath, origin) in mapped.Origins)
        {
            if (document.Map.TryLocate(origin, out var line, out var column))
            {
                document.Map.Add(layerPath, line, column);
            }
        }
        return document with
        {
            Scenario = document.Scenario with { Strategic = mapped.Layer },
            Warnings = mapped.Warnings,
            StrategicFromVersion1 = true,
        };
    }
}

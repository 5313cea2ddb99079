namespace Entente.Formats.Tests;

public class ReferenceRoundTripTests
{
    [Theory]
    [MemberData(nameof(Reference.All), MemberType = typeof(Reference))]
    public void Every_reference_file_imports_and_reads_back_equal_from_YAML(string file)
    {
        var imported = Reference.Load(file).Scenario;

        var yaml = YamlScenarioWriter.Write(imported);
        var read = ScenarioFiles.Parse(yaml, file + ".yaml");

        Assert.Equal(ScenarioFormat.Yaml, read.Format);
        Assert.Equal(imported, read.Scenario);
    }
}

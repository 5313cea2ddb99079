using Entente.Domain.Validation;

namespace Entente.Formats.Tests;

public class DocumentationTests
{
    [Fact]
    public void The_full_example_in_the_format_guide_reads_and_validates()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "docs", "scenario-format.md")))
        {
            folder = folder.Parent;
        }
        Assert.NotNull(folder);
        var guide = File.ReadAllText(Path.Combine(folder.FullName, "docs", "scenario-format.md"));
        var start = guide.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];

        var document = ScenarioFiles.Parse(example, "scenario-format.md");

        Assert.Equal(10, document.Scenario.Actors.Count);
        Assert.Equal(0.16, document.Scenario.FindActor("UK")!.Capability);
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
    }
}

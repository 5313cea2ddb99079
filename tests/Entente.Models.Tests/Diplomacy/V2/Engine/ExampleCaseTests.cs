using Entente.Domain.Diplomacy;
using Entente.Formats;

namespace Entente.Models.Tests.Diplomacy.V2.Engine;

/// <summary>
/// The version-1 case files (kept under tests/data/diplomacy-v1 since the examples were recoded for version 2) load
/// through the §16 mapping, with warnings, and run on version 2 with every variant.
/// </summary>
public sealed class ExampleCaseTests
{
    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml")]
    [InlineData("korea-2017-coordination.yaml")]
    [InlineData("climate-2014-us-china.yaml")]
    public void The_case_and_each_variant_load_with_mapping_warnings_and_run_with_a_narrative(string file)
    {
        var document = ScenarioFiles.Load(Path.Combine(Examples.Root, "tests", "data", "diplomacy-v1", file));
        Assert.NotEmpty(document.Warnings);
        Assert.All(document.Warnings, w => Assert.NotNull(w.Line));
        Assert.True(document.Scenario.Strategic!.FromVersion1);
        foreach (var name in new string?[] { null }.Concat(document.Scenario.Variants.Select(v => v.Name)))
        {
            var scenario = name is null ? document.Scenario : VariantPatcher.Apply(document.Scenario, name);
            var result = Cases.Run(scenario);
            Assert.NotEmpty(result.Strategic!.Narrative);
            Assert.All(result.Issues, i => Assert.InRange(i.Forecast, scenario.FindIssue(i.IssueId)!.Scale.Min, scenario.FindIssue(i.IssueId)!.Scale.Max));
        }
    }

    [Fact]
    public void A_variant_that_sends_the_leak_privately_is_read_again_after_the_mapping()
    {
        var document = ScenarioFiles.Load(Path.Combine(Examples.Root, "tests", "data", "diplomacy-v1", "korea-2010-yeonpyeong.yaml"));
        var variant = VariantPatcher.Apply(document.Scenario, "praise-in-private");
        Assert.Null(variant.Strategic); // stale once the v1 sections are patched: the model maps them again

        var readers = Cases.Run(variant).Strategic!.Rounds.SelectMany(r => r.Signals).Where(s => s.Id == "leak").SelectMany(s => s.Observers).Select(o => o.Observer);
        Assert.Equal(["CN"], readers);
    }
}

internal static class Examples
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("repository root not found");
        }
    }
}

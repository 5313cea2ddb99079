namespace Entente.Architecture.Tests;

/// <summary>No project references one it must not: neither in its project file nor in its compiled assembly.</summary>
public sealed class LayeringTests
{
    public static TheoryData<string> Projects => [.. Layers.Allowed.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_file_references_only_the_projects_its_layer_allows(string project)
    {
        var forbidden = Repository.DeclaredReferences(project).Except(Layers.Allowed[project]).ToList();

        Assert.True(forbidden.Count == 0, $"{project} references {string.Join(", ", forbidden)}, which its layer does not allow (see docs/architecture.md)");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_compiled_assembly_uses_only_projects_below_it(string project)
    {
        var entente = Repository.ReferencedAssemblies(project)
            .Where(a => a.StartsWith("Entente.", StringComparison.Ordinal) || a == "entente").ToList();
        var reachable = Layers.Reachable(project);

        var forbidden = entente.Where(a => !reachable.Contains(a)).ToList();

        Assert.True(forbidden.Count == 0, $"{project} uses {string.Join(", ", forbidden)}, which is not below it");
    }

    [Fact]
    public void The_allowed_graph_has_no_cycle_and_names_only_known_projects()
    {
        foreach (var (project, below) in Layers.Allowed)
        {
            Assert.All(below, b => Assert.True(Layers.Allowed.ContainsKey(b), $"{project} allows unknown {b}"));
            Assert.DoesNotContain(project, Layers.Reachable(project));
        }
    }

    [Fact]
    public void Only_the_command_line_uses_the_web_app()
    {
        var users = Layers.Allowed.Where(p => p.Value.Contains("Entente.Web")).Select(p => p.Key).ToList();

        Assert.Equal(["Entente.Cli"], users);
        Assert.Contains("Entente.Storage", Layers.Reachable("Entente.Web"));
        Assert.DoesNotContain("Entente.Cli", Layers.Reachable("Entente.Web"));
    }

    [Fact]
    public void The_rule_catches_a_model_layer_that_reads_files()
    {
        // Formats reads files and sits beside Models: Models may not reach it.
        Assert.DoesNotContain("Entente.Formats", Layers.Reachable("Entente.Models"));
        Assert.Contains("Entente.Models", Layers.Reachable("Entente.Application"));
    }
}

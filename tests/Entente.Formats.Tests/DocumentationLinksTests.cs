namespace Entente.Formats.Tests;

/// <summary>
/// User documentation stands on its own (issue 18, item 18): no page points outside the repository for its
/// specifications, and every relative Markdown link in docs/ and the README resolves to a file of the repository.
/// </summary>
public class DocumentationLinksTests
{
    private static string Root => RepositoryRoot.Path;

    private static IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(Root, "README.md")).Append(Path.Combine(Root, "examples", "README.md"));

    [Fact]
    public void No_page_points_to_the_shared_folder_outside_the_repository()
    {
        var offenders = Pages().Where(p => File.ReadAllText(p).Contains("shared/specs", StringComparison.Ordinal)).ToArray();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_relative_markdown_link_resolves()
    {
        var broken = new List<string>();
        foreach (var page in Pages())
        {
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), @"\]\(([^)#\s]+)(#[^)]*)?\)"))
            {
                var target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target));
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{Path.GetRelativePath(Root, page)}: {target}");
                }
            }
        }

        Assert.Empty(broken);
    }
}

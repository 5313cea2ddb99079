namespace Entente.Cli.Tests.Docs;

/// <summary>
/// Every <c>entente …</c> command the README shows runs as written (issue 18, item 1): from the repository root, its
/// outputs sent to a temporary folder instead of the working tree. Long-running servers are tested where they live.
/// </summary>
public class ReadmeCommandsTests
{
    private static readonly string[] NotRunHere = ["serve", "tokens"];
    private static readonly string[] OutputOptions = ["--out", "--output"];

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        var inBlock = false;
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }
            if (inBlock && line.StartsWith("entente ", StringComparison.Ordinal) && !NotRunHere.Contains(Words(line)[1]))
            {
                data.Add(line);
            }
        }
        return data;
    }

    [Fact]
    public void The_readme_shows_the_tour_of_commands()
    {
        Assert.True(Commands().Count >= 15, $"found {Commands().Count} commands");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_in_the_readme_works_verbatim(string command)
    {
        var folder = Directory.CreateTempSubdirectory("entente-readme-").FullName;
        try
        {
            var words = Words(command).Skip(1).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                if (i > 0 && OutputOptions.Contains(words[i - 1]))
                {
                    words[i] = Path.Combine(folder, words[i]);
                }
                else if (words[i].StartsWith("examples/", StringComparison.Ordinal) || words[i].StartsWith("tests/", StringComparison.Ordinal))
                {
                    words[i] = Path.Combine(RepoPaths.Root, words[i]);
                }
            }

            var result = Cli.Run(words);

            Assert.True(result.ExitCode == 0, $"{command}: exit {result.ExitCode}: {result.Error}");
            Assert.DoesNotContain("error:", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The command without its comment, split into words (the README's commands quote nothing).
    private static string[] Words(string line) =>
        line.Split(" #", 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

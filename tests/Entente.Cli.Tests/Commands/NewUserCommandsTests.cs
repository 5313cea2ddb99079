namespace Entente.Cli.Tests.Commands;

/// <summary>What a new user starts from (issue 18.20): a template, the bundled examples, a short forecast.</summary>
public sealed class NewUserCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-new-user-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Init_writes_a_template_that_validates_and_forecasts()
    {
        var path = Path.Combine(_folder, "case.yaml");

        var init = Cli.Run("init", path);
        var validate = Cli.Run("validate", path);
        var forecast = Cli.Run("forecast", path, "-f", "json");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal($"{path}: valid Yaml scenario 'Three parties and a budget': 3 actors, 2 issues, 6 stances\n", validate.Out);
        Assert.Equal("", validate.Error);
        Assert.Equal(0, forecast.ExitCode);
        Assert.StartsWith("# A scenario for Entente", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_does_not_overwrite_a_file_unless_forced()
    {
        var path = Path.Combine(_folder, "mine.yaml");
        File.WriteAllText(path, "my work");

        var refused = Cli.Run("init", path);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("my work", File.ReadAllText(path));
        Assert.Equal(0, Cli.Run("init", path, "--force").ExitCode);
        Assert.NotEqual("my work", File.ReadAllText(path));
    }

    [Fact]
    public void Examples_lists_the_bundled_cases_and_copies_one_unchanged()
    {
        var list = Cli.Run("examples");
        var copy = Cli.Run("examples", "copy", "ec-cars-1994", "--to", _folder);

        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"ec-cars-1994\.yaml\s+EC emission standards for medium-sized cars", list.Out);
        Assert.Contains("games/tying-hands.yaml", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, copy.ExitCode);
        Assert.Equal(File.ReadAllText(RepoPaths.Example("ec-cars-1994.yaml")), File.ReadAllText(Path.Combine(_folder, "ec-cars-1994.yaml")));
        Assert.Equal(2, Cli.Run("examples", "copy", "no-such-case").ExitCode);
    }

    [Fact]
    public void Summary_prints_the_forecast_per_issue_without_trajectories_or_narrative()
    {
        var korea = RepoPaths.Example("korea-2010-yeonpyeong.yaml");
        var full = Cli.Run("forecast", korea, "-n", "50");
        var summary = Cli.Run("forecast", korea, "-n", "50", "--summary");

        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(full.Out.Split('\n')[..10], summary.Out.Split('\n')[..10]);
        Assert.DoesNotContain("Narrative", summary.Out, StringComparison.Ordinal);
        Assert.Contains("Narrative", full.Out, StringComparison.Ordinal);
        Assert.True(summary.Out.Split('\n').Length < 60, $"{summary.Out.Split('\n').Length} lines");
    }
}

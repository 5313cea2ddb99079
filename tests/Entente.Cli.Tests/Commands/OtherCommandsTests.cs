using System.Text.RegularExpressions;

namespace Entente.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void A_valid_file_passes()
    {
        var result = Cli.Run("validate", RepoPaths.Example("ec-cars-1994.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("10 actors, 1 issues", result.Out);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("forecast")]
    [InlineData("convert")]
    public void A_file_with_more_problems_than_are_kept_prints_each_kept_one_once_and_counts_the_rest(string command)
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-many-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "Actor,Capability,Position,Salience\n" + string.Join('\n', Enumerable.Range(0, 1500).Select(i => $"A{i},lots,7,0.5")) + "\n");
        try
        {
            var result = Cli.Run(command, file);

            Assert.Equal(2, result.ExitCode);
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var problems = lines.Where(l => l.Contains(": error: actors[", StringComparison.Ordinal)).ToArray();
            Assert.Equal(1000, problems.Length);
            Assert.Equal(1000, problems.Distinct().Count());
            Assert.Contains(":2:", problems[0], StringComparison.Ordinal);
            Assert.Single(lines, l => l.Contains("500 more problems not shown", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Every_problem_is_listed_with_file_line_and_field_and_the_exit_code_is_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, """
            name: broken
            actors:
              - { id: a, capability: -1 }
              - { id: b, capability: 1 }
            issues:
              - id: x
                scale: { min: 0, max: 10 }
                positions:
                  a: { position: 12, salience: 0.5 }
                  b: { position: 3, salience: 1.5 }
            """);
        try
        {
            var result = Cli.Run("validate", file);

            Assert.Equal(2, result.ExitCode);
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.All(lines, line => Assert.Matches(new Regex(@"^.+\.yaml:\d+(:\d+)?: error: \w+"), line));
            Assert.Contains(lines, l => l.Contains(":3:") && l.Contains("capability"));
            Assert.Contains(lines, l => l.Contains(":9:") && l.Contains("position"));
            Assert.Contains(lines, l => l.Contains(":10:") && l.Contains("salience"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public class ConvertCommandTests
{
    [Theory]
    [InlineData("reference/scholz-ec-cars/actors.csv")]
    [InlineData("reference/ktab/SOE-Pol-Comp.csv")]
    [InlineData("reference/exchange/cop21-2016-semicolon.csv")]
    [InlineData("reference/exchange/cop21.csv")]
    public void A_converted_file_forecasts_the_same_as_its_source(string source)
    {
        var yaml = Path.Combine(Path.GetTempPath(), $"entente-converted-{Guid.NewGuid():N}.yaml");
        try
        {
            var convert = Cli.Run("convert", RepoPaths.Data(source), "--to", "yaml", "--output", yaml);
            Assert.Equal(0, convert.ExitCode);

            var fromSource = Cli.Run("forecast", RepoPaths.Data(source), "-f", "csv");
            var fromYaml = Cli.Run("forecast", yaml, "-f", "csv");

            Assert.Equal(0, fromYaml.ExitCode);
            Assert.Equal(fromSource.Out, fromYaml.Out);
        }
        finally
        {
            File.Delete(yaml);
        }
    }

    [Fact]
    public void Convert_writes_yaml_to_standard_output()
    {
        var result = Cli.Run("convert", RepoPaths.Data("reference/scholz-ec-cars/actors.csv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("actors:", result.Out);
        Assert.Contains("Netherlands", result.Out);
    }
}

public class ModelsCommandTests
{
    [Fact]
    public void Every_model_is_listed_with_its_options()
    {
        var result = Cli.Run("models");

        Assert.Equal(0, result.ExitCode);
        foreach (var model in Entente.Models.ModelCatalog.All)
        {
            Assert.Contains(model.Name, result.Out);
            foreach (var option in model.Options)
            {
                Assert.Contains(option.Name, result.Out);
            }
        }
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var result = Cli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public void Help_is_available_for_every_command()
    {
        foreach (var command in new[] { "forecast", "validate", "convert", "models" })
        {
            var result = Cli.Run(command, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage", result.Out);
        }
    }
}

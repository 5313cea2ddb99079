using Entente.Cli.Output;

namespace Entente.Cli.Tests.Output;

/// <summary>No output ever lands on an input, and every file is written whole or not at all.</summary>
public sealed class OutputFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Copy(string source, string name)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(source, path);
        return path;
    }

    [Fact]
    public void Convert_refuses_an_output_that_is_its_input_and_leaves_it_as_it_was()
    {
        var input = Copy(RepoPaths.Example("ec-cars-1994.yaml"), "case.yaml");
        var before = File.ReadAllBytes(input);

        var result = Cli.Run("convert", input, "--to", "yaml", "--output", Path.Combine(_folder, ".", "case.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("would overwrite the input", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Backtest_refuses_to_write_its_cases_over_the_table_it_scores_before_running()
    {
        var table = Copy(RepoPaths.Data("deu/deu3-dev.tsv"), "d.tsv");
        var before = File.ReadAllBytes(table);

        var result = Cli.Run("backtest", table, "--cases", table);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("would overwrite the input", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(table));
    }

    [Fact]
    public void Forecast_out_refuses_a_folder_where_one_of_its_files_is_the_scenario()
    {
        var input = Copy(RepoPaths.Data("reference/scholz-ec-cars/actors.csv"), "forecast.csv");
        var before = File.ReadAllBytes(input);

        var result = Cli.Run("forecast", input, "--out", _folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_earlier_file_whole_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "keep.yaml");
        File.WriteAllText(path, "the earlier contents\n");

        Assert.Throws<IOException>(() => OutputFiles.Write(path, writer =>
        {
            writer.Write("half of the new");
            throw new IOException("No space left on device");
        }));

        Assert.Equal("the earlier contents\n", File.ReadAllText(path));
        Assert.Equal(["keep.yaml"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_write_that_succeeds_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "new.yaml");
        File.WriteAllText(path, "old\n");

        OutputFiles.Write(path, "new\n");

        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal(["new.yaml"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }
}

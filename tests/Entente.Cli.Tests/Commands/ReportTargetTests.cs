namespace Entente.Cli.Tests.Commands;

/// <summary>
/// 'report 2' is run 2 of the store even when a file named 2 is in the working folder (a file is named by a path,
/// ./2); 'backtest --folds' above the number of proposals is refused.
/// </summary>
public sealed class ReportTargetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-target-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Digits_name_a_stored_run_even_where_a_file_has_that_name()
    {
        var store = Path.Combine(_folder, "runs.db");
        Assert.Equal(0, Cli.Run("forecast", RepoPaths.Example("ec-cars-1994.yaml"), "-m", "eum", "--summary", "--store", store).ExitCode);
        // A file named 1 where the command runs (the test's working folder), which the command must not take for run 1.
        var decoy = Path.GetFullPath("1");
        Assert.False(File.Exists(decoy), "a file named 1 is already in the working folder");
        File.WriteAllText(decoy, "not a scenario\n");
        Cli.Result byId, byPath;
        try
        {
            byId = Cli.Run("report", "1", "--store", store, "--out", Path.Combine(_folder, "report"), "--trials", "0", "--no-sensitivity");
            byPath = Cli.Run("report", "./1", "--out", Path.Combine(_folder, "other"), "--trials", "0", "--no-sensitivity");
        }
        finally
        {
            File.Delete(decoy);
        }

        Assert.Equal(0, byId.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder, "report", "index.html")));
        Assert.Equal(2, byPath.ExitCode);
        Assert.Contains("not a scenario in any known format", byPath.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void More_folds_than_proposals_are_refused_naming_the_option()
    {
        var result = Cli.Run("backtest", RepoPaths.Data("deu/deu3-dev.tsv"), "--model", "compromise", "--folds", "100000");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --folds must be at most the number of proposals scored (93 in ", result.Error, StringComparison.Ordinal);
        Assert.Contains("got 100000)", result.Error, StringComparison.Ordinal);
    }
}

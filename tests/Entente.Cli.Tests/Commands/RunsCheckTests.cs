using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// A damaged run store through the command: 'runs list' lists what it can and names the damaged run, 'runs export' of
/// a run with an invalid document is an error (exit 2), not a document, and 'runs check' names every damaged run.
/// </summary>
public sealed class RunsCheckTests : IDisposable
{
    private static readonly string EcCars = RepoPaths.Example("ec-cars-1994.yaml");
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-check-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void SaveThree()
    {
        foreach (var model in new[] { "eum", "compromise", "median" })
        {
            Assert.Equal(0, Cli.Run("forecast", EcCars, "-m", model, "--summary", "--store", Store).ExitCode);
        }
    }

    [Fact]
    public void A_sound_store_checks_clean_with_exit_code_0()
    {
        SaveThree();

        var check = Cli.Run("runs", "check", "--store", Store);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("integrity ok; 3 run(s) read.", check.Out);
        Assert.Contains("No damage found.", check.Out);
    }

    [Fact]
    public void One_malformed_row_is_named_while_the_others_are_listed_and_the_check_fails_with_exit_code_2()
    {
        SaveThree();
        Execute("UPDATE runs SET seed = 'abc' WHERE id = 2");
        Execute("UPDATE runs SET result_json = '{\"issues\": [' WHERE id = 3");

        var list = Cli.Run("runs", "list", "--store", Store, "--format", "json");
        var check = Cli.Run("runs", "check", "--store", Store, "--format", "json");

        Assert.Equal(0, list.ExitCode);
        using var listed = JsonDocument.Parse(list.Out);
        Assert.Equal([1, 2, 3], listed.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal("column seed: The input string 'abc' was not in a correct format.", listed.RootElement[1].GetProperty("damage").GetString());
        Assert.Equal("eum", listed.RootElement[0].GetProperty("model").GetString());
        Assert.Contains($"warning: {Path.GetFullPath(Store)}: run 2 is damaged: column seed:", list.Error);
        Assert.Equal(2, check.ExitCode);
        using var found = JsonDocument.Parse(check.Out);
        Assert.False(found.RootElement.GetProperty("clean").GetBoolean());
        Assert.Equal(3, found.RootElement.GetProperty("runsChecked").GetInt32());
        Assert.Equal([2, 3], found.RootElement.GetProperty("damagedRuns").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        Assert.Contains("error: the run store is damaged: 0 store problem(s), 2 damaged run(s)", check.Error);
    }

    [Fact]
    public void A_run_whose_document_is_not_json_is_an_error_on_export_and_show_naming_the_run()
    {
        SaveThree();
        Execute("UPDATE runs SET result_json = 'not json at all' WHERE id = 1");

        var export = Cli.Run("runs", "export", "1", "--store", Store);
        var show = Cli.Run("runs", "show", "1", "--store", Store);
        var other = Cli.Run("runs", "export", "2", "--store", Store);

        Assert.Equal(2, export.ExitCode);
        Assert.Equal("", export.Out);
        Assert.Contains("run 1 is damaged: column result_json: the document is not valid JSON (line 1, byte 2)", export.Error);
        Assert.Equal(2, show.ExitCode);
        Assert.Equal(0, other.ExitCode);
        using var document = JsonDocument.Parse(other.Out);
        Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("result").ValueKind);
    }
}

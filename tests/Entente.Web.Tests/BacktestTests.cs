using System.Net;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>
/// A backtest of a DEU table sent as text: the service's document for a file of the name the client gave, and
/// problems that name that file, never the server's temporary folder.
/// </summary>
public sealed class BacktestTests : IDisposable
{
    private static readonly string Table = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "deu", "deu3-dev.tsv"));

    private readonly WebApp _app = new();
    private readonly ServiceProvider _services = Api.Services();

    [Fact]
    public async Task A_backtest_is_the_services_document_for_a_file_of_the_name_given()
    {
        var response = await _app.CreateClient().PostAsync("/api/backtest", Api.Json(new
        {
            table = Table,
            name = "deu3-dev.tsv",
            models = new[] { "compromise", "median" },
            capability = "votes",
            folds = 0,
            replicates = 50,
        }));

        var folder = Directory.CreateTempSubdirectory("entente-backtest-expected-").FullName;
        try
        {
            var path = Path.Combine(folder, "deu3-dev.tsv");
            await File.WriteAllTextAsync(path, Table);
            var expected = await _services.GetRequiredService<BacktestService>().RunAsync(new BacktestRequest
            {
                File = path,
                Models = ["compromise", "median"],
                Capability = "votes",
                Folds = 0,
                Replicates = 50,
            });
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected.Json.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), body);
            Assert.Contains("\"file\": \"deu3-dev.tsv\"", body, StringComparison.Ordinal);
            Assert.Contains(folder, expected.Json, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Noise_trials_in_the_body_give_the_service_s_noise_rows()
    {
        var response = await _app.CreateClient().PostAsync("/api/backtest", Api.Json(new
        {
            table = Table,
            models = new[] { "compromise" },
            folds = 0,
            replicates = 20,
            noiseTrials = 4,
            noise = new { position = 0.1 },
        }));

        var folder = Directory.CreateTempSubdirectory("entente-backtest-expected-").FullName;
        try
        {
            var path = Path.Combine(folder, "table.tsv");
            await File.WriteAllTextAsync(path, Table);
            var expected = await _services.GetRequiredService<BacktestService>().RunAsync(new BacktestRequest
            {
                File = path,
                Models = ["compromise"],
                Folds = 0,
                Replicates = 20,
                NoiseTrials = 4,
                Noise = new Simulation.MonteCarlo.NoiseSettings { Position = 0.1 },
            });
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected.Json.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), body);
            Assert.Contains("\"compromise@noise\"", body, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_table_with_problems_is_refused_under_the_name_given()
    {
        var response = await _app.CreateClient().PostAsync("/api/backtest", Api.Json(new { table = "not\ta\tDEU\ttable\n1\t2\n", name = "mine.tsv", models = new[] { "compromise" } }));

        var problem = await Problem.ReadAsync(response);
        Assert.InRange(problem.Status, 400, 499);
        Assert.NotEmpty(problem.Errors);
        Assert.All(problem.Errors, e => Assert.Contains("mine.tsv", e.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(Path.GetTempPath(), problem.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("entente-web-", problem.Raw, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _services.Dispose();
    }
}

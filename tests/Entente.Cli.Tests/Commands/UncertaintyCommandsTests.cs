using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>The sweep, sensitivity and report commands as a user runs them.</summary>
public class UncertaintyCommandsTests
{
    private static readonly string EcCars = RepoPaths.Example("ec-cars-1994.yaml");

    [Fact]
    public void A_sweep_without_noise_reports_the_input_forecast_at_every_percentile_and_warns_that_nothing_varied()
    {
        var (mean, _) = EcCarsReference.Round0();

        var result = Cli.Run("sweep", EcCars, "--trials", "50", "--position-noise", "0", "--salience-noise", "0", "--capability-noise", "0", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var issue = json.RootElement.GetProperty("issues")[0];
        foreach (var field in new[] { "baseline", "mean", "p5", "median", "p95" })
        {
            Assert.Equal(mean, issue.GetProperty(field).GetDouble(), 6);
        }
        Assert.Contains("warning: all 50 trials gave the same forecast on every issue: the sweep had no source of variation", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_and_a_report_share_one_default_noise_so_a_sweep_without_options_varies()
    {
        var result = Cli.Run("sweep", EcCars, "--trials", "200", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("no source of variation", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        var noise = json.RootElement.GetProperty("noise");
        Assert.Equal((0.05, 0.1, 0.1), (noise.GetProperty("position").GetDouble(), noise.GetProperty("salience").GetDouble(), noise.GetProperty("capability").GetDouble()));
        var issue = json.RootElement.GetProperty("issues")[0];
        Assert.True(issue.GetProperty("p5").GetDouble() < issue.GetProperty("p95").GetDouble());
        Assert.Equal(Entente.Simulation.MonteCarlo.NoiseSettings.Default, new Entente.Application.ReportRequest().Noise);
    }

    [Fact]
    public void A_sweep_gives_the_same_numbers_for_the_same_seed_whatever_the_threads()
    {
        string[] args = ["sweep", EcCars, "-n", "2000", "--position-noise", "0.05", "--salience-noise", "0.1", "--seed", "11", "-f", "json"];

        var one = Cli.Run([.. args, "--threads", "1"]);
        var three = Cli.Run([.. args, "--threads", "3"]);
        var otherSeed = Cli.Run(["sweep", EcCars, "-n", "2000", "--position-noise", "0.05", "--salience-noise", "0.1", "--seed", "12", "-f", "json"]);

        string Figures(string text) => JsonDocument.Parse(text).RootElement.GetProperty("issues").GetRawText();
        Assert.Equal(Figures(one.Out), Figures(three.Out));
        Assert.NotEqual(Figures(one.Out), Figures(otherSeed.Out));
        using var json = JsonDocument.Parse(one.Out);
        var issue = json.RootElement.GetProperty("issues")[0];
        Assert.True(issue.GetProperty("p5").GetDouble() < issue.GetProperty("p95").GetDouble());
    }

    [Theory]
    [InlineData("--trials", "0")]
    [InlineData("--position-noise", "-1")]
    [InlineData("--belief-noise", "-0.1")]
    [InlineData("--credibility-noise", "NaN")]
    [InlineData("--threads", "0")]
    public void Bad_sweep_settings_are_bad_input(string option, string value)
    {
        var result = Cli.Run("sweep", EcCars, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error:", result.Error);
    }

    [Fact]
    public void Sensitivity_names_the_pivotal_actors_of_the_median()
    {
        var result = Cli.Run("sensitivity", EcCars, "--model", "median", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var issue = json.RootElement.GetProperty("issues")[0];
        var pivotal = issue.GetProperty("pivotal").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.NotEmpty(pivotal);
        foreach (var influence in issue.GetProperty("influence").EnumerateArray())
        {
            var shift = Math.Abs(influence.GetProperty("shift").GetDouble());
            Assert.Equal(shift >= 0.05 * 10, pivotal.Contains(influence.GetProperty("actor").GetString()));
        }
        Assert.True(issue.GetProperty("tornado").GetArrayLength() >= 10);
    }

    [Fact]
    public void The_report_command_writes_a_self_contained_page_and_its_charts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-cli-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = Cli.Run("report", EcCars, "--model", "eum", "--trials", "100", "--out", folder);

            Assert.Equal(0, result.ExitCode);
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));
            Assert.Contains("EC emission standards for medium-sized cars", html);
            Assert.DoesNotContain("https://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(folder, "charts", "issue01-trajectory.png")));
            Assert.True(File.Exists(Path.Combine(folder, "charts", "issue01-tornado.svg")));
            Assert.True(File.Exists(Path.Combine(folder, "report.md")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    [Fact]
    public void A_diplomacy_report_carries_the_signals_and_the_narrative()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-cli-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var forecast = Cli.Run("forecast", RepoPaths.Example("korea-2010-yeonpyeong.yaml"), "--format", "json", "--trials", "0");
            using var json = JsonDocument.Parse(forecast.Out);
            var firstLine = json.RootElement.GetProperty("diplomacy").GetProperty("narrative")[0].GetString()!;

            var result = Cli.Run("report", RepoPaths.Example("korea-2010-yeonpyeong.yaml"), "--trials", "0", "--no-sensitivity", "--out", folder);

            Assert.Equal(0, result.ExitCode);
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));
            Assert.Contains("<h2>Diplomacy</h2>", html);
            Assert.Contains("<th>Credibility</th>", html);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(firstLine), html);
            // The Markdown escapes markup characters in names and sentences; read back, it says the same.
            var markdown = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(folder, "report.md")), @"\\(.)", "$1");
            Assert.Contains(firstLine, System.Net.WebUtility.HtmlDecode(markdown));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    [Fact]
    public void A_saved_sweep_is_listed_in_the_run_store()
    {
        var store = Path.Combine(Path.GetTempPath(), $"entente-sweep-{Guid.NewGuid():N}.db");
        try
        {
            var sweep = Cli.Run("sweep", EcCars, "-n", "100", "--position-noise", "0.05", "--store", store);
            Assert.Equal(0, sweep.ExitCode);
            Assert.Contains("saved run 1", sweep.Error);

            var list = Cli.Run("runs", "list", "--store", store, "--format", "json");
            Assert.Equal(0, list.ExitCode);
            Assert.Contains("sweep", list.Out);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(store) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void A_saved_comparison_is_listed_in_the_run_store()
    {
        var store = Path.Combine(Path.GetTempPath(), $"entente-compare-{Guid.NewGuid():N}.db");
        try
        {
            var compare = Cli.Run("compare", RepoPaths.Example("korea-2010-yeonpyeong.yaml"), "--variant", "praise-in-private", "--store", store, "--trials", "20", "--attribution", "0");
            Assert.Equal(0, compare.ExitCode);
            Assert.Contains("saved run 1", compare.Error);

            var show = Cli.Run("runs", "export", "1", "--store", store, "--format", "json");
            Assert.Equal(0, show.ExitCode);
            Assert.Contains("praise-in-private", show.Out);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(store) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void A_report_can_be_made_from_a_stored_forecast_run()
    {
        var store = Path.Combine(Path.GetTempPath(), $"entente-report-run-{Guid.NewGuid():N}.db");
        var folder = Path.Combine(Path.GetTempPath(), "entente-report-run-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, Cli.Run("forecast", EcCars, "-m", "eum", "--store", store).ExitCode);

            var report = Cli.Run("report", "1", "--store", store, "--trials", "0", "--no-sensitivity", "--out", folder);

            Assert.Equal(0, report.ExitCode);
            Assert.DoesNotContain("warning", report.Error);
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));
            Assert.Contains("Stored run: 1.", html);
            Assert.Contains("Model: eum", html);
            Assert.Equal(2, Cli.Run("report", "7", "--store", store, "--out", folder).ExitCode);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(store) + "*"))
            {
                File.Delete(file);
            }
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    [Fact]
    public void Bench_smp_times_a_ktab_input()
    {
        var result = Cli.Run("bench", "smp", RepoPaths.Data("reference/ktab/SOE-Pol-Comp.csv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"13 actors x 2 dims, \d+ turns", result.Out);
        Assert.DoesNotContain("generated:", result.Out, StringComparison.Ordinal); // a named input alone, no generated one
        Assert.Equal(2, Cli.Run("bench", "smp", "--actors", "1").ExitCode);
    }
}

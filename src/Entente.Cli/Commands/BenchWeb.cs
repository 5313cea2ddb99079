using System.CommandLine;
using System.Globalization;
using Entente.Web;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench web [SCENARIO] [-n N]</c>: requests per second and p50/p95 latency of a forecast over HTTP
/// (loopback) against the same forecast in process, and what HTTP adds per request.
/// </summary>
internal static class BenchWeb
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "Scenario to forecast; default: the EC cars example.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var requests = new Option<int>("--requests") { Description = "Timed requests of each kind.", DefaultValueFactory = _ => 500 };
        var command = new Command("web", "Requests per second and latency of a forecast over HTTP against the same forecast in process.") { scenario, requests };
        command.SetAction(parse =>
        {
            if (parse.GetValue(requests) < 1)
            {
                console.Error.WriteLine("error: --requests must be positive");
                return ExitCodes.BadInput;
            }
            var path = parse.GetValue(scenario) ?? Path.Combine(AppContext.BaseDirectory, "examples", "ec-cars-1994.yaml");
            if (ScenarioInput.Load(path, console) is null)
            {
                return ExitCodes.BadInput;
            }
            var folder = Directory.CreateTempSubdirectory("entente-bench-web-").FullName;
            try
            {
                console.Error.WriteLine($"bench web: {Path.GetFileName(path)}, {parse.GetValue(requests)} requests each way, one at a time...");
                var result = CliProblems.Wait(WebBench.MeasureAsync(File.ReadAllText(path), Path.GetFileName(path), parse.GetValue(requests), Path.Combine(folder, "runs.db")));
                Write(console, result);
                return result.Identical ? ExitCodes.Success : ExitCodes.InternalError;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    private static void Write(CliConsole console, WebBenchResult r)
    {
        string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture);
        var (h50, h95) = (WebBenchResult.Quantile(r.Http, 0.5), WebBenchResult.Quantile(r.Http, 0.95));
        var (l50, l95) = (WebBenchResult.Quantile(r.InProcess, 0.5), WebBenchResult.Quantile(r.InProcess, 0.95));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Scenario}: {r.Requests} forecasts each way, one at a time"));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  http        {r.HttpPerSecond,8:0} req/s   p50 {Ms(h50)} ms   p95 {Ms(h95)} ms"));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  in process  {r.InProcessPerSecond,8:0} req/s   p50 {Ms(l50)} ms   p95 {Ms(l95)} ms"));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  http adds {Ms(h50 - l50)} ms at p50 ({h50.TotalMilliseconds / l50.TotalMilliseconds:0.00}x); answers identical: {(r.Identical ? "yes" : "NO")}"));
    }
}

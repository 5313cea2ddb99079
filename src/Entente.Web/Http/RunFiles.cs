using Entente.Application;

namespace Entente.Web;

/// <summary>A file a saved run offers for download: its bytes, content type and name.</summary>
internal sealed record RunFile(byte[] Bytes, string ContentType, string Name, IReadOnlyList<string> Warnings);

/// <summary>
/// The downloads of a saved run, made once for both ways of fetching them: the API's endpoints (a token in the header)
/// and the UI's buttons (inside the browser session, which has shown its token already; a link could not carry it).
/// </summary>
internal static class RunFiles
{
    /// <summary>JSON (everything) or CSV (the positions), as <c>entente runs export</c> writes them.</summary>
    public static async Task<RunFile> ExportAsync(RunService runs, string store, long id, string? format, CancellationToken cancellation)
    {
        var csv = format == "csv";
        var outcome = await runs.RunAsync(new RunsRequest { Store = store, Action = RunsAction.Export, Id = id, Format = format ?? "json" }, null, cancellation);
        return new RunFile(System.Text.Encoding.UTF8.GetBytes(outcome.Document!), csv ? Documents.Csv : Documents.Json, $"run-{id}.{(csv ? "csv" : "json")}", []);
    }

    /// <summary>The HTML report, written to a private temporary folder (the service writes folders) and read back.</summary>
    public static async Task<RunFile> ReportAsync(ReportService service, ReportRequest request, string stem, CancellationToken cancellation)
    {
        var folder = Directory.CreateTempSubdirectory("entente-report-").FullName;
        try
        {
            var outcome = await service.RunAsync(request with { Folder = folder }, null, cancellation);
            var html = await File.ReadAllBytesAsync(Path.Combine(folder, "index.html"), cancellation);
            return new RunFile(html, "text/html; charset=utf-8", $"{stem}-report.html", outcome.Warnings);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

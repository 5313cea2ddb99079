using System.Globalization;
using System.Threading.RateLimiting;
using Entente.Application;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Entente.Web;

/// <summary>
/// Entente's web app: the HTTP API on the application layer, its OpenAPI document (<c>/openapi/v1.json</c>) and a
/// browsable reference (<c>/scalar</c>). <c>entente serve</c> builds it with its settings; run alone (and in tests)
/// it reads them from configuration.
/// </summary>
public static class EntenteWebHost
{
    /// <summary>
    /// The host for <c>entente serve</c>: listening on <see cref="WebSettings.Bind"/>:<see cref="WebSettings.Port"/>;
    /// <paramref name="cluster"/> connects to the cluster of <see cref="WebSettings.Cluster"/> (the front end's client).
    /// </summary>
    public static WebApplication Build(WebSettings settings, IClusterConnector? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Build([], settings, cluster);
    }

    /// <summary>The host with its settings from configuration (section <c>Entente</c>) and its address from ASP.NET Core's.</summary>
    public static WebApplication Build(string[] args) => Build(args, null, null);

    private static WebApplication Build(string[] args, WebSettings? settings, IClusterConnector? cluster)
    {
        // The application is this assembly, whoever hosts it (entente serve): the UI's static files (Blazor's script,
        // the component libraries' files) are found through its static web assets manifest.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(EntenteWebHost).Assembly.GetName().Name,
        });
        // Outside Development too: the files are served from where the build left them (the packages' folders).
        builder.WebHost.UseStaticWebAssets();
        // A line per request is noise on a terminal (and time in a benchmark); start, stop and failures still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (settings is not null)
        {
            // entente serve says itself where it listens; the host's own start-up lines would repeat it.
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            builder.Services.AddSingleton(settings);
            builder.WebHost.ConfigureKestrel(k => k.Listen(settings.Bind, settings.Port));
        }
        else
        {
            builder.Services.AddSingleton(sp => SettingsConfiguration.Read(sp.GetRequiredService<IConfiguration>()));
        }
        if (cluster is not null)
        {
            builder.Services.AddSingleton(cluster);
        }
        Register(builder.Services);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Register(IServiceCollection services)
    {
        services.AddEntenteApplication();
        services.AddSingleton<ExampleLibrary>();
        services.AddSingleton<ScenarioReader>();
        services.AddSingleton<SweepJobs>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<Ui.UiAccess>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = problem =>
        {
            // An empty 4xx from routing (no such route, a method the route does not take) gets an errors array too.
            if (!problem.ProblemDetails.Extensions.ContainsKey("errors"))
            {
                var request = problem.HttpContext.Request;
                problem.ProblemDetails.Extensions["errors"] = new[]
                {
                    ProblemEntry.About("", problem.ProblemDetails.Status switch
                    {
                        StatusCodes.Status404NotFound => $"no such route: {request.Method} {request.Path}; see /openapi/v1.json",
                        StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}",
                        _ => problem.ProblemDetails.Title ?? "the request failed",
                    }),
                };
            }
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Entente API";
            document.Info.Description = "Forecasts of multilateral negotiations: each answer is the document `entente … --format json` prints; errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        services.AddOptions<KestrelServerOptions>().Configure<WebSettings>((kestrel, settings) =>
        {
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<WebSettings>((limiter, settings) =>
        {
            // Per client address, a fixed window: generous for a person and a UI, a wall for a runaway script.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RatePermits, Window = settings.RateWindow, QueueLimit = 0 }));
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : (int)settings.RateWindow.TotalSeconds;
                return new ValueTask(ProblemMiddleware.Write(rejected.HttpContext, new ApiProblemException(StatusCodes.Status429TooManyRequests, "Too many requests",
                    [ProblemEntry.About("", $"more than {settings.RatePermits.ToString(CultureInfo.InvariantCulture)} requests in {settings.RateWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s from this client")])
                { RetryAfter = Math.Max(1, seconds) }));
            };
        });
    }

    /// <summary>
    /// The manifest of the UI's files: built, the web app's own (the files stay in their packages' folders); published
    /// with the CLI (a .NET tool), the host's, whose files are in wwwroot beside it.
    /// </summary>
    private static string? StaticAssetsManifest(IWebHostEnvironment environment) =>
        new[] { environment.ApplicationName, System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name }
            .Select(name => $"{name}.staticwebassets.endpoints.json")
            .FirstOrDefault(file => File.Exists(Path.Combine(AppContext.BaseDirectory, file)));

    private static void Configure(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseMiddleware<ProblemMiddleware>();
        // An empty 4xx (an unknown route, a wrong method) becomes problem details too.
        app.UseStatusCodePages();
        app.UseMiddleware<BodyLimitMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<TokenMiddleware>();
        ApiReference.Map(app);

        app.MapOpenApi();
        // Scalar's files (scalar.js); its page is replaced by one with no inline script (ApiReference).
        app.MapScalarApiReference(o => o.WithTitle("Entente API"));
        // The UI (Ui/, docs/web-ui.md): Blazor pages, interactive on the server; every file it loads is served here.
        app.UseAntiforgery();
        app.MapStaticAssets(StaticAssetsManifest(app.Environment));
        // Blazor would add a second policy header of its own (frame-ancestors 'self'); ours already says 'none'.
        app.MapRazorComponents<Ui.App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

        var api = app.MapGroup("/api");
        CatalogEndpoints.Map(api);
        ValidateEndpoints.Map(api);
        AnalysisEndpoints.Map(api);
        AdviceEndpoints.Map(api);
        SweepEndpoints.Map(api);
        BacktestEndpoints.Map(api);
        ReportEndpoints.Map(api);
        StoredRunEndpoints.Map(api);
    }
}

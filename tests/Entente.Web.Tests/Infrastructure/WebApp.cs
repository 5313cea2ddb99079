using System.Net.Http.Headers;
using System.Text;
using Entente.Application;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests.Infrastructure;

/// <summary>
/// The web app in memory (WebApplicationFactory), on a real run store: a SQLite file of its own, or the store
/// named by <see cref="WithStore"/>. Settings go in as configuration, as an operator would give them.
/// </summary>
internal sealed class WebApp : WebApplicationFactory<WebSettings>
{
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-web-tests-").FullName;
    private Action<IServiceCollection>? _services;

    public WebApp()
    {
        Store = Path.Combine(_folder, "runs.db");
        _settings["Entente:Store"] = Store;
    }

    public string Store { get; private set; }

    public WebApp WithStore(string store)
    {
        Store = store;
        _settings["Entente:Store"] = store;
        return this;
    }

    public WebApp With(string key, object value)
    {
        _settings["Entente:" + key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        return this;
    }

    /// <summary>Replaces services of the app (a failing clock, to force a defect).</summary>
    public WebApp WithServices(Action<IServiceCollection> services)
    {
        _services = services;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseContentRoot(AppContext.BaseDirectory);
        if (_services is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the system.
        }
    }
}

/// <summary>Requests and the application layer in process, to compare answers with.</summary>
internal static class Api
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object body) => Json(System.Text.Json.JsonSerializer.Serialize(body));

    public static string ExampleText(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name + ".yaml"));

    public static IReadOnlyList<string> Examples =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    /// <summary>The application layer as the CLI builds it.</summary>
    public static ServiceProvider Services() => new ServiceCollection().AddEntenteApplication().BuildServiceProvider();

    public static async Task<Formats.ScenarioDocument> LoadAsync(IServiceProvider services, string text, string name)
    {
        var load = await services.GetRequiredService<DocumentService>().RunAsync(new ScenarioRequest { Text = text, Name = name });
        return load.Document ?? throw new InvalidOperationException(string.Join("\n", load.Diagnostics));
    }

    public static bool IsProblem(HttpResponseMessage response) =>
        response.Content.Headers.ContentType is MediaTypeHeaderValue { MediaType: "application/problem+json" };
}

namespace Entente.Web;

/// <summary>
/// Run on its own (dotnet run --project src/Entente.Web; tests through WebApplicationFactory) the settings come from
/// configuration (Entente:Store, ...); 'entente serve' builds the same host with settings of its own. An explicit,
/// internal entry point: the SDK would make a top-level one public, for no caller.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => EntenteWebHost.Build(args).Run();
}

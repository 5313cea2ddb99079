using Entente.Web;

// Run on its own (dotnet run --project src/Entente.Web; tests through WebApplicationFactory) the settings come
// from configuration (Entente:Store, ...); 'entente serve' builds the same host with settings of its own.
var app = EntenteWebHost.Build(args);
app.Run();

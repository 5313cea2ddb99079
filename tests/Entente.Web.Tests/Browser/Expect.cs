using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests.Browser;

/// <summary>What the application layer computes, in process, for what the browser test asks the UI: the values the UI must show.</summary>
internal static class Expect
{
    /// <summary>The UI's default trials over types for a forecast.</summary>
    public const int Trials = 200;

    public static async Task<ForecastOutcome> ForecastAsync(string text, string name, int trials = Trials, string? model = null)
    {
        using var services = Api.Services();
        var document = await Api.LoadAsync(services, text, name);
        return await services.GetRequiredService<ForecastService>().RunAsync(new ForecastRequest { Scenario = document, Trials = trials, Model = new() { Model = model }, Dyads = Entente.Models.DyadSelection.All });
    }

    public static async Task<ComparisonOutcome> ComparisonAsync(string text, string name, int trials)
    {
        using var services = Api.Services();
        var document = await Api.LoadAsync(services, text, name);
        return await services.GetRequiredService<ComparisonService>().RunAsync(new ComparisonRequest { Scenario = document, Trials = trials, Attribution = 0 });
    }

    public static async Task<SweepOutcome> SweepAsync(string text, string name, long trials)
    {
        using var services = Api.Services();
        var document = await Api.LoadAsync(services, text, name);
        return await services.GetRequiredService<SweepService>().RunAsync(new SweepRequest { Scenario = document, Trials = trials });
    }

    public static async Task<ScenarioLoad> ValidationAsync(string text, string name)
    {
        using var services = Api.Services();
        return await services.GetRequiredService<DocumentService>().RunAsync(new ScenarioRequest { Text = text, Name = name, AllowErrors = true });
    }
}

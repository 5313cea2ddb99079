using Entente.Domain;

namespace Entente.Models;

/// <summary>
/// A model of bargaining: given a validated scenario, it forecasts each issue's outcome and, where the
/// model has rounds, the path to it. Implementations are pure computation: no I/O, no clock, and every
/// random draw comes from <see cref="ModelRunContext.Seed"/>.
/// </summary>
public interface IBargainingModel
{
    /// <summary>The model's name as used on the command line and in scenario files.</summary>
    string Name { get; }

    /// <summary>Runs the model on <paramref name="scenario"/>.</summary>
    ForecastResult Run(Scenario scenario, ModelRunContext context);
}

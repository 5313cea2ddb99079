using System.Reflection;
using Entente.Simulation.Forecasting;

namespace Entente.Storage;

/// <summary>The version of the code that produced a run, so that a changed result can be traced to a changed engine.</summary>
public static class CodeVersion
{
    /// <summary>The engine's informational version (the package version, plus the commit when the build knew it).</summary>
    public static string Engine { get; } = Of(typeof(ForecastRunner).Assembly);

    /// <summary>The informational version of <paramref name="assembly"/>, else its assembly version.</summary>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
    }
}

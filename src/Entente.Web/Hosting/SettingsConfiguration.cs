using System.Globalization;
using Entente.Storage;

namespace Entente.Web;

/// <summary>
/// <see cref="WebSettings"/> read from configuration (section <c>Entente</c>: <c>Store</c>, <c>MaxRequestBytes</c>,
/// <c>SweepWorkers</c>, <c>SweepQueue</c>, <c>MaxSweepTrials</c>, <c>RatePermits</c>, <c>RateWindowSeconds</c>,
/// <c>KeptSweeps</c>, <c>RequireTokens</c>, <c>SweepDevice</c>),
/// for a host started without <c>entente serve</c>: tests set them, an operator may too.
/// </summary>
internal static class SettingsConfiguration
{
    public static WebSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Entente");
        var defaults = new WebSettings { Store = "" };
        return new WebSettings
        {
            Store = section["Store"] is { Length: > 0 } store ? store
                : Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is { Length: > 0 } variable ? variable
                : StoreLocation.DefaultSqlitePath(Environment.GetEnvironmentVariable),
            MaxRequestBytes = Number(section, "MaxRequestBytes", defaults.MaxRequestBytes),
            SweepWorkers = (int)Number(section, "SweepWorkers", defaults.SweepWorkers),
            SweepQueue = (int)Number(section, "SweepQueue", defaults.SweepQueue),
            MaxSweepTrials = Number(section, "MaxSweepTrials", defaults.MaxSweepTrials),
            RatePermits = (int)Number(section, "RatePermits", defaults.RatePermits),
            RateWindow = TimeSpan.FromSeconds(Number(section, "RateWindowSeconds", (long)defaults.RateWindow.TotalSeconds)),
            KeptSweeps = (int)Number(section, "KeptSweeps", defaults.KeptSweeps),
            RequireTokens = section["RequireTokens"] is { } tokens ? bool.Parse(tokens) : null,
            SweepDevice = section["SweepDevice"] is { } device ? Enum.Parse<Application.ComputeDevice>(device, ignoreCase: true) : defaults.SweepDevice,
        };
    }

    private static long Number(IConfigurationSection section, string key, long fallback) =>
        section[key] is { } text ? long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}

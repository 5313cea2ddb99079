namespace Entente.Architecture.Tests;

/// <summary>
/// The allowed project graph (docs/architecture.md): data flows scenario → model → engine → application → front
/// ends. Each project names the projects it may reference; anything else is a layering error.
/// </summary>
internal static class Layers
{
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Entente.Domain"] = [],
        ["Entente.Models"] = ["Entente.Domain"],
        ["Entente.Formats"] = ["Entente.Domain"],
        ["Entente.Simulation"] = ["Entente.Domain", "Entente.Models", "Entente.Formats"],
        ["Entente.Storage"] = ["Entente.Domain", "Entente.Models", "Entente.Simulation"],
        ["Entente.Reports"] = ["Entente.Domain", "Entente.Models", "Entente.Simulation"],
        ["Entente.Gpu"] = ["Entente.Domain", "Entente.Models", "Entente.Formats", "Entente.Simulation"],
        ["Entente.Application"] = ["Entente.Domain", "Entente.Formats", "Entente.Models", "Entente.Simulation", "Entente.Storage", "Entente.Reports", "Entente.Gpu"],
        ["Entente.Web"] = ["Entente.Application"],
        // The Orleans cluster implements the application layer's executor contract on silos; only front ends use it.
        ["Entente.Cluster"] = ["Entente.Application"],
        // The CLI hosts the web app (entente serve) and runs silos (entente silo); nothing else may use them.
        ["Entente.Cli"] = ["Entente.Application", "Entente.Web", "Entente.Cluster"],
    };

    /// <summary>The libraries: every project but the command line (the web app counts: the CLI uses it as one).</summary>
    public static IEnumerable<string> Libraries => Allowed.Keys.Where(k => k != "Entente.Cli");

    /// <summary>The file name a project compiles to.</summary>
    public static string AssemblyName(string project) => project == "Entente.Cli" ? "entente" : project;

    /// <summary>Every project a project may use, directly or through the projects it references.</summary>
    public static IReadOnlySet<string> Reachable(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Allowed[project]);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var below in Allowed[next])
                {
                    pending.Push(below);
                }
            }
        }
        return seen;
    }
}

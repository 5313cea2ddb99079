using System.CommandLine;
using Entente.Domain;

namespace Entente.Cli.Commands;

/// <summary>Options shared by the commands that run a model.</summary>
internal static class CommonOptions
{
    public static Argument<string> Scenario() => new("scenario")
    {
        Description = "Scenario file: YAML, or any supported import format (recognised by content).",
    };

    public static Option<string?> Model() => new("--model", "-m")
    {
        Description = "Model to run (see 'entente models'); default: the scenario's model, else compromise.",
    };

    public static Option<int?> Rounds() => new("--rounds", "-r")
    {
        Description = "Number of rounds (fixed-round models) or the most rounds (iterating models).",
    };

    public static Option<int?> TypeTrials() => new("--trials", "-n")
    {
        Description = "Monte Carlo trials over types for the diplomacy layer (default: the scenario's montecarlo.trials, else 2000; 0: the nominal run only).",
    };

    public static Option<ulong> Seed() => new("--seed", "-s")
    {
        Description = "Seed of every random draw; the same seed gives the same numbers.",
        DefaultValueFactory = _ => 0,
    };

    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format.",
        // Spelled as the commands with fewer formats spell theirs (lower case), not as the enum's names.
        HelpName = "table|json|csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<string[]> ModelOptions() => new("--option", "-o")
    {
        Description = "A model option as name=value (repeatable), e.g. --option utility=quadratic.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Parses name=value pairs; returns the problems for the ones without '='.</summary>
    public static (IReadOnlyList<ModelOption> Options, IReadOnlyList<string> Problems) ParseModelOptions(IEnumerable<string>? pairs)
    {
        var options = new List<ModelOption>();
        var problems = new List<string>();
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"--option '{pair}': expected name=value");
                continue;
            }
            options.Add(new ModelOption(pair[..equals].Trim(), pair[(equals + 1)..].Trim()));
        }
        return (options, problems);
    }

    /// <summary><c>--device cpu|gpu|auto</c>: where the command's heaviest work runs; <paramref name="what"/> says what that is.</summary>
    public static Option<Application.ComputeDevice> Device(string what) => new("--device")
    {
        Description = $"Where {what} run: cpu (this machine's cores), gpu (kernels on a CUDA device; without one on ILGPU's CPU accelerator, with a warning), auto (a CUDA device when there is one and the model has kernels, else the cores). The numbers do not depend on it.",
        DefaultValueFactory = _ => Application.ComputeDevice.Cpu,
    };
}

namespace Entente.Architecture.Tests;

/// <summary>
/// Entente.Models is pure computation: no files, streams or console, no clock of its own, no threads of its own.
/// Whoever runs a model (the engine) owns I/O, time and cores, and hands a model its loop runner. Checked on
/// the compiled assembly, so no spelling of a call escapes it.
/// </summary>
public sealed class ModelPurityTests
{
    private static readonly string[] ForbiddenNamespaces = ["System.IO", "System.Net", "System.Data"];

    private static readonly string[] ForbiddenTypes =
    [
        "System.Console", "System.Diagnostics.Stopwatch", "System.Diagnostics.Process", "System.Threading.Tasks.Parallel",
        "System.Threading.Thread", "System.Threading.ThreadPool", "System.Threading.Timer", "System.Threading.Tasks.TaskFactory",
        "System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTimeOffset::get_Now",
        "System.DateTimeOffset::get_UtcNow", "System.Threading.Tasks.Task::Run", "System.Threading.Tasks.Task::get_Factory",
    ];

    [Fact]
    public void The_models_use_no_io_clock_or_threads_of_their_own()
    {
        var offences = Offences(Repository.Read("Entente.Models", MetadataNames.Uses));

        Assert.True(offences.Count == 0, "Entente.Models uses: " + string.Join(", ", offences));
    }

    [Fact]
    public void The_check_catches_each_kind_of_offence()
    {
        // The same check over an assembly that does all of it: the engine, which owns threads and clocks.
        var uses = new[] { "System.IO.File::ReadAllText", "System.Console::WriteLine", "System.Diagnostics.Stopwatch::StartNew", "System.Threading.Tasks.Parallel::For", "System.Threading.Tasks.Task::Run", "System.Threading.Thread", "System.Environment::GetEnvironmentVariable" };

        Assert.Equal(uses.Length, Offences(uses).Count);
        Assert.Empty(Offences(["System.Math::Sqrt", "System.Threading.CancellationToken::ThrowIfCancellationRequested", "System.IOTA", IteratorThreadCheck]));
        Assert.NotEmpty(Offences(Repository.Read("Entente.Simulation", MetadataNames.Uses)));
    }

    // The compiler's iterators read the managed thread id to hand out their enumerator; nothing else of Environment
    // (variables, processor count, ticks) belongs in a model.
    private const string IteratorThreadCheck = "System.Environment::get_CurrentManagedThreadId";

    private static List<string> Offences(IEnumerable<string> uses) => uses.Distinct(StringComparer.Ordinal).Where(use =>
    {
        var type = use.Split("::")[0];
        return (type == "System.Environment" && use.Contains("::", StringComparison.Ordinal) && use != IteratorThreadCheck)
            || ForbiddenNamespaces.Any(ns => type.StartsWith(ns + ".", StringComparison.Ordinal))
            || ForbiddenTypes.Any(f => f.Contains("::", StringComparison.Ordinal) ? use == f : type == f || type.StartsWith(f + "+", StringComparison.Ordinal));
    }).Order(StringComparer.Ordinal).ToList();
}

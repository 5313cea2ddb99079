using Entente.Formats;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Application.Tests;

/// <summary>
/// The application layer as a host builds it (<see cref="ServiceCollectionExtensions.AddEntenteApplication"/>), with a
/// fixed clock registered first, a SQLite run store in a folder of the test's own, and the repository's examples.
/// </summary>
internal sealed class Harness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public Harness()
    {
        Folder = Directory.CreateTempSubdirectory("entente-app-").FullName;
        _services = new ServiceCollection().AddSingleton<TimeProvider>(Clock).AddEntenteApplication().BuildServiceProvider();
    }

    public FixedClock Clock { get; } = new(Now);

    /// <summary>A folder the test may write in; deleted afterwards.</summary>
    public string Folder { get; }

    /// <summary>A SQLite run store of the test's own.</summary>
    public string Store => Path.Combine(Folder, "runs.db");

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>An example scenario, read and validated as a command would.</summary>
    public static ScenarioDocument Example(string name) => ScenarioFiles.Load(Paths.Example(name));

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A clock that reads a set time, so that stored start times can be asserted exactly.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Files of the repository that tests read.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static string Data(string relative) => Path.Combine(Root, "tests", "data", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (Entente.slnx) not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Collects progress as it is reported (on the worker's thread, at once).</summary>
internal sealed class Recorder : IProgress<RunProgress>
{
    private readonly List<RunProgress> _seen = [];

    public IReadOnlyList<RunProgress> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public void Report(RunProgress value)
    {
        lock (_seen)
        {
            _seen.Add(value);
        }
    }
}

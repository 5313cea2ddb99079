namespace Entente.Formats.Tests;

/// <summary>The repository's root folder (where Entente.slnx is), for tests that read examples, data or docs.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (Entente.slnx) not found above " + AppContext.BaseDirectory);
    }
}

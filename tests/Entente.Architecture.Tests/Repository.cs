using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Entente.Architecture.Tests;

/// <summary>The repository's source projects and their compiled assemblies, read as metadata (never loaded to run).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ProjectFile(string project) => Path.Combine(Root, "src", project, project + ".csproj");

    /// <summary>The compiled assembly of <paramref name="project"/>, from this test's output folder.</summary>
    public static string AssemblyPath(string project) => Path.Combine(AppContext.BaseDirectory, Layers.AssemblyName(project) + ".dll");

    /// <summary>Runs <paramref name="read"/> over the assembly's metadata.</summary>
    public static T Read<T>(string project, Func<MetadataReader, T> read)
    {
        using var stream = File.OpenRead(AssemblyPath(project));
        using var pe = new PEReader(stream);
        return read(pe.GetMetadataReader());
    }

    /// <summary>The names of the assemblies the compiled assembly references.</summary>
    public static IReadOnlyList<string> ReferencedAssemblies(string project) => Read(project, reader =>
        reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList());

    /// <summary>The project references declared in the project file.</summary>
    public static IReadOnlyList<string> DeclaredReferences(string project) =>
        System.Xml.Linq.XDocument.Load(ProjectFile(project)).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension((string)e.Attribute("Include")!)).ToList();

    /// <summary>The assembly as a reflection-only view, for its public types and their signatures.</summary>
    public static Assembly Load(string project) => Assembly.LoadFrom(AssemblyPath(project));

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

namespace Entente.Web;

/// <summary>
/// The bundled example scenarios (examples/*.yaml, copied beside the app), offered by name. A request names one
/// from this list; nothing a client sends ever becomes a path on the server.
/// </summary>
internal sealed class ExampleLibrary
{
    private readonly Dictionary<string, string> _files;

    public ExampleLibrary()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "examples");
        _files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.Ordinal)
            : [];
    }

    public IReadOnlyList<string> Names => [.. _files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The name problems in the example are reported under: its path in the repository, as the CLI shows it.</summary>
    public static string DisplayName(string name) => $"examples/{name}.yaml";

    /// <summary>The example's text, or a 404 problem naming the nearest name.</summary>
    public string Text(string name) => File.ReadAllText(PathOf(name));

    private string PathOf(string name)
    {
        if (_files.TryGetValue(name, out var file))
        {
            return file;
        }
        var nearest = Domain.Spelling.Nearest(name, [.. _files.Keys]);
        throw new ApiProblemException(StatusCodes.Status404NotFound, "No such example",
            [ProblemEntry.About("example", $"example: no bundled example '{name}'{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; see GET /api/examples")]);
    }
}

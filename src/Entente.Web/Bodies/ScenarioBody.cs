namespace Entente.Web;

/// <summary>
/// A scenario in a request: its text in any supported format (<c>scenario</c>, with <c>name</c> to report problems
/// under), or a bundled example by name (<c>example</c>, see <c>GET /api/examples</c>). Never a server path.
/// </summary>
internal record ScenarioBody
{
    /// <summary>The scenario's text: YAML, an actor table, KTAB's CSV or an exchange-model file.</summary>
    public string? Scenario { get; init; }

    /// <summary>The file name problems are reported under (a plain name, no folders); default <c>scenario</c>.</summary>
    public string? Name { get; init; }

    /// <summary>A bundled example's name instead of <see cref="Scenario"/>, e.g. <c>ec-cars-1994</c>.</summary>
    public string? Example { get; init; }
}

namespace Entente.Application;

/// <summary>
/// One thing wrong with a request, naming the field (or option) it is about. <see cref="Message"/> is a whole
/// sentence; when <see cref="NamesField"/> is true it begins with the field's name (<c>rounds must be …</c>), so
/// a command line can show it as its option (<c>--rounds must be …</c>) and a web form beside its field.
/// </summary>
/// <param name="Field">The request's field in kebab case (<c>rounds</c>, <c>position-step</c>), or <c>scenario</c>, <c>model</c>, <c>store</c>.</param>
/// <param name="Message">What is wrong, as one sentence.</param>
/// <param name="NamesField">True when <paramref name="Message"/> starts with <paramref name="Field"/>.</param>
public sealed record RequestProblem(string Field, string Message, bool NamesField = false)
{
    /// <summary>The file the problem is in, when it is about one (a scenario, a table); null otherwise.</summary>
    public string? Location { get; init; }

    /// <summary>A problem whose sentence is the field's name followed by <paramref name="predicate"/>.</summary>
    public static RequestProblem Of(string field, string predicate) => new(field, $"{field} {predicate}", NamesField: true);

    /// <inheritdoc />
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}

using Entente.Application;
using Entente.Domain.Validation;
using Entente.Formats;

namespace Entente.Web;

/// <summary>
/// The scenario of a request, read and validated by the application layer's <see cref="DocumentService"/> (any
/// format, recognised by content): a usable document with its warnings, or a 422 with every located problem.
/// </summary>
internal sealed class ScenarioReader(DocumentService documents, ExampleLibrary examples)
{
    public sealed record Read(ScenarioDocument Document, IReadOnlyList<string> Warnings);

    public async Task<Read> ReadAsync(ScenarioBody body, CancellationToken cancellation)
    {
        var load = await documents.RunAsync(Request(body, allowErrors: false), null, cancellation);
        if (load.Document is null)
        {
            throw ApiProblems.Scenario(load.Diagnostics);
        }
        return new Read(load.Document, [.. load.Diagnostics.Where(d => d.Severity != Severity.Error).Select(d => d.ToString())]);
    }

    /// <summary>The application layer's request: the text under its plain name, or a bundled example's file.</summary>
    public ScenarioRequest Request(ScenarioBody body, bool allowErrors)
    {
        if (body.Example is { } example)
        {
            if (body.Scenario is not null)
            {
                throw ApiProblemException.BadField("example", "example: give either a scenario's text or an example's name, not both");
            }
            return new ScenarioRequest { Text = examples.Text(example), Name = ExampleLibrary.DisplayName(example), AllowErrors = allowErrors };
        }
        if (body.Scenario is not { } text)
        {
            throw ApiProblemException.BadField("scenario", "scenario: a scenario is required: its text as 'scenario', or a bundled example's name as 'example'");
        }
        return new ScenarioRequest { Text = text, Name = FileNames.Check(body.Name, "scenario"), AllowErrors = allowErrors };
    }
}

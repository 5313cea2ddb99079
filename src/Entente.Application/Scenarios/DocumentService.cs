using Entente.Domain.Validation;
using Entente.Formats;
using Entente.Formats.Importers.Deu;

namespace Entente.Application;

/// <summary>
/// Scenario documents: reads and validates any supported format (every problem located, warnings as data), and
/// converts one to YAML. The use case behind <c>validate</c> and <c>convert</c>, and the first step of every run.
/// </summary>
public sealed class DocumentService
{
    /// <summary>Reads and validates the scenario. Never throws for bad input: problems are in the result.</summary>
    /// <exception cref="RequestException">The request itself is invalid.</exception>
    public Task<ScenarioLoad> RunAsync(ScenarioRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Load(request));
    }

    /// <summary>Writes the scenario, or a DEU proposal, as YAML.</summary>
    /// <exception cref="RequestException">The request is invalid, names no such proposal, or the scenario cannot be written.</exception>
    public Task<Conversion> ConvertAsync(ConversionRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        cancellation.ThrowIfCancellationRequested();
        Domain.Scenario scenario;
        IReadOnlyList<Diagnostic> diagnostics = [];
        if (request.Proposal is { } id)
        {
            DeuDataset dataset;
            try
            {
                dataset = DeuImporter.Load(request.Scenario.Path!);
            }
            catch (ScenarioLoadException e)
            {
                return Task.FromResult(new Conversion { Diagnostics = e.Diagnostics });
            }
            if (DeuProposals.Of(dataset, id) is not { } found)
            {
                var known = dataset.Issues.Select(i => i.ProposalId).Distinct(StringComparer.Ordinal).ToArray();
                var nearest = Domain.Spelling.Nearest(id, known);
                throw new RequestException([new RequestProblem("proposal", $"proposal: no proposal '{id}' in the table{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}", NamesField: true) { Location = request.Scenario.Path }]);
            }
            scenario = found;
        }
        else
        {
            var load = Load(request.Scenario);
            if (load.Document is null)
            {
                return Task.FromResult(new Conversion { Diagnostics = load.Diagnostics, StoppedByErrors = load.Read });
            }
            scenario = load.Document.Scenario;
            diagnostics = load.Diagnostics;
        }
        // The writer does not write the diplomacy layer version 2 yet: refuse rather than lose it.
        if (scenario.Strategic is { FromVersion1: false })
        {
            throw new RequestException([new RequestProblem("scenario", "diplomacy: the YAML writer cannot write a version-2 diplomacy layer yet; not converted (the file is already YAML)")
            {
                Location = request.Scenario.Path ?? request.Scenario.Name,
            }]);
        }
        return Task.FromResult(new Conversion { Yaml = YamlScenarioWriter.Write(scenario), Diagnostics = diagnostics });
    }

    /// <summary>Reads a scenario synchronously: for services that load one as their first step.</summary>
    internal static ScenarioLoad Load(ScenarioRequest request)
    {
        ScenarioDocument document;
        try
        {
            document = request.Path is { } path ? ScenarioFiles.Load(path, request.Found) : ScenarioFiles.Parse(request.Text!, request.Name, request.Found);
        }
        catch (ScenarioLoadException e)
        {
            return new ScenarioLoad { Diagnostics = e.Diagnostics };
        }
        IReadOnlyList<Diagnostic> diagnostics = [.. document.Validate(), .. ModelDiagnostics(document)];
        var usable = request.AllowErrors || !diagnostics.Any(d => d.Severity == Severity.Error);
        return new ScenarioLoad { Document = usable ? document : null, Diagnostics = diagnostics, Read = true };
    }

    // The file's model block, checked as a forecast would use it: an unknown model or an option it cannot read is a
    // problem of the file, at the line of the name or the option, not a surprise when the scenario is run.
    private static IEnumerable<Diagnostic> ModelDiagnostics(ScenarioDocument document)
    {
        if (document.Scenario.Model is not { } model)
        {
            return [];
        }
        try
        {
            Models.ModelCatalog.Create(model.Name, model.Options);
            return [];
        }
        catch (Models.ModelOptionsException e)
        {
            return e.Problems.Select(problem =>
            {
                var option = model.Options.FirstOrDefault(o => problem.Contains($"'{o.Name}'", StringComparison.Ordinal));
                var path = option is null ? "model.name" : $"model.options.{option.Name}";
                var found = document.Map.TryLocate(path, out var line, out var column) || document.Map.TryLocate("model", out line, out column);
                return new Diagnostic(document.File, found ? line : null, found ? column : null, path, problem);
            }).ToArray();
        }
    }
}

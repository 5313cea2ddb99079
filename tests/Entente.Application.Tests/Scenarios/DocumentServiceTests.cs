using Entente.Domain.Validation;

namespace Entente.Application.Tests.Scenarios;

public sealed class DocumentServiceTests
{
    private const string TwoProblems = """
        name: Two problems
        salienceScale: unit
        actors:
          - { id: a, name: A, capability: 1 }
          - { id: b, name: B, capability: -2 }
        issues:
          - id: x
            name: X
            scale: { min: 0, max: 100 }
            positions:
              a: { position: 10, salience: 0.5 }
              b: { position: 150, salience: 0.5 }
        """;

    [Fact]
    public async Task Pasted_text_is_read_with_every_problem_located_under_its_name()
    {
        var load = await new DocumentService().RunAsync(new ScenarioRequest { Text = TwoProblems, Name = "pasted.yaml" });

        Assert.Null(load.Document);
        Assert.True(load.Read);
        Assert.True(load.Errors >= 2, string.Join("\n", load.Diagnostics));
        Assert.All(load.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Equal("pasted.yaml", d.File));
        Assert.Contains(load.Diagnostics, d => d.Line == 5);
        Assert.Contains(load.Diagnostics, d => d.Line == 12);
    }

    [Fact]
    public async Task Errors_may_be_allowed_to_keep_the_document_and_a_good_file_has_no_errors()
    {
        var service = new DocumentService();

        var kept = await service.RunAsync(new ScenarioRequest { Text = TwoProblems, AllowErrors = true });
        var good = await service.RunAsync(new ScenarioRequest { Path = Paths.Example("ec-cars-1994.yaml") });

        Assert.NotNull(kept.Document);
        Assert.Equal("Two problems", kept.Document.Scenario.Name);
        Assert.Equal(0, good.Errors);
        Assert.Equal("EC emission standards for medium-sized cars", good.Document!.Scenario.Name);
    }

    [Fact]
    public async Task Text_that_is_no_scenario_at_all_gives_diagnostics_not_an_exception()
    {
        var load = await new DocumentService().RunAsync(new ScenarioRequest { Text = "just: [unclosed", Name = "junk" });

        Assert.False(load.Read);
        Assert.Null(load.Document);
        Assert.NotEmpty(load.Diagnostics);
    }

    [Fact]
    public async Task Conversion_writes_an_importer_format_as_yaml_that_reads_back_to_the_same_scenario()
    {
        var service = new DocumentService();

        var conversion = await service.ConvertAsync(new ConversionRequest { Scenario = new ScenarioRequest { Path = Paths.Data("reference/exchange/cop21.csv") } });
        var back = await service.RunAsync(new ScenarioRequest { Text = conversion.Yaml!, Name = "cop21.yaml" });

        Assert.Equal(0, back.Errors);
        var original = (await service.RunAsync(new ScenarioRequest { Path = Paths.Data("reference/exchange/cop21.csv") })).Document!.Scenario;
        Assert.Equal(original.Actors.Select(a => a.Id), back.Document!.Scenario.Actors.Select(a => a.Id));
        Assert.Equal(original.Stances.Count, back.Document.Scenario.Stances.Count);
    }

    [Fact]
    public async Task A_version_2_diplomacy_file_is_refused_rather_than_written_without_its_layer()
    {
        var refused = await Assert.ThrowsAsync<RequestException>(() => new DocumentService().ConvertAsync(
            new ConversionRequest { Scenario = new ScenarioRequest { Path = Paths.Example("korea-2010-yeonpyeong.yaml") } }));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(Paths.Example("korea-2010-yeonpyeong.yaml"), problem.Location);
        Assert.StartsWith("diplomacy: the YAML writer cannot write a version-2 diplomacy layer", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_deu_proposal_is_refused_with_the_nearest_one()
    {
        var refused = await Assert.ThrowsAsync<RequestException>(() => new DocumentService().ConvertAsync(
            new ConversionRequest { Scenario = new ScenarioRequest { Path = Paths.Data("deu/deu3-dev.tsv") }, Proposal = "no-such-proposal" }));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("proposal", problem.Field);
        Assert.StartsWith("proposal: no proposal 'no-such-proposal' in the table", problem.Message, StringComparison.Ordinal);
    }
}

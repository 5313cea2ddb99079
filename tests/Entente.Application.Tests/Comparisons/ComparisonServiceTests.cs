using System.Text.Json;
using Entente.Storage;

namespace Entente.Application.Tests.Comparisons;

public sealed class ComparisonServiceTests
{
    private static ComparisonRequest Korea(string? store = null) => new()
    {
        Scenario = Harness.Example("korea-2010-yeonpyeong.yaml"),
        Variants = ["praise-in-private"],
        Trials = 30,
        Attribution = 10,
        SaveTo = store,
    };

    [Fact]
    public async Task A_variant_is_compared_with_the_base_over_the_same_draws_and_attributed()
    {
        using var harness = new Harness();

        var outcome = await harness.Get<ComparisonService>().RunAsync(Korea());

        var variant = Assert.Single(outcome.Variants);
        Assert.Equal("praise-in-private", variant.Name);
        Assert.Equal(30, variant.Paired!.Trials);
        Assert.NotEmpty(outcome.Attributions);
        var document = JsonDocument.Parse(outcome.Json).RootElement;
        Assert.Equal("praise-in-private", document.GetProperty("variants")[0].GetProperty("name").GetString());
        Assert.Equal(outcome.Attributions.Count, document.GetProperty("attribution").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_variant_is_refused_on_its_field()
    {
        using var harness = new Harness();

        var refused = await Assert.ThrowsAsync<RequestException>(() => harness.Get<ComparisonService>().RunAsync(Korea() with { Variants = ["no-such-variant"] }));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("variant", problem.Field);
        Assert.Contains("no-such-variant", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_comparison_keeps_its_document_under_the_base_runs_model_and_seed()
    {
        using var harness = new Harness();

        var outcome = await harness.Get<ComparisonService>().RunAsync(Korea(harness.Store) with { Attribution = 0 });

        using var store = StoreLocation.Open(harness.Store, harness.Clock);
        var stored = store.Find(outcome.Saved!.Id!.Value)!;
        Assert.Equal(RunKind.Compare, stored.Kind);
        Assert.Equal(outcome.Json, stored.SummaryJson);
        Assert.Equal(outcome.Base.Model, stored.Model);
        Assert.Equal(Harness.Now, stored.StartedAt);
    }
}

using System.Text.Json;
using Entente.Formats;

namespace Entente.Application.Tests.Advice;

/// <summary>The advise use case: a request that names its bad fields, and a document with the fields issue #20 names.</summary>
public sealed class AdviceServiceTests
{
    private static ScenarioDocument Tying() =>
        ScenarioFiles.Load(Path.Combine(AppContext.BaseDirectory, "data", "advice", "tying-hands-public.yaml"));

    [Fact]
    public void A_request_names_every_bad_field_at_once()
    {
        var problems = new AdviceRequest { Objective = "victory", Levers = ["position", "bribery"], Budget = 0, Trials = 0, Search = "random" }.Validate();

        Assert.Equal(["actor", "objective", "levers", "budget", "trials", "search", "scenario"], problems.Select(p => p.Field));
        Assert.Contains("bribery", problems.Single(p => p.Field == "levers").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_or_issue_the_scenario_lacks_is_refused_naming_the_field()
    {
        Assert.Equal("actor", Assert.Single(new AdviceRequest { Scenario = Tying(), Actor = "US" }.Validate()).Field);
        Assert.Equal("issue", Assert.Single(new AdviceRequest { Scenario = Tying(), Actor = "A", Issues = ["kp_strike"] }.Validate()).Field);
        Assert.Equal("objective", Assert.Single(new AdviceRequest { Scenario = Tying(), Actor = "A", Objective = "deal" }.Validate()).Field);
    }

    [Fact]
    public async Task The_service_refuses_an_invalid_request_with_its_problems()
    {
        using var harness = new Harness();
        var e = await Assert.ThrowsAsync<RequestException>(() => harness.Get<AdviceService>().RunAsync(new AdviceRequest { Scenario = Tying(), Actor = "Z" }));
        Assert.Equal("actor", Assert.Single(e.Problems).Field);
    }

    [Fact]
    public async Task The_document_ranks_levers_with_kind_description_effect_helps_share_and_cost_and_states_the_caveat()
    {
        using var harness = new Harness();
        var outcome = await harness.Get<AdviceService>().RunAsync(new AdviceRequest
        {
            Scenario = Tying(),
            Actor = "A",
            Levers = ["channel", "signal"],
            Trials = 100,
        });

        using var json = JsonDocument.Parse(outcome.Json);
        var root = json.RootElement;
        Assert.Equal("A", root.GetProperty("actor").GetString());
        Assert.Equal("outcome", root.GetProperty("objective").GetString());
        Assert.Equal(100, root.GetProperty("trials").GetInt32());
        Assert.Equal(1ul, root.GetProperty("seed").GetUInt64()); // the scenario's montecarlo seed
        Assert.Contains("not a playbook", root.GetProperty("caveat").GetString(), StringComparison.Ordinal);
        var levers = root.GetProperty("levers").EnumerateArray().ToArray();
        Assert.Equal(outcome.Result.Candidates, levers.Length);
        var first = levers[0];
        Assert.Equal("channel", first.GetProperty("kind").GetString());
        Assert.Equal("send 'warning' public (not private)", first.GetProperty("description").GetString());
        var effect = first.GetProperty("effect");
        Assert.True(effect.GetProperty("low").GetDouble() <= effect.GetProperty("mean").GetDouble());
        Assert.True(effect.GetProperty("mean").GetDouble() <= effect.GetProperty("high").GetDouble());
        Assert.Equal(outcome.Result.Levers[0].HelpsShare, first.GetProperty("helpsShare").GetDouble());
        Assert.Equal(0.8, first.GetProperty("cost").GetProperty("audience").GetDouble(), 12);
        Assert.StartsWith("Send 'warning' public (not private): brings the outcome closer to A's ideal by ",
            first.GetProperty("narrative").GetString(), StringComparison.Ordinal);
        // Ranked by the mean change, best first.
        var means = levers.Select(l => l.GetProperty("effect").GetProperty("mean").GetDouble()).ToArray();
        Assert.Equal(means.OrderByDescending(m => m), means);
    }

    [Fact]
    public async Task The_same_request_gives_the_same_document_byte_for_byte()
    {
        using var harness = new Harness();
        var request = new AdviceRequest { Scenario = Tying(), Actor = "A", Levers = ["channel"], Trials = 60 };
        var first = await harness.Get<AdviceService>().RunAsync(request);
        var second = await harness.Get<AdviceService>().RunAsync(request);
        Assert.Equal(first.Json, second.Json);
    }
}

using System.Text.Json;

namespace Entente.Application.Tests.Games;

public sealed class GameServiceTests
{
    private const string TwoTypes = """
        name: two types
        senders:
          - { name: weak, prior: 7, payoff: [[0, 0.1], [-0.1, 0.1]], followThrough: [0, 0] }
          - { prior: 3, payoff: [[0.05, 0.5], [0.05, 0.5]], followThrough: [1, 1] }
        receivers:
          - { weight: 1, threshold: 0.5 }
        """;

    [Fact]
    public async Task A_game_given_as_text_is_solved_and_written_as_its_document()
    {
        var outcome = await new GameService().RunAsync(new GameRequest { Text = TwoTypes, Name = "pasted.yaml" });

        var (game, solution) = Assert.Single(outcome.Games);
        Assert.Equal("two types", game.Name);
        var document = JsonDocument.Parse(outcome.Json).RootElement.GetProperty("games")[0];
        Assert.Equal("two types", document.GetProperty("name").GetString());
        Assert.Equal(solution.Rho1, document.GetProperty("rho1").GetDouble());
        Assert.Equal(solution.Sigma.Length, document.GetProperty("sigma").GetArrayLength());
    }

    [Fact]
    public async Task A_file_with_problems_is_refused_with_them_located()
    {
        var refused = await Assert.ThrowsAsync<RequestException>(() => new GameService().RunAsync(new GameRequest { Text = "senders: [ { prior: -1 } ]", Name = "bad.yaml" }));

        Assert.NotEmpty(refused.Diagnostics);
        Assert.All(refused.Diagnostics, d => Assert.Equal("bad.yaml", d.File));
    }

    [Fact]
    public async Task Each_example_file_solves_to_finite_numbers()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.Root, "examples", "games"), "*.yaml"))
        {
            var outcome = await new GameService().RunAsync(new GameRequest { Path = file });

            Assert.NotEmpty(outcome.Games);
            Assert.All(outcome.Games, g => Assert.True(double.IsFinite(g.Solution.Rho1), file));
        }
    }
}

using System.Text;
using CsCheck;
using Entente.Formats;
using Entente.Simulation.Games;

namespace Entente.Simulation.Tests.Games;

/// <summary>Stage-game files: what they read into, where their problems are reported, and that junk never escapes as a crash.</summary>
public class StageGameFileTests
{
    private static readonly string Examples = FindExamples();

    [Fact]
    public void A_single_game_reads_with_infinite_thresholds_and_unnormalised_priors_and_weights()
    {
        var game = Assert.Single(StageGameFile.Parse("""
            name: two types
            senders:
              - { name: weak, prior: 7, payoff: [[0, 0.1], [-0.1, 0.1]], followThrough: [0, 0] }
              - { prior: 3, payoff: [[0.05, 0.5], [0.05, 0.5]], followThrough: [1, 1] }
            receivers:
              - { weight: 2, threshold: .inf }
              - { weight: 2, threshold: -.inf }
              - { weight: 4, threshold: 0.5 }
            """, "g.yaml"));

        Assert.Equal("two types", game.Name);
        Assert.Equal(["weak", "type 2"], game.TypeNames.ToArray());
        Assert.Equal(7, game.Game.Senders[0].Prior);
        Assert.Equal(-0.1, game.Game.Senders[0].ClaimUnfavourable);
        Assert.Equal(0.5, game.Game.Senders[1].SilentFavourable);
        Assert.Equal(1, game.Game.Senders[1].FollowThroughClaim);
        Assert.Equal([double.PositiveInfinity, double.NegativeInfinity, 0.5], game.Game.Receivers.Select(r => r.Threshold));
        Assert.Null(game.Setting);
    }

    [Fact]
    public void A_threat_template_with_resolve_builds_the_spec_4_3_payoffs_one_game_per_audience_cost()
    {
        var games = StageGameFile.Parse("""
            template: threat
            resolve: [0.4, 1]
            priors: [1, 3]
            gain: 0.5
            cost: 0.2
            audience: [0, 0.1]
            sunk: 0.05
            receivers: [{ weight: 1, loss: 0.25, stake: 0.5 }]
            """, "t.yaml");

        Assert.Equal(2, games.Count);
        Assert.Equal(["a = 0", "a = 0.1"], games.Select(g => g.Name));
        Assert.Equal(["r=0.4", "r=1"], games[0].TypeNames.ToArray());
        // r = 0.4: B = 0.2, F = 0.5·0.2 − 0.2 = −0.1; with a = 0.1, k = 0.05: U(claim, unfavourable) = max(F, −a) − k.
        var weak = games[1].Game.Senders[0];
        Assert.Equal(1, weak.Prior);
        Assert.Equal(0.2, weak.SilentFavourable, 12);
        Assert.Equal(-0.15, weak.ClaimUnfavourable, 12);
        Assert.Equal(0.15, weak.ClaimFavourable, 12);
        Assert.Equal(1, weak.FollowThroughClaim);
        Assert.Equal(0, games[0].Game.Senders[0].FollowThroughClaim);
        Assert.Equal(0.5, games[0].Game.Receivers[0].Threshold);
        Assert.Equal("threat: p = 0.5, W = 0.5, a = 0.1, k = 0.05, ω = 0, f = 0", games[1].Setting);
    }

    [Fact]
    public void Problems_point_at_the_value_at_fault()
    {
        var e = Assert.Throws<ScenarioLoadException>(() => StageGameFile.Parse("""
            senders:
              - { prior: 1, payoff: [[0, 1], [0, 1]], followThrough: [0, 2] }
            receivers:
              - { weight: 1, threshold: .nan }
            """, "g.yaml"));

        Assert.Equal(
            ["g.yaml:2:62: error: senders[0].followThrough[1]: 2 is not a probability in [0, 1]", "g.yaml:4:29: error: receivers[0].threshold: '.nan' is not a finite number"],
            e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_bundled_game_example_reads()
    {
        var files = Directory.GetFiles(Examples, "*.yaml");

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.NotEmpty(StageGameFile.Load(f)));
    }

    private static void ReadsOrRefuses(string text)
    {
        var task = Task.Run(() =>
        {
            try
            {
                StageGameFile.Parse(text, "fuzz.yaml");
            }
            catch (ScenarioLoadException)
            {
                // Refusing bad input is the expected outcome.
            }
        });
        Assert.True(task.Wait(TimeSpan.FromSeconds(5)), $"reading took too long: {text}");
    }

    [Fact]
    public void Random_bytes_are_read_or_refused_cleanly()
    {
        Gen.Byte.Array[0, 300].Sample(bytes => ReadsOrRefuses(Encoding.UTF8.GetString(bytes)), iter: 2000);
    }

    [Fact]
    public void Mutated_examples_are_read_or_refused_cleanly()
    {
        var seeds = Directory.GetFiles(Examples, "*.yaml").Select(File.ReadAllText).ToArray();
        var mutant =
            from seed in Gen.Int[0, seeds.Length - 1].Select(i => seeds[i])
            from at in Gen.Double[0, 1]
            from length in Gen.Int[0, 6]
            from insert in Gen.String[Gen.Char["{}[]:,-\n #&*!|>'\".0123456789einfa"], 0, 6]
            select Splice(seed, at, length, insert);
        mutant.Sample(ReadsOrRefuses, iter: 2000);
    }

    private static string Splice(string seed, double at, int length, string insert)
    {
        var position = (int)(at * seed.Length);
        var cut = Math.Min(length, seed.Length - position);
        return seed[..position] + insert + seed[(position + cut)..];
    }

    private static string FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var examples = Path.Combine(dir.FullName, "examples", "games");
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")) && Directory.Exists(examples))
            {
                return examples;
            }
        }
        throw new InvalidOperationException("examples/games not found");
    }
}

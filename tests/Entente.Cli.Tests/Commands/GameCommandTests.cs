using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// <c>entente game</c>: the worked examples of the diplomacy specification (§18 W3-W7, numbers from
/// <c>diplomacy-v2-reference.py</c>, to 1e-9) solved through the command, from raw games, template files,
/// template options and the bundled examples; the JSON shape, the 80-column table, and bad input.
/// </summary>
public class GameCommandTests
{
    private const double Tolerance = 1e-9;
    private static readonly double[] Fearon = [0.2, 0.4, 0.6, 0.8, 1.0];
    private static readonly double[] Uniform5 = [0.2, 0.2, 0.2, 0.2, 0.2];
    private static readonly (double Weight, double Loss, double Stake)[] FearonReceivers = [(0.3, 0.15, 0.5), (0.7, 1.0, 0.5)];

    // ---- W3 tying hands -------------------------------------------------------------------------

    [Fact]
    public void W3_tying_hands_as_raw_games_babbles_without_an_audience_cost_lets_r_0_6_bluff_at_0_1_and_separates_at_0_15()
    {
        var yaml = "games:\n"
            + ThreatGame("a = 0", Fearon, Uniform5, g: 0.5, p: 0.5, cost: 0.3, a: 0, k: 0, FearonReceivers)
            + ThreatGame("a = 0.1", Fearon, Uniform5, g: 0.5, p: 0.5, cost: 0.3, a: 0.1, k: 0, FearonReceivers)
            + ThreatGame("a = 0.15", Fearon, Uniform5, g: 0.5, p: 0.5, cost: 0.3, a: 0.15, k: 0, FearonReceivers);

        var games = Json(yaml);

        AssertW3(games);
        Assert.Equal(["a = 0", "a = 0.1", "a = 0.15"], games.Select(g => g.GetProperty("name").GetString()));
    }

    [Fact]
    public void W3_tying_hands_from_the_bundled_template_file_and_from_options_gives_the_same_games()
    {
        var fromFile = Json(Cli.Run("game", RepoPaths.Example("games/tying-hands.yaml"), "--format", "json"));
        var fromOptions = Json(Cli.Run("game", "--template", "threat", "--resolve", "0.2,0.4,0.6,0.8,1", "--gain", "0.5", "--cost", "0.3",
            "--audience", "0,0.1,0.15", "--receiver", "0.3:0.15:0.5", "--receiver", "0.7:1:0.5", "--format", "json"));

        AssertW3(fromFile);
        AssertW3(fromOptions);
        Assert.Equal(["tying hands, a = 0", "tying hands, a = 0.1", "tying hands, a = 0.15"], fromFile.Select(g => g.GetProperty("name").GetString()));
    }

    private static void AssertW3(JsonElement[] games)
    {
        Assert.Equal(3, games.Length);
        Assert.Equal("babbling", games[0].GetProperty("kind").GetString());
        Near(0, games[0], "c1");
        Assert.Equal("pure", games[1].GetProperty("kind").GetString());
        Near([0, 0, 1, 1, 1], games[1], "sigma");
        Near(0.3, games[1], "rho1");
        Near(2.0 / 3.0, games[1], "c1");
        Near([0, 0, 1.0 / 3, 1.0 / 3, 1.0 / 3], games[1], "posteriorClaim");
        Assert.Equal("pure", games[2].GetProperty("kind").GetString());
        Near([0, 0, 0, 1, 1], games[2], "sigma");
        Near(1, games[2], "c1");
        Near(0, games[2], "c0");
    }

    // ---- W4 sinking costs -----------------------------------------------------------------------

    [Fact]
    public void W4_sinking_costs_screen_out_the_weakest_then_separate_then_silence_everyone_with_D1_belief_on_r_1()
    {
        var games = Json(Cli.Run("game", RepoPaths.Example("games/sinking-costs.yaml"), "--format", "json"));

        Assert.Equal(3, games.Length);
        Near([0, 1, 1, 1, 1], games[0], "sigma");
        Near(0.5, games[0], "c1");
        Near([0, 0, 0, 1, 1], games[1], "sigma");
        Near(1, games[1], "c1");
        Near([0, 0, 0, 0, 0], games[2], "sigma");
        Near(0.4, games[2], "c0");
        Near(0.3, games[2], "rho0");
        Near([0, 0, 0, 0, 1], games[2], "posteriorClaim");
        Near(1, games[2], "c1");
    }

    [Fact]
    public void W4_as_a_raw_game_agrees_with_the_template()
    {
        var games = Json("games:\n" + ThreatGame("k = 0.2", Fearon, Uniform5, g: 0.5, p: 0.5, cost: 0.2, a: 0, k: 0.2, FearonReceivers));

        Near([0, 0, 0, 0, 0], games[0], "sigma");
        Near(0.4, games[0], "c0");
        Near(1, games[0], "c1");
    }

    // ---- W5 bluff -------------------------------------------------------------------------------

    [Fact]
    public void W5_the_weak_type_bluffs_with_probability_3_7_and_the_receiver_mixes_with_beta_one_half()
    {
        // One game, not a list: the file is the game itself.
        var raw = ThreatGame(null, [0.2, 1.0], [0.7, 0.3], g: 0.5, p: 0.5, cost: 0.2, a: 0.1, k: 0, [(1.0, 0.25, 0.5)]);
        var single = Regex.Replace(raw, "^  - ", "", RegexOptions.Multiline).Replace("\n    ", "\n", StringComparison.Ordinal);

        foreach (var games in new[] { Json(single), Json(Cli.Run("game", RepoPaths.Example("games/bluff.yaml"), "--format", "json")) })
        {
            var game = Assert.Single(games);
            Assert.Equal("mixed", game.GetProperty("kind").GetString());
            Near([0.428571428571428571, 1], game, "sigma");
            Near(0.5, game, "beta");
            Near(0.5, game, "rho1");
            Near(0.5, game, "c1");
            Near(0, game, "c0");
            Near([0.5, 0.5], game, "posteriorClaim");
        }
    }

    // ---- W6 report, W7 Kydd ---------------------------------------------------------------------

    [Fact]
    public void W6_a_report_without_a_lie_cost_is_cheap_talk_and_with_lie_cost_0_5_fully_informative()
    {
        var fromFile = Json(Cli.Run("game", RepoPaths.Example("games/cheap-talk-report.yaml"), "--format", "json"));
        var fromOptions = Json(Cli.Run("game", "--template", "report", "--truth", "0,1", "--priors", "0.6,0.4", "--benefit", "0.3", "--lie-cost", "0,0.5", "--format", "json"));
        var viaAudience = Json(Cli.Run("game", "--template", "report", "--truth", "0,1", "--priors", "0.6,0.4", "--benefit", "0.3", "--audience", "0,1", "--format", "json"));

        foreach (var games in new[] { fromFile, fromOptions, viaAudience })
        {
            Assert.Equal("babbling", games[0].GetProperty("kind").GetString());
            Near(0.4, games[0], "c1");
            Assert.Equal("pure", games[1].GetProperty("kind").GetString());
            Near([0, 1], games[1], "sigma");
            Near(1, games[1], "c1");
        }
    }

    [Fact]
    public void W7_Kydd_reassurance_free_words_babble_tied_hands_and_sunk_costs_make_the_promise_credible()
    {
        var games = Json(Cli.Run("game", RepoPaths.Example("games/kydd-reassurance.yaml"), "--format", "json"));

        Assert.Equal("babbling", games[0].GetProperty("kind").GetString());
        Near(0.2, games[0], "c1");
        Near([0, 1, 1], games[1], "sigma");
        Near(1, games[1], "c1");
        Near([0, 0.6, 0.4], games[1], "posteriorClaim");
        Near([0, 0, 1], games[2], "sigma");
        Near(1, games[2], "c1");
    }

    [Fact]
    public void W7_from_options_with_audience_and_sunk_crossed()
    {
        var games = Json(Cli.Run("game", "--template", "promise", "--reciprocity", "0,0.5,1", "--priors", "0.5,0.3,0.2", "--benefit", "0.08",
            "--cost", "0.3", "--audience", "0,0.1", "--sunk", "0,0.15", "--receiver", "1:0.1:0.25", "--format", "json"));

        Assert.Equal(["a = 0, k = 0", "a = 0, k = 0.15", "a = 0.1, k = 0", "a = 0.1, k = 0.15"], games.Select(g => g.GetProperty("name").GetString()));
        Near(0.2, games[0], "c1");
        Near([0, 0, 1], games[1], "sigma");
        Near([0, 1, 1], games[2], "sigma");
    }

    // ---- JSON shape -----------------------------------------------------------------------------

    [Fact]
    public void Json_has_every_field_in_file_order_beta_null_when_nobody_mixes_and_numbers_that_round_trip()
    {
        var result = Cli.Run("game", RepoPaths.Example("games/bluff.yaml"), "--format", "json");
        var pure = Json(Cli.Run("game", RepoPaths.Example("games/tying-hands.yaml"), "--format", "json"))[1];

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0.4285714285714286", result.Out, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, pure.GetProperty("beta").ValueKind);
        Assert.Equal(
            ["name", "kind", "sigma", "rho0", "rho1", "beta", "c0", "c1", "posteriorClaim", "posteriorSilent", "informativeness", "equilibria"],
            pure.EnumerateObject().Select(p => p.Name));
        var sigma = Json(result)[0].GetProperty("sigma")[0].GetDouble();
        Assert.Equal(3.0 / 7.0, sigma, 15);
    }

    [Fact]
    public void A_game_without_a_name_has_no_name_field()
    {
        var game = Assert.Single(Json("senders: [{ prior: 1, payoff: [[0, 1], [0, 1]], followThrough: [0, 0] }]\nreceivers: [{ weight: 1, threshold: .inf }]\n"));

        Assert.False(game.TryGetProperty("name", out _));
        Assert.Equal("babbling", game.GetProperty("kind").GetString());
        Near(0, game, "rho1");
    }

    // ---- the table ------------------------------------------------------------------------------

    [Theory]
    [InlineData("games/tying-hands.yaml")]
    [InlineData("games/sinking-costs.yaml")]
    [InlineData("games/bluff.yaml")]
    [InlineData("games/kydd-reassurance.yaml")]
    [InlineData("games/cheap-talk-report.yaml")]
    public void The_table_fits_80_columns(string example)
    {
        var result = Cli.Run("game", RepoPaths.Example(example));

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public void The_table_explains_the_bluff_in_words()
    {
        var text = Cli.Run("game", RepoPaths.Example("games/bluff.yaml")).Out;
        var words = Regex.Replace(text, @"\s+", " ");

        Assert.Contains("Equilibrium: mixed", words, StringComparison.Ordinal);
        Assert.Contains("r=1 claims; r=0.2 claims with probability 0.429", words, StringComparison.Ordinal);
        Assert.Contains("ρ1 = 0.5", words, StringComparison.Ordinal);
        Assert.Contains("β = 0.5", words, StringComparison.Ordinal);
        Assert.Contains("c1 = 0.5", words, StringComparison.Ordinal);
        Assert.Contains("r=0.2 bluffs", words, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_explains_tying_hands_and_off_path_beliefs()
    {
        var tying = Regex.Replace(Cli.Run("game", RepoPaths.Example("games/tying-hands.yaml")).Out, @"\s+", " ");
        var sinking = Regex.Replace(Cli.Run("game", RepoPaths.Example("games/sinking-costs.yaml")).Out, @"\s+", " ");

        Assert.Contains("cheap talk", tying, StringComparison.Ordinal);
        Assert.Contains("r=0.6, r=0.8 and r=1 claim; r=0.2 and r=0.4 stay silent", tying, StringComparison.Ordinal);
        Assert.Contains("c1 = 0.667", tying, StringComparison.Ordinal);
        Assert.Contains("Side by side", tying, StringComparison.Ordinal);
        Assert.Contains("reads it (D1) as coming from r=1", sinking, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_names_and_huge_payoffs_still_fit_80_columns_and_numbers_are_never_split()
    {
        var yaml = """
            name: a game whose name is much longer than any line of the table could ever hold without wrapping it somewhere
            senders:
              - { name: an-extremely-long-type-name, prior: 1e-300, payoff: [[-123456789012345, 1e300], [-1e300, 0.000001]], followThrough: [0, 1] }
              - { prior: 12345678901, payoff: [[0, 1], [-0.123456789, 0.987654321]], followThrough: [1, 1] }
            receivers:
              - { weight: 1, threshold: 0.5 }
              - { weight: 1e10, threshold: -.inf }
            """;
        var result = WithFile(yaml, path => Cli.Run("game", path));
        var text = result.Out;

        Assert.Equal(0, result.ExitCode);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"{line.Length} columns: {line}"));
        Assert.Contains(" -1E+300 ", text, StringComparison.Ordinal);
        Assert.Contains("an-extremel… ", text, StringComparison.Ordinal);
    }

    // ---- the documentation ----------------------------------------------------------------------

    [Fact]
    public void Every_game_command_in_the_docs_and_the_readme_works_verbatim()
    {
        var commands = new[] { "docs/stage-games.md", "README.md" }
            .SelectMany(doc => File.ReadAllLines(Path.Combine(RepoPaths.Root, doc)))
            .Where(line => line.StartsWith("entente game ", StringComparison.Ordinal))
            .ToArray();

        Assert.True(commands.Length >= 9, $"found {commands.Length} commands");
        foreach (var command in commands)
        {
            var words = command.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(w => w.StartsWith("examples/", StringComparison.Ordinal) ? Path.Combine(RepoPaths.Root, w) : w)
                .ToArray();
            var result = Cli.Run(words);
            Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"{command}: exit {result.ExitCode}: {result.Error}");
        }
    }

    [Fact]
    public void The_outputs_shown_in_the_docs_are_what_the_commands_print()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/stage-games.md")).ReplaceLineEndings("\n");
        var bluff = Cli.Run("game", RepoPaths.Example("games/bluff.yaml")).Out.ReplaceLineEndings("\n");
        var sideBySide = Cli.Run("game", "--template", "threat", "--resolve", "0.2,0.4,0.6,0.8,1", "--gain", "0.5", "--cost", "0.3",
            "--audience", "0,0.1,0.15", "--receiver", "0.3:0.15:0.5", "--receiver", "0.7:1:0.5").Out.ReplaceLineEndings("\n");

        Assert.Contains("```text\n" + bluff + "```", doc, StringComparison.Ordinal);
        Assert.Contains("```text\n" + sideBySide[sideBySide.IndexOf("Side by side", StringComparison.Ordinal)..] + "```", doc, StringComparison.Ordinal);
    }

    // ---- bad input ------------------------------------------------------------------------------

    [Fact]
    public void Every_problem_of_a_bad_file_is_reported_at_its_line_and_column_with_exit_code_2()
    {
        var yaml = """
            games:
              - senders:
                  - { prior: -1, payoff: [[0, 1], [0, 1, 2]], followThrough: [0, 1.5] }
                  - { prior: abc, payoff: [[0, 1], [0, .nan]], followThrough: [0, 1], colour: red }
                  - { prior: 1, payoff: [0, 1], followThrough: [0] }
                receivers:
                  - { weight: 1, threshold: .inf }
                  - { weight: -2, threshold: -.inf }
              - senders: []
                receivers: []
              - senders:
                  - { prior: 0, payoff: [[0, 1], [0, 1]], followThrough: [0, 1] }
                receivers:
                  - { weight: 1, threshold: x }
            """;

        var (result, path) = WithFile(yaml, p => (Cli.Run("game", p), p));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(
        [
            $"{path}:3:18: error: games[0].senders[0].prior: -1 is not a finite non-negative number",
            $"{path}:3:39: error: games[0].senders[0].payoff[1]: expected two numbers [U(claim, unfavourable), U(claim, favourable)], found a list of 3",
            $"{path}:3:70: error: games[0].senders[0].followThrough[1]: 1.5 is not a probability in [0, 1]",
            $"{path}:4:18: error: games[0].senders[1].prior: 'abc' is not a finite number",
            $"{path}:4:44: error: games[0].senders[1].payoff[1][1]: '.nan' is not a finite number",
            $"{path}:4:75: error: games[0].senders[1].colour: unknown key 'colour'; expected one of name, prior, payoff, followThrough",
            $"{path}:5:29: error: games[0].senders[2].payoff: expected a 2×2 list [[U(silent, unfavourable), U(silent, favourable)], [U(claim, unfavourable), U(claim, favourable)]], found a flat list of 2",
            $"{path}:5:52: error: games[0].senders[2].followThrough: expected two numbers [φ(silent), φ(claim)], found a list of 1",
            $"{path}:8:19: error: games[0].receivers[1].weight: -2 is not a finite non-negative number",
            $"{path}:9:14: error: games[1].senders: needs at least one entry",
            $"{path}:10:16: error: games[1].receivers: needs at least one entry",
            $"{path}:12:7: error: games[2].senders: the priors must not all be zero",
            $"{path}:14:33: error: games[2].receivers[0].threshold: 'x' is not a finite number",
        ],
        Lines(result.Error));
    }

    [Fact]
    public void Template_problems_are_reported_where_the_file_gives_the_value()
    {
        var yaml = """
            template: threat
            resolve: [0.2, oops]
            gain: 0.5
            cost: 0.3
            priors: [1, 2, 3]
            success: 1.5
            audience: [0, -0.1]
            reaction: 0
            receivers: [{ weight: 1, loss: 0.1 }]
            tempalte: x
            """;

        var (result, path) = WithFile(yaml, p => (Cli.Run("game", p), p));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            $"{path}:2:16: error: resolve[1]: 'oops' is not a finite number",
            $"{path}:5:9: error: priors: gives 3 priors for 2 sender types",
            $"{path}:6:10: error: success: 1.5 is not a probability in [0, 1]",
            $"{path}:7:15: error: audience[1]: -0.1 is not a finite non-negative number",
            $"{path}:9:13: error: receivers[0].stake: missing required key 'stake' in receivers[0]",
            $"{path}:10:1: error: tempalte: unknown key 'tempalte' (did you mean 'template'?)",
        ],
        Lines(result.Error));
    }

    [Fact]
    public void A_promise_with_a_reaction_cost_or_an_unknown_template_is_refused()
    {
        var yaml = """
            games:
              - template: promise
                reciprocity: [0, 1]
                benefit: 0.1
                cost: 0.3
                reaction: 0.1
                receivers: [{ weight: 1, loss: 0.1, stake: 0.25 }]
              - template: promis
            """;

        var (result, path) = WithFile(yaml, p => (Cli.Run("game", p), p));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            $"{path}:6:15: error: games[0].reaction: a reaction cost applies to threats only, not to a promise (spec amendment A18)",
            $"{path}:8:15: error: games[1].template: unknown template 'promis' (did you mean 'promise'?); expected threat, promise or report",
        ],
        Lines(result.Error));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("games: []\n", "games: needs at least one game")]
    [InlineData("- 1\n- 2\n", "expected a stage game")]
    [InlineData("senders: [{ prior: 1, payoff: [[0, 1], [0, 1]], followThrough: [0, 1] }]\n", "missing required key 'receivers'")]
    public void Files_that_are_not_games_are_refused_with_exit_code_2(string yaml, string message)
    {
        var (result, _) = WithFile(yaml, p => (Cli.Run("game", p), p));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var result = Cli.Run("game", "no-such-game.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("no-such-game.yaml: error: file not found", result.Error.Trim());
    }

    [Fact]
    public void Template_options_report_every_problem_by_option()
    {
        var result = Cli.Run("game", "--template", "threat", "--resolve", "0.2,x", "--audience", "-1", "--receiver", "0.3:0.15");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            "error: --resolve: 'x' is not a finite number",
            "error: --cost: needed",
            "error: --gain: needed",
            "error: --receiver: '0.3:0.15' is not weight:loss:stake (three numbers, such as 0.3:0.15:0.5)",
        ],
        Lines(result.Error));
    }

    [Fact]
    public void Template_values_out_of_range_name_the_option()
    {
        var result = Cli.Run("game", "--template", "threat", "--resolve", "1", "--gain", "0.5", "--cost", "0.3", "--audience", "-1", "--priors", "-1", "--receiver", "0.3:0.15:0.5");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            "error: --priors: senders[0].prior: -1 is not a finite non-negative number",
            "error: --audience: audience[0]: -1 is not a finite non-negative number",
        ],
        Lines(result.Error));
    }

    [Theory]
    [InlineData("game")]
    [InlineData("game", "examples/games/bluff.yaml", "--template", "threat")]
    [InlineData("game", "--template", "report", "--truth", "0,1", "--benefit", "0.3", "--cost", "1")]
    [InlineData("game", "--template", "menace")]
    [InlineData("game", "--cost", "0.3")]
    public void Inconsistent_command_lines_are_bad_input(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_and_garbage_yaml_never_crash_the_command()
    {
        var fragments = Gen.OneOf(
            Gen.Const("games:\n"), Gen.Const("  - "), Gen.Const("senders: "), Gen.Const("receivers: "), Gen.Const("template: threat\n"),
            Gen.Const("{ prior: 1, payoff: [[0, 1], [0, 1]], followThrough: [0, 1] }"), Gen.Const("[{ weight: 1, threshold: .inf }]"),
            Gen.Const("resolve: [0.2, 1]\n"), Gen.Const("cost: 0.3\n"), Gen.Const("gain: 0.5\n"), Gen.Const("receivers: [{weight: 1, loss: 0.1, stake: 0.5}]\n"),
            Gen.Const("\n"), Gen.Const("-.inf"), Gen.Const("NaN"), Gen.Const("1e309"), Gen.Const("&a *a"), Gen.Const("[[["), Gen.Const("'"),
            Gen.String[Gen.Char["{}[]:,-\n #&*!|>'\"0123456789.e"], 0, 12]);
        var garbage = Gen.OneOf(
            fragments.Array[0, 20].Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts))),
            Gen.Byte.Array[0, 200]);
        // CsCheck samples on several threads: each sample has its own file.
        garbage.Sample(bytes =>
        {
            var file = Path.Combine(Path.GetTempPath(), $"entente-game-fuzz-{Guid.NewGuid():N}.yaml");
            File.WriteAllBytes(file, bytes);
            try
            {
                var table = Cli.Run("game", file);
                var json = Cli.Run("game", file, "--format", "json");
                return table.ExitCode is 0 or 2 && json.ExitCode == table.ExitCode && !table.Error.Contains("   at ", StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        }, iter: 400);
    }

    [Fact]
    public void Every_valid_game_is_solved_with_finite_numbers_and_a_probability_strategy()
    {
        var number = Gen.OneOf(Gen.Double[-1, 1], Gen.Const(0.0), Gen.Const(1e-12), Gen.Const(-1e6), Gen.Const(1e6), Gen.Const(0.5));
        var weight = Gen.OneOf(Gen.Double[0, 1], Gen.Const(0.0), Gen.Const(1e-12), Gen.Const(1e6));
        var phi = Gen.OneOf(Gen.Const(0.0), Gen.Const(1.0), Gen.Double[0, 1]);
        var sender = Gen.Select(weight, number.Array[4], phi.Array[2], (w, u, f) =>
            $"  - {{ prior: {R(w)}, payoff: [[{R(u[0])}, {R(u[1])}], [{R(u[2])}, {R(u[3])}]], followThrough: [{R(f[0])}, {R(f[1])}] }}\n");
        var threshold = Gen.OneOf(Gen.Double[-0.5, 1.5].Select(R), Gen.Const(".inf"), Gen.Const("-.inf"), Gen.Const("0.5"), Gen.Const("0"), Gen.Const("1"));
        var receiver = Gen.Select(weight, threshold, (w, t) => $"  - {{ weight: {R(w)}, threshold: {t} }}\n");
        var game = Gen.Select(sender.Array[1, 4], receiver.Array[1, 3], (ss, rs) => "senders:\n" + string.Concat(ss) + "receivers:\n" + string.Concat(rs));
        // CsCheck samples on several threads: each sample has its own file.
        game.Sample(yaml => WithFile(yaml, file =>
            {
                var result = Cli.Run("game", file, "--format", "json");
                if (result.ExitCode == 2)
                {
                    Assert.Matches("must not all be zero|too large", result.Error);
                    return true;
                }
                Assert.True(result.ExitCode == 0, result.Error);
                using var document = JsonDocument.Parse(result.Out);
                var solved = document.RootElement.GetProperty("games")[0];
                Assert.All(solved.GetProperty("sigma").EnumerateArray(), x => Assert.InRange(x.GetDouble(), 0, 1));
                Assert.InRange(solved.GetProperty("c1").GetDouble(), -1e-9, 1 + 1e-9);
                Assert.InRange(solved.GetProperty("rho1").GetDouble(), -1e-9, 1 + 1e-9);
                return true;
            }), iter: 1500);
    }

    [Fact]
    public void A_type_whose_prior_vanishes_beside_the_others_is_dropped_and_never_printed_as_NaN()
    {
        // Normalised, the first prior underflows to 0 although it is positive: the type has no weight, so the
        // solver drops it (amendment A12) instead of giving silence a 0/0 posterior.
        var yaml = """
            senders:
              - { prior: 1e-300, payoff: [[1e300, 0.5], [-1e300, 0]], followThrough: [0, 0] }
              - { prior: 1e300, payoff: [[0.5, -1e300], [0.5, 1e300]], followThrough: [0.25, 0] }
            receivers:
              - { weight: 1, threshold: -.inf }
            """;

        var (result, _) = WithFile(yaml, p => (Cli.Run("game", p, "--format", "json"), p));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("NaN", result.Out, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var game = json.RootElement.GetProperty("games")[0];
        Assert.Equal(0.0, game.GetProperty("posteriorClaim")[0].GetDouble());
        Assert.Equal(0.0, game.GetProperty("posteriorSilent")[0].GetDouble());
    }

    // ---- helpers --------------------------------------------------------------------------------

    /// <summary>
    /// One threat game as a raw `games:` entry, payoffs from the table of spec §4.3 (not from ThreatClaim):
    /// F = p·B − C (q = 0), U = [[max(F,0), B], [max(F,−a) − k, B − k]], φ = [F ≥ 0, F + a ≥ 0] (ties act,
    /// amendment A6), τ = L/Δ_R.
    /// </summary>
    private static string ThreatGame(string? name, double[] resolve, double[] prior, double g, double p, double cost, double a, double k,
        (double Weight, double Loss, double Stake)[] receivers)
    {
        var text = new StringBuilder(name is null ? "  - senders:\n" : $"  - name: {name}\n    senders:\n");
        for (var t = 0; t < resolve.Length; t++)
        {
            var benefit = resolve[t] * g;
            var f = (p * benefit) - cost;
            text.Append(CultureInfo.InvariantCulture,
                $"      - {{ prior: {R(prior[t])}, payoff: [[{R(Math.Max(f, 0))}, {R(benefit)}], [{R(Math.Max(f, -a) - k)}, {R(benefit - k)}]], followThrough: [{(f >= -1e-9 ? 1 : 0)}, {(f + a >= -1e-9 ? 1 : 0)}] }}\n");
        }
        text.Append("    receivers:\n");
        foreach (var (weight, loss, stake) in receivers)
        {
            text.Append(CultureInfo.InvariantCulture, $"      - {{ weight: {R(weight)}, threshold: {R(loss / stake)} }}\n");
        }
        return text.ToString();
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static JsonElement[] Json(string yaml) => WithFile(yaml, path => Json(Cli.Run("game", path, "--format", "json")));

    private static JsonElement[] Json(Cli.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        return [.. document.RootElement.GetProperty("games").EnumerateArray().Select(g => g.Clone())];
    }

    private static T WithFile<T>(string yaml, Func<string, T> use)
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-game-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            return use(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private static void Near(double expected, JsonElement game, string field) =>
        Assert.True(Math.Abs(expected - game.GetProperty(field).GetDouble()) <= Tolerance, $"{field}: expected {expected}, got {game.GetProperty(field)}");

    private static void Near(double[] expected, JsonElement game, string field)
    {
        var actual = game.GetProperty(field).EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"{field}[{i}]: expected {expected[i]}, got {actual[i]}");
        }
    }
}

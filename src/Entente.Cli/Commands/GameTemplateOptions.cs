using System.CommandLine;
using System.Collections.Immutable;
using System.Globalization;
using Entente.Simulation.Games;
using Entente.Models.Diplomacy.Claims;

namespace Entente.Cli.Commands;

/// <summary>
/// The claim-template inputs of <c>entente game --template …</c> as options, mirroring the keys of a
/// template file; lists are comma-separated. Problems are reported per option, all at once.
/// </summary>
internal sealed class GameTemplateOptions
{
    private readonly Option<string?> _template = new("--template", "-t") { Description = "Build the game from a claim template: threat, promise or report." };
    private readonly Option<string?> _name = new("--name") { Description = "A name for the game." };
    private readonly Option<string?> _resolve = new("--resolve") { Description = "Threat/promise: the sender types' resolve r (list); B_S = r·gain." };
    private readonly Option<string?> _gain = new("--gain") { Description = "With --resolve: g in B_S = r·g." };
    private readonly Option<string?> _reciprocity = new("--reciprocity") { Description = "The sender types' reciprocity q (one value, or a list that makes the types)." };
    private readonly Option<string?> _priors = new("--priors") { Description = "Prior weights of the types (list; default uniform; normalised)." };
    private readonly Option<string?> _benefit = new("--benefit") { Description = "B_S without --resolve; for a report, B." };
    private readonly Option<string?> _cost = new("--cost") { Description = "C_S: what carrying out the action costs the sender." };
    private readonly Option<string?> _success = new("--success") { Description = "p: probability that a threat carried out succeeds (default 0.5)." };
    private readonly Option<string?> _honourScale = new("--honour-scale") { Description = "W: the honour scale (default 0.5)." };
    private readonly Option<string?> _audience = new("--audience") { Description = "a: audience cost (tying hands); a list gives one game per value. Report: L_lie = a/2." };
    private readonly Option<string?> _sunk = new("--sunk") { Description = "k: sunk cost paid on claiming; a list gives one game per value." };
    private readonly Option<string?> _reaction = new("--reaction") { Description = "ω: reaction cost (threats only)." };
    private readonly Option<string?> _face = new("--face") { Description = "f: the receiver's face cost (threats only)." };
    private readonly Option<string[]> _receiver = new("--receiver") { Description = "A receiver type as weight:loss:stake (L_R, and Δ_R or G_R); repeatable." };
    private readonly Option<string?> _truth = new("--truth") { Description = "Report: per subject type, whether the report is true of it (list of 0/1)." };
    private readonly Option<string?> _lieCost = new("--lie-cost") { Description = "Report: L_lie (list: one game per value)." };

    public GameTemplateOptions() => _template.AcceptOnlyFromAmong("threat", "promise", "report");

    private IEnumerable<Option> All =>
    [
        _template, _name, _resolve, _gain, _reciprocity, _priors, _benefit, _cost, _success, _honourScale, _audience, _sunk, _reaction, _face, _receiver, _truth, _lieCost,
    ];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The template options given on the command line.</summary>
    public IReadOnlyList<string> Given(ParseResult parse) =>
        [.. All.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name)];

    /// <summary>The template's games, or null after writing every problem to <paramref name="error"/>.</summary>
    public IReadOnlyList<StageGameCase>? Build(ParseResult parse, TextWriter error)
    {
        var problems = new List<string>();
        var kind = parse.GetValue(_template) switch
        {
            "threat" => ClaimTemplateKind.Threat,
            "promise" => ClaimTemplateKind.Promise,
            "report" => ClaimTemplateKind.Report,
            _ => (ClaimTemplateKind?)null,
        };
        if (kind is null)
        {
            problems.Add("--template: needed with the template options (threat, promise or report)");
            Print(problems, error);
            return null;
        }
        var template = kind == ClaimTemplateKind.Report ? Report(parse, problems) : Claim(kind.Value, parse, problems);
        if (problems.Count == 0)
        {
            problems.AddRange(template.Problems().Select(p => $"{OptionOf(p.Field, parse)}: {(p.Field.Length > 0 ? p.Field + ": " : "")}{p.Message}"));
        }
        if (problems.Count > 0)
        {
            Print(problems, error);
            return null;
        }
        return template.Games();
    }

    private StageGameTemplate Claim(ClaimTemplateKind kind, ParseResult parse, List<string> problems)
    {
        Refuse(parse, problems, "not used by a threat or promise", _truth, _lieCost);
        var resolve = List(parse, _resolve, problems);
        var reciprocity = List(parse, _reciprocity, problems);
        var cost = Number(parse, _cost, problems, required: true);
        var byResolve = resolve is not null;
        if (byResolve && reciprocity is { Length: > 1 } && resolve!.Value.Length > 1)
        {
            problems.Add("--reciprocity: only one of --resolve and --reciprocity may list several values");
        }
        double gain = 0, benefit = 0;
        if (byResolve)
        {
            gain = Number(parse, _gain, problems, required: true);
            Refuse(parse, problems, "with --resolve the benefit is r·gain; give --gain", _benefit);
        }
        else
        {
            benefit = Number(parse, _benefit, problems, required: true);
            Refuse(parse, problems, "needs --resolve", _gain);
        }
        var types = byResolve && (resolve!.Value.Length > 1 || reciprocity is not { Length: > 1 }) ? resolve!.Value
            : reciprocity is { } qs ? qs : [0.0];
        var byReciprocity = !byResolve && reciprocity is not null;
        var priors = List(parse, _priors, problems) ?? [.. Enumerable.Repeat(1.0, types.Length)];
        if (priors.Length != types.Length)
        {
            problems.Add($"--priors: gives {priors.Length} priors for {types.Length} sender types");
        }
        var senders = new List<ClaimSender>();
        var names = new List<string>();
        for (var i = 0; i < types.Length && i < priors.Length; i++)
        {
            var r = byResolve ? resolve!.Value[Math.Min(i, resolve.Value.Length - 1)] : 0;
            var q = reciprocity is { } list ? list[Math.Min(i, list.Length - 1)] : 0;
            senders.Add(new ClaimSender(priors[i], byResolve ? r * gain : benefit, cost, q));
            names.Add(byResolve ? $"r={Show(r)}" : byReciprocity ? $"q={Show(q)}" : "the sender");
        }
        var receivers = new List<ClaimReceiver>();
        foreach (var text in parse.GetValue(_receiver) ?? [])
        {
            var parts = text.Split(':');
            var numbers = parts.Select(p => TryNumber(p, out var v) ? v : (double?)null).ToArray();
            if (parts.Length != 3 || numbers.Any(n => n is null))
            {
                problems.Add($"--receiver: '{text}' is not weight:loss:stake (three numbers, such as 0.3:0.15:0.5)");
                continue;
            }
            receivers.Add(new ClaimReceiver(numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value));
        }
        if (receivers.Count == 0 && problems.Count == 0)
        {
            problems.Add("--receiver: give at least one receiver type as weight:loss:stake");
        }
        return new StageGameTemplate
        {
            Kind = kind,
            Name = parse.GetValue(_name),
            TypeNames = [.. names],
            Senders = [.. senders],
            Receivers = [.. receivers],
            Success = Optional(parse, _success, problems) ?? 0.5,
            HonourScale = Optional(parse, _honourScale, problems) ?? 0.5,
            Audiences = List(parse, _audience, problems) ?? [0.0],
            Sunks = List(parse, _sunk, problems) ?? [0.0],
            Reaction = Optional(parse, _reaction, problems) ?? 0,
            Face = Optional(parse, _face, problems) ?? 0,
        };
    }

    private StageGameTemplate Report(ParseResult parse, List<string> problems)
    {
        Refuse(parse, problems, "not used by a report", _resolve, _gain, _reciprocity, _cost, _success, _honourScale, _sunk, _reaction, _face, _receiver);
        var truth = new List<bool>();
        foreach (var item in (parse.GetValue(_truth) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (item)
            {
                case "1" or "true":
                    truth.Add(true);
                    break;
                case "0" or "false":
                    truth.Add(false);
                    break;
                default:
                    problems.Add($"--truth: '{item}' is not 1 (true) or 0 (false)");
                    break;
            }
        }
        if (truth.Count == 0)
        {
            problems.Add("--truth: give, per subject type, whether the report is true of it (such as 0,1)");
        }
        var priors = List(parse, _priors, problems) ?? [.. Enumerable.Repeat(1.0, truth.Count)];
        if (priors.Length != truth.Count)
        {
            problems.Add($"--priors: gives {priors.Length} priors for {truth.Count} subject types");
        }
        var benefit = Number(parse, _benefit, problems, required: true);
        var audience = List(parse, _audience, problems);
        if (audience is not null && parse.GetValue(_lieCost) is not null)
        {
            problems.Add("--lie-cost: give the lie cost or the audience cost it comes from (L = a/2), not both");
        }
        var lieCosts = audience is { } a ? [.. a.Select(ReportClaim.LieCost)] : List(parse, _lieCost, problems) ?? [0.0];
        var count = Math.Min(truth.Count, priors.Length);
        return new StageGameTemplate
        {
            Kind = ClaimTemplateKind.Report,
            Name = parse.GetValue(_name),
            TypeNames = [.. truth.Take(count).Select((t, i) => $"type {i + 1} ({(t ? "true" : "false")})")],
            Subjects = [.. truth.Take(count).Select((t, i) => (priors[i], t))],
            Benefit = benefit,
            LieCosts = lieCosts,
        };
    }

    private static void Refuse(ParseResult parse, List<string> problems, string why, params Option[] options)
    {
        foreach (var option in options)
        {
            if (parse.GetResult(option) is { Implicit: false })
            {
                problems.Add($"{option.Name}: {why}");
            }
        }
    }

    private static double? Optional(ParseResult parse, Option<string?> option, List<string> problems) =>
        parse.GetValue(option) is null ? null : Number(parse, option, problems, required: false);

    private static double Number(ParseResult parse, Option<string?> option, List<string> problems, bool required)
    {
        var text = parse.GetValue(option);
        if (text is null)
        {
            if (required)
            {
                problems.Add($"{option.Name}: needed");
            }
            return 0;
        }
        if (!TryNumber(text, out var value))
        {
            problems.Add($"{option.Name}: '{text}' is not a finite number");
        }
        return value;
    }

    private static ImmutableArray<double>? List(ParseResult parse, Option<string?> option, List<string> problems)
    {
        if (parse.GetValue(option) is not { } text)
        {
            return null;
        }
        var values = new List<double>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (TryNumber(item, out var value))
            {
                values.Add(value);
            }
            else
            {
                problems.Add($"{option.Name}: '{item}' is not a finite number");
            }
        }
        return [.. values];
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // The option a template field came from, so that a problem names what the user typed.
    private string OptionOf(string field, ParseResult parse)
    {
        var last = field.Split('.')[^1];
        var head = field.Split('[', '.')[0];
        return (head, last) switch
        {
            ("receivers", _) => _receiver.Name,
            ("subjects", "prior") => _priors.Name,
            ("subjects", _) => _truth.Name,
            ("senders", "prior") => _priors.Name,
            ("senders", "benefit") => parse.GetValue(_resolve) is null ? _benefit.Name : $"{_resolve.Name}/{_gain.Name}",
            ("senders", "cost") => _cost.Name,
            ("senders", "reciprocity") => _reciprocity.Name,
            ("senders", _) => parse.GetValue(_priors) is null ? "--resolve/--reciprocity" : _priors.Name,
            ("honourScale", _) => _honourScale.Name,
            ("", _) => _template.Name,
            ("lieCost", _) => parse.GetValue(_audience) is null ? _lieCost.Name : _audience.Name,
            _ => $"--{head}",
        };
    }

    private static void Print(IEnumerable<string> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem}");
        }
    }
}

using System.Collections.Immutable;
using Entente.Formats.Text;
using Entente.Formats;
using Entente.Models.Diplomacy.Claims;

namespace Entente.Simulation.Games;

/// <summary>
/// The inputs of a claim template (specification §4.3 threat and promise, §4.5 report), from a file or
/// from the command line. Several audience costs, sunk costs or lie costs make several games, so that
/// tying hands and sinking costs can be set side by side.
/// </summary>
public sealed record StageGameTemplate
{
    /// <summary>Threat, promise or report.</summary>
    public required ClaimTemplateKind Kind { get; init; }

    /// <summary>The name the input gave, if any.</summary>
    public string? Name { get; init; }

    /// <summary>A short name per sender type (or report subject type), in order.</summary>
    public ImmutableArray<string> TypeNames { get; init; } = [];

    /// <summary>The sender types of a threat or promise.</summary>
    public ImmutableArray<ClaimSender> Senders { get; init; } = [];

    /// <summary>The receiver types of a threat or promise.</summary>
    public ImmutableArray<ClaimReceiver> Receivers { get; init; } = [];

    /// <summary>p: the probability that carrying out a threat succeeds.</summary>
    public double Success { get; init; } = 0.5;

    /// <summary>W: the honour scale.</summary>
    public double HonourScale { get; init; } = 0.5;

    /// <summary>The audience costs a (tying hands), one game each.</summary>
    public ImmutableArray<double> Audiences { get; init; } = [0.0];

    /// <summary>The sunk costs k, one game each (crossed with <see cref="Audiences"/>).</summary>
    public ImmutableArray<double> Sunks { get; init; } = [0.0];

    /// <summary>ω: the reaction cost (threats only).</summary>
    public double Reaction { get; init; }

    /// <summary>f: the receiver's face cost (threats only).</summary>
    public double Face { get; init; }

    /// <summary>The report's subject types: prior, and whether the reported claim is true of the type.</summary>
    public ImmutableArray<(double Prior, bool True)> Subjects { get; init; } = [];

    /// <summary>B: what a believed report is worth to its sender.</summary>
    public double Benefit { get; init; }

    /// <summary>The report's lie costs L_lie, one game each.</summary>
    public ImmutableArray<double> LieCosts { get; init; } = [0.0];

    /// <summary>
    /// Every problem with the inputs as (field, message); fields are named as in a template file
    /// (<c>senders[2].prior</c>, <c>audience[0]</c>). Empty when <see cref="Games"/> can build every game.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                problems.Add((field, message));
            }
        }
        void NonNegative(double value, string field) =>
            Check(value >= 0 && double.IsFinite(value), field, $"{Numbers.Show(value)} is not a finite non-negative number");
        void Finite(double value, string field) => Check(double.IsFinite(value), field, $"{Numbers.Show(value)} is not a finite number");
        void Probability(double value, string field) =>
            Check(value is >= 0 and <= 1, field, $"{Numbers.Show(value)} is not a probability in [0, 1]");
        void Each(ImmutableArray<double> values, string field)
        {
            Check(values.Length > 0, field, "needs at least one value");
            for (var i = 0; i < values.Length; i++)
            {
                NonNegative(values[i], $"{field}[{i}]");
            }
        }

        if (Kind == ClaimTemplateKind.Report)
        {
            Check(Subjects.Length > 0, "subjects", "at least one subject type is needed");
            for (var i = 0; i < Subjects.Length; i++)
            {
                NonNegative(Subjects[i].Prior, $"subjects[{i}].prior");
            }
            // The sum is judged only when every prior is valid: one bad prior is reported once, on its own.
            Check(Subjects.Any(s => !(s.Prior >= 0 && double.IsFinite(s.Prior))) || Subjects.Length == 0 || Subjects.Sum(s => s.Prior) > 0, "subjects", "the priors must not all be zero");
            Finite(Benefit, "benefit");
            Each(LieCosts, "lieCost");
            problems.AddRange(StageGameReader.TooLarge(Subjects.Select(t => t.Prior), "subjects", "priors"));
            return problems.Count > 0 ? problems : Overflow();
        }

        Check(Senders.Length > 0, "senders", "at least one sender type is needed");
        for (var i = 0; i < Senders.Length; i++)
        {
            NonNegative(Senders[i].Prior, $"senders[{i}].prior");
            Finite(Senders[i].Benefit, $"senders[{i}].benefit");
            Finite(Senders[i].Cost, $"senders[{i}].cost");
            Probability(Senders[i].Reciprocity, $"senders[{i}].reciprocity");
        }
        Check(Senders.Any(s => !(s.Prior >= 0 && double.IsFinite(s.Prior))) || Senders.Length == 0 || Senders.Sum(s => s.Prior) > 0, "senders", "the priors must not all be zero");
        Check(Receivers.Length > 0, "receivers", "at least one receiver type is needed");
        for (var i = 0; i < Receivers.Length; i++)
        {
            NonNegative(Receivers[i].Weight, $"receivers[{i}].weight");
            Finite(Receivers[i].ComplianceLoss, $"receivers[{i}].loss");
            Finite(Receivers[i].Stake, $"receivers[{i}].stake");
        }
        Check(Receivers.Any(r => !(r.Weight >= 0 && double.IsFinite(r.Weight))) || Receivers.Length == 0 || Receivers.Sum(r => r.Weight) > 0, "receivers", "the weights must not all be zero");
        Probability(Success, "success");
        NonNegative(HonourScale, "honourScale");
        Each(Audiences, "audience");
        Each(Sunks, "sunk");
        NonNegative(Reaction, "reaction");
        NonNegative(Face, "face");
        // Amendment A18: a reaction cost applies to threats and stands only; the promise's τ = L/G has no face term.
        Check(Kind != ClaimTemplateKind.Promise || Reaction == 0, "reaction", "a reaction cost applies to threats only, not to a promise (spec amendment A18)");
        Check(Kind != ClaimTemplateKind.Promise || Face == 0, "face", "a face cost applies to threats only, not to a promise (spec §4.3)");
        problems.AddRange(StageGameReader.TooLarge(Senders.Select(t => t.Prior), "senders", "priors"));
        problems.AddRange(StageGameReader.TooLarge(Receivers.Select(r => r.Weight), "receivers", "weights"));
        return problems.Count > 0 ? problems : Overflow();
    }

    // Valid inputs can still be too large to add up: a payoff of −1e308 less a sunk cost of 1e308 is −∞.
    private List<(string, string)> Overflow()
    {
        try
        {
            _ = Build();
            return [];
        }
        catch (ArgumentException e)
        {
            return [("", $"the inputs are too large to compute with ({e.Message})")];
        }
    }

    /// <summary>The games of the template, audience costs outer and sunk costs inner (report: one per lie cost).</summary>
    /// <exception cref="ArgumentException">The inputs have <see cref="Problems"/>.</exception>
    public IReadOnlyList<StageGameCase> Games()
    {
        if (Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
        }
        return Build();
    }

    private List<StageGameCase> Build()
    {
        var games = new List<StageGameCase>();
        if (Kind == ClaimTemplateKind.Report)
        {
            foreach (var lieCost in LieCosts)
            {
                var game = ReportClaim.Game(Subjects, Benefit, lieCost);
                var variant = LieCosts.Length > 1 ? $"lie cost {Numbers.Show(lieCost)}" : null;
                games.Add(new StageGameCase(Named(variant), game, TypeNames, $"report: B = {Numbers.Show(Benefit)}, lie cost L = {Numbers.Show(lieCost)}"));
            }
            return games;
        }
        foreach (var a in Audiences)
        {
            foreach (var k in Sunks)
            {
                var terms = new ClaimTerms { Success = Success, HonourScale = HonourScale, AudienceCost = a, Sunk = k, Reaction = Reaction, Face = Face };
                var game = Kind == ClaimTemplateKind.Threat
                    ? ThreatClaim.Game(Senders, Receivers, terms)
                    : PromiseClaim.Game(Senders, Receivers, terms);
                var parts = new List<string>();
                if (Audiences.Length > 1)
                {
                    parts.Add($"a = {Numbers.Show(a)}");
                }
                if (Sunks.Length > 1)
                {
                    parts.Add($"k = {Numbers.Show(k)}");
                }
                var setting = Kind == ClaimTemplateKind.Threat
                    ? $"threat: p = {Numbers.Show(Success)}, W = {Numbers.Show(HonourScale)}, a = {Numbers.Show(a)}, k = {Numbers.Show(k)}, ω = {Numbers.Show(Reaction)}, f = {Numbers.Show(Face)}"
                    : $"promise: W = {Numbers.Show(HonourScale)}, a = {Numbers.Show(a)}, k = {Numbers.Show(k)}";
                games.Add(new StageGameCase(Named(parts.Count > 0 ? string.Join(", ", parts) : null), game, TypeNames, setting));
            }
        }
        return games;
    }

    private string? Named(string? variant) => (Name, variant) switch
    {
        (null, null) => null,
        (null, _) => variant,
        (_, null) => Name,
        _ => $"{Name}, {variant}",
    };
}

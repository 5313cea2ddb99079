using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Claim = Entente.Domain.Strategic.Claim;

namespace Entente.Models.Tests.Diplomacy.V2.Factions;

/// <summary>
/// The trio of the engine tests with a composite sender: S is a government of three factions, a Hawk (weight 0.45),
/// a Dove (0.35) and a Centre (0.20). On "trade" the Hawk wants 100, the Dove 40, the Centre 80 (S stands at their
/// weighted mean, 75); on "aid" all three hold 50, where the receiver R wants 100.
/// </summary>
internal static class CompositeCases
{
    public const double Start = 0.45 * 100 + 0.35 * 40 + 0.20 * 80;

    public static Scenario Trio(params Claim[] signals) => new()
    {
        Name = "composite trio",
        Actors =
        [
            new Actor
            {
                Id = "S", Name = "S", Capability = 1.0,
                Factions =
                [
                    Faction("Hawk", 0.45, 100), Faction("Dove", 0.35, 40), Faction("Centre", 0.20, 80),
                ],
            },
            new Actor { Id = "R", Name = "R", Capability = 0.8 },
            new Actor { Id = "T", Name = "T", Capability = 0.6 },
        ],
        Issues = [Issue("trade"), Issue("aid")],
        Stances =
        [
            Stance("S", "trade", Start, 0.6), Stance("R", "trade", 0, 0.9), Stance("T", "trade", 10, 0.6),
            Stance("S", "aid", 50, 0.9), Stance("R", "aid", 100, 0.7), Stance("T", "aid", 60, 0.2),
        ],
        Strategic = new StrategicLayer
        {
            Signals = [.. signals],
            Actors = [new ActorTraits { Actor = "S", Factions = [new FactionTraits { Name = "Dove", Observer = true }] }],
            Watch =
            [
                new WatchEntry { Observer = "R", About = "S.Hawk", Dimension = TypeDimension.Reciprocity },
                new WatchEntry { Observer = "R", About = "S.Dove", Dimension = TypeDimension.Reciprocity },
                new WatchEntry { Observer = "R", About = "S", Dimension = TypeDimension.Resolve, Issue = "trade" },
                new WatchEntry { Observer = "S.Dove", About = "R", Dimension = TypeDimension.Resolve, Issue = "trade" },
            ],
        },
    };

    /// <summary>A threat on R to open trade to 40, backed by cutting aid to 10, sent by <paramref name="sender"/>.</summary>
    public static Claim Threat(string id, string sender, Channel channel = Channel.Public, int round = 1) => new()
    {
        Id = id,
        Round = round,
        Senders = [sender],
        To = "R",
        Channel = channel,
        Kind = ClaimKind.Threat,
        Ask = new Bound("trade", BoundDirection.AtLeast, 40),
        Action = new ClaimAction { Issue = "aid", To = 10 },
    };

    public static Scenario WithTypes(this Scenario scenario, params TypeDeclaration[] types) =>
        scenario with { Strategic = scenario.Strategic! with { Types = [.. scenario.Strategic!.Types, .. types] } };

    public static TypeDeclaration Q(string of, double[] grid, double[] prior, double? truth = null) =>
        new() { Of = of, Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Grid = [.. grid], Prior = [.. prior] }, True = truth };

    public static TypeDeclaration R(string of, string issue, double[] grid, double[] prior, double? truth = null) =>
        new() { Of = of, Dimension = TypeDimension.Resolve, Issue = issue, Prior = new TypePrior { Grid = [.. grid], Prior = [.. prior] }, True = truth };

    private static Faction Faction(string name, double weight, double trade) =>
        new() { Name = name, Weight = weight, Positions = [new FactionPosition("trade", trade), new FactionPosition("aid", 50)] };

    private static Issue Issue(string id) => new() { Id = id, Name = id, Scale = IssueScale.Percent };

    private static Stance Stance(string actor, string issue, double position, double salience) =>
        new() { ActorId = actor, IssueId = issue, Position = position, Salience = salience };
}

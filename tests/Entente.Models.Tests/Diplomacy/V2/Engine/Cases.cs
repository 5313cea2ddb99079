using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy;
using Claim = Entente.Domain.Strategic.Claim;

namespace Entente.Models.Tests.Diplomacy.V2.Engine;

/// <summary>Small negotiations with a version-2 layer, built in code, and a way to run them.</summary>
internal static class Cases
{
    /// <summary>
    /// Three actors on two issues of 0-100. On "trade" the sender S (at 100) wants the receiver R (at 0) to open
    /// up; on "aid" S can reward or punish (S at 50, R wants 100). T is a bystander.
    /// </summary>
    public static Scenario Trio(params Claim[] signals) => new()
    {
        Name = "trio",
        Actors = [Actor("S", 1.0), Actor("R", 0.8), Actor("T", 0.6)],
        Issues = [Issue("trade"), Issue("aid")],
        Stances =
        [
            Stance("S", "trade", 100, 0.4), Stance("R", "trade", 0, 0.9), Stance("T", "trade", 10, 0.6),
            Stance("S", "aid", 50, 0.9), Stance("R", "aid", 100, 0.7), Stance("T", "aid", 60, 0.2),
        ],
        Strategic = new StrategicLayer
        {
            Signals = [.. signals],
            Watch =
            [
                new WatchEntry { Observer = "R", About = "S", Dimension = TypeDimension.Reciprocity },
                new WatchEntry { Observer = "T", About = "S", Dimension = TypeDimension.Reciprocity },
                new WatchEntry { Observer = "R", About = "S", Dimension = TypeDimension.Resolve, Issue = "trade" },
                new WatchEntry { Observer = "T", About = "S", Dimension = TypeDimension.Resolve, Issue = "trade" },
                new WatchEntry { Observer = "S", About = "R", Dimension = TypeDimension.Resolve, Issue = "trade" },
            ],
        },
    };

    public static Claim Promise(string id, Channel channel, int round = 1, double to = 100, string[]? cc = null) => new()
    {
        Id = id,
        Round = round,
        Senders = ["S"],
        To = "R",
        Cc = cc is null ? ValueList<string>.Empty : new(cc),
        Channel = channel,
        Kind = ClaimKind.Promise,
        Ask = new Bound("trade", BoundDirection.AtLeast, 40),
        Action = new ClaimAction { Issue = "aid", To = to },
    };

    public static Claim Threat(string id, Channel channel, int round = 1) => new()
    {
        Id = id,
        Round = round,
        Senders = ["S"],
        To = "R",
        Channel = channel,
        Kind = ClaimKind.Threat,
        Ask = new Bound("trade", BoundDirection.AtLeast, 40),
        Action = new ClaimAction { Issue = "aid", To = 10 },
    };

    public static ForecastResult Run(Scenario scenario, string model = DiplomacyOptions.ModelName, ModelRunContext? context = null) =>
        ModelCatalog.Create(model, [new ModelOption("explain", "0")]).Run(scenario, context ?? ModelRunContext.Default);

    public static ForecastResult RunEum(Scenario scenario) => ModelCatalog.Create("eum").Run(scenario, ModelRunContext.Default);

    private static Actor Actor(string id, double capability) => new() { Id = id, Name = id, Capability = capability };

    private static Issue Issue(string id) => new() { Id = id, Name = id, Scale = IssueScale.Percent };

    private static Stance Stance(string actor, string issue, double position, double salience) =>
        new() { ActorId = actor, IssueId = issue, Position = position, Salience = salience };
}

using System.CommandLine;
using Entente.Simulation.MonteCarlo;

namespace Entente.Cli.Commands;

/// <summary>The input noise options of the commands that run Monte Carlo trials.</summary>
internal sealed class NoiseInputs(NoiseSettings defaults)
{
    public Option<double> Position { get; } = new("--position-noise")
    {
        Description = "SD of positions as a share of the scale width (0.05 = 5 points on 0-100).",
        DefaultValueFactory = _ => defaults.Position,
    };

    public Option<double> Salience { get; } = new("--salience-noise")
    {
        Description = "SD of saliences on 0-1.",
        DefaultValueFactory = _ => defaults.Salience,
    };

    public Option<double> Capability { get; } = new("--capability-noise")
    {
        Description = "SD of log capability (0.1 ≈ ±10%).",
        DefaultValueFactory = _ => defaults.Capability,
    };

    public Option<double> Belief { get; } = new("--belief-noise")
    {
        Description = "SD of the declared perceptions: believed positions as a share of the scale width, believed saliences on 0-1 (diplomacy layer).",
        DefaultValueFactory = _ => defaults.Belief,
    };

    public Option<double> Credibility { get; } = new("--credibility-noise")
    {
        Description = "SD of each channel's base credibility on 0-1 (diplomacy layer).",
        DefaultValueFactory = _ => defaults.Credibility,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Position);
        command.Options.Add(Salience);
        command.Options.Add(Capability);
        command.Options.Add(Belief);
        command.Options.Add(Credibility);
    }

    public NoiseSettings Read(ParseResult parse) => new()
    {
        Position = parse.GetValue(Position),
        Salience = parse.GetValue(Salience),
        Capability = parse.GetValue(Capability),
        Belief = parse.GetValue(Belief),
        Credibility = parse.GetValue(Credibility),
    };
}

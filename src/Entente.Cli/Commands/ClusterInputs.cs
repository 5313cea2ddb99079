using System.CommandLine;
using Entente.Application;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>--cluster HOST:PORT [--cluster-id ID] [--job ID] [--range-size N]</c> on the analyses that run their pieces on
/// an Orleans cluster (<c>sensitivity</c>, <c>backtest</c>); <c>sweep</c> has its own, in trials.
/// </summary>
internal sealed class ClusterInputs(string what)
{
    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = $"Run {what} on the Orleans cluster whose gateway is HOST:PORT (see 'entente silo'). Results do not depend on it.",
    };

    public Option<string?> ClusterId { get; } = new("--cluster-id") { Description = "The cluster's id (its silos' --cluster-id; default: entente)." };

    public Option<string?> Job { get; } = new("--job")
    {
        Description = "The cluster job's id: the same id re-attaches to a job (default: a hash of the analysis, so running it again re-attaches).",
    };

    public Option<long?> RangeSize { get; } = new("--range-size") { Description = "Pieces per range handed to a silo (default: 1). Results do not depend on it." };

    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(ClusterId);
        command.Options.Add(Job);
        command.Options.Add(RangeSize);
    }

    /// <summary>The cluster to run on (null: here), and the options given without <c>--cluster</c>.</summary>
    public (ClusterTarget? Target, IReadOnlyList<RequestProblem> Problems) Read(ParseResult parse)
    {
        if (parse.GetValue(Cluster) is { } address)
        {
            return (new ClusterTarget { Address = address, ClusterId = parse.GetValue(ClusterId), Job = parse.GetValue(Job), RangeSize = parse.GetValue(RangeSize) }, []);
        }
        var alone = new (Option Option, bool Given)[]
        {
            (ClusterId, parse.GetValue(ClusterId) is not null), (Job, parse.GetValue(Job) is not null), (RangeSize, parse.GetValue(RangeSize) is not null),
        };
        return (null, [.. alone.Where(o => o.Given).Select(o => RequestProblem.Of(o.Option.Name.TrimStart('-'), "is for a cluster: give --cluster too"))]);
    }
}

using System.CommandLine;
using Entente.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente jobs show|cancel JOB --cluster HOST:PORT [--cluster-id ID]</c>: how far a sweep's job on a cluster has got,
/// and cancelling it (its ranges stop and its records go, so running the sweep again starts afresh).
/// </summary>
internal static class JobsCommand
{
    public static Command Create(CliConsole console) => new("jobs", "Jobs on an Orleans cluster (what 'entente sweep --cluster' runs): show one, cancel one.")
    {
        Action(console, "show", "How many of a job's ranges the cluster has recorded as done.", ClusterJobAction.Show),
        Action(console, "cancel", "Cancel a job: its ranges stop and its records are dropped (running the sweep again starts afresh).", ClusterJobAction.Cancel),
    };

    private static Command Action(CliConsole console, string name, string description, ClusterJobAction action)
    {
        var job = new Argument<string>("job") { Description = "The job's id (the sweep's --job, or the id it printed)." };
        var cluster = new Option<string?>("--cluster") { Description = "A silo's gateway, HOST:PORT.", Required = true };
        var clusterId = new Option<string?>("--cluster-id") { Description = "The cluster's id (its silos' --cluster-id; default: entente)." };
        var command = new Command(name, description) { job, cluster, clusterId };
        command.SetAction(parse =>
        {
            ClusterJobOutcome outcome;
            try
            {
                outcome = CliProblems.Wait(console.Services.GetRequiredService<ClusterJobService>().RunAsync(new ClusterJobRequest
                {
                    Cluster = parse.GetValue(cluster),
                    ClusterId = parse.GetValue(clusterId),
                    Job = parse.GetValue(job),
                    Action = action,
                }));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            console.Out.WriteLine(outcome.Cancelled
                ? $"cancelled job '{outcome.Job}': {outcome.RangesDone} recorded ranges dropped"
                : $"job '{outcome.Job}': {outcome.RangesDone} ranges done");
            return ExitCodes.Success;
        });
        return command;
    }
}

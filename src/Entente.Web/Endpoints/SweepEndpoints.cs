using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Entente.Application;

namespace Entente.Web;

/// <summary>
/// Sweeps run as jobs: POST starts one (202 and its id; 429 with Retry-After when the queue is full), GET polls its
/// status and progress, GET …/events streams them as server-sent events, GET …/result is the sweep document
/// (entente sweep --format json), DELETE cancels it.
/// </summary>
internal static class SweepEndpoints
{
    /// <summary>Seconds a client refused for a full queue should wait.</summary>
    public const int RetryAfterSeconds = 5;

    private static readonly TimeSpan EventInterval = TimeSpan.FromMilliseconds(250);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/sweeps", async (HttpContext context, ScenarioReader reader, SweepJobs jobs, WebSettings settings) =>
            {
                var body = await JsonBody.ReadAsync<SweepBody>(context.Request);
                if (body.Trials > settings.MaxSweepTrials)
                {
                    throw ApiProblemException.BadField("trials", $"trials must be at most {settings.MaxSweepTrials} on this server");
                }
                var choice = body.Choice();
                var scenario = await reader.ReadAsync(body, context.RequestAborted);
                var request = new SweepRequest
                {
                    Scenario = scenario.Document,
                    Model = choice,
                    Trials = body.Trials,
                    Noise = body.Noise?.Settings() ?? Simulation.MonteCarlo.NoiseSettings.Default,
                    SaveTo = body.Save ? settings.Store : null,
                    Device = settings.SweepDevice,
                    Cluster = settings.Cluster?.Address,
                    ClusterId = settings.Cluster?.ClusterId,
                };
                // Every problem now, not as a failed job later.
                RequestException.ThrowIfAny(request.Validate());
                var job = jobs.Start(request) ?? throw new ApiProblemException(StatusCodes.Status429TooManyRequests, "The sweep queue is full",
                    [ProblemEntry.About("", $"{settings.SweepWorkers} sweep(s) are running and {settings.SweepQueue} waiting; try again later")])
                {
                    RetryAfter = RetryAfterSeconds,
                };
                Documents.Warn(context.Response, scenario.Warnings);
                context.Response.Headers.Location = $"/api/sweeps/{job.Id}";
                return Documents.Own(job.Snapshot(), StatusCodes.Status202Accepted);
            })
            .WithName("StartSweep").WithSummary("Start a Monte Carlo sweep over noisy inputs as a job (entente sweep)")
            .Accepts<SweepBody>("application/json").Produces(StatusCodes.Status202Accepted, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/sweeps/{id}", (string id, SweepJobs jobs) => Documents.Own(Find(jobs, id).Snapshot()))
            .WithName("GetSweep").WithSummary("A sweep job's status and progress (poll it, or stream …/events)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/sweeps/{id}/result", (string id, SweepJobs jobs) =>
            {
                var job = Find(jobs, id);
                return job.Json is { } json ? Documents.Of(json) : throw NotDone(job);
            })
            .WithName("GetSweepResult").WithSummary("A finished sweep's document (entente sweep --format json)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/sweeps/{id}/events", (string id, SweepJobs jobs, CancellationToken cancellation) =>
                TypedResults.ServerSentEvents(Events(Find(jobs, id), cancellation)))
            .WithName("SweepEvents").WithSummary("A sweep job's progress as server-sent events: 'progress' while it runs, then its final status");

        api.MapDelete("/sweeps/{id}", (string id, SweepJobs jobs) =>
            {
                var job = Find(jobs, id);
                if (!job.Finished)
                {
                    job.Cancellation.Cancel();
                }
                return Documents.Own(job.Snapshot(), StatusCodes.Status202Accepted);
            })
            .WithName("CancelSweep").WithSummary("Cancel a sweep job").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static SweepJob Find(SweepJobs jobs, string id) => jobs.Find(id)
        ?? throw new ApiProblemException(StatusCodes.Status404NotFound, "No such sweep", [ProblemEntry.About("id", $"no sweep job '{id}' (finished jobs are kept for a while, then forgotten)")]);

    private static ApiProblemException NotDone(SweepJob job) => new(StatusCodes.Status409Conflict, "The sweep has no result",
        job.Errors.Count > 0 ? job.Errors : [ProblemEntry.About("id", $"sweep {job.Id} is {job.Status.ToString().ToLowerInvariant()}; its result comes when it has succeeded")]);

    /// <summary>A 'progress' event whenever the count moves, then one event named after the final status.</summary>
    private static async IAsyncEnumerable<SseItem<string>> Events(SweepJob job, [EnumeratorCancellation] CancellationToken cancellation)
    {
        long last = -1;
        while (!job.Finished)
        {
            if (job.Done != last)
            {
                last = job.Done;
                yield return new SseItem<string>(JsonSerializer.Serialize(job.Snapshot(), WebJson.Line), "progress");
            }
            await Task.Delay(EventInterval, cancellation);
        }
        yield return new SseItem<string>(JsonSerializer.Serialize(job.Snapshot(), WebJson.Line), job.Status.ToString().ToLowerInvariant());
    }
}

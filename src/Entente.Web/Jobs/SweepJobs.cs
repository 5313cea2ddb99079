using System.Collections.Concurrent;
using Entente.Application;

namespace Entente.Web;

/// <summary>
/// The sweep queue: at most <see cref="WebSettings.SweepWorkers"/> sweeps run at once and
/// <see cref="WebSettings.SweepQueue"/> more wait; a sweep beyond that is refused (the endpoint answers 429), so a
/// burst of clients can neither pile up unbounded work nor memory. Finished jobs are kept for their results, the
/// oldest forgotten first.
/// </summary>
internal sealed partial class SweepJobs(SweepService service, WebSettings settings, ILogger<SweepJobs> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, SweepJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly SemaphoreSlim _workers = new(settings.SweepWorkers, settings.SweepWorkers);
    private readonly Lock _gate = new();
    private int _pending;

    /// <summary>Queues the sweep; null when the queue is full.</summary>
    public SweepJob? Start(SweepRequest request)
    {
        lock (_gate)
        {
            if (_pending >= settings.SweepWorkers + settings.SweepQueue)
            {
                return null;
            }
            _pending++;
        }
        var job = new SweepJob(Guid.NewGuid().ToString("N"), request.Trials);
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        Forget();
        _ = Task.Run(() => RunAsync(job, request));
        return job;
    }

    public SweepJob? Find(string id) => _jobs.GetValueOrDefault(id);

    private async Task RunAsync(SweepJob job, SweepRequest request)
    {
        var token = job.Cancellation.Token;
        try
        {
            await _workers.WaitAsync(token);
            try
            {
                job.Running();
                job.Succeeded(await service.RunAsync(request, job, token));
            }
            finally
            {
                _workers.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            job.Cancelled();
        }
        catch (RequestException e)
        {
            job.Failed(ApiProblems.From(e).Errors);
        }
        catch (Exception e)
        {
            // A defect: logged in full here, and the client told only that it happened.
            LogDefect(logger, e, job.Id);
            job.Failed([ProblemEntry.About("", $"an internal error occurred; it was logged under job {job.Id}")]);
        }
        finally
        {
            lock (_gate)
            {
                _pending--;
            }
        }
    }

    /// <summary>Forgets the oldest finished jobs beyond <see cref="WebSettings.KeptSweeps"/>.</summary>
    private void Forget()
    {
        var rounds = _order.Count;
        while (_jobs.Count > settings.KeptSweeps && rounds-- > 0 && _order.TryDequeue(out var id))
        {
            if (_jobs.TryGetValue(id, out var job) && !job.Finished)
            {
                _order.Enqueue(id);
                continue;
            }
            if (_jobs.TryRemove(id, out var gone))
            {
                gone.Cancellation.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            job.Cancellation.Cancel();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweep job {JobId} failed with an internal error")]
    private static partial void LogDefect(ILogger logger, Exception exception, string jobId);
}

namespace Entente.Cluster;

/// <summary>
/// One range of one job, keyed <c>JOB/START/COUNT</c>: runs the range once on its silo's thread pool and keeps the
/// block, so a range whose caller was lost is not run twice.
/// </summary>
internal interface IRangeGrain : IGrainWithStringKey
{
    /// <summary>The range's block, as bytes.</summary>
    Task<byte[]> RunAsync(JobSpec spec, CancellationToken cancellation);

    /// <summary>Drops the kept block.</summary>
    Task ForgetAsync();
}

namespace Entente.Cluster;

/// <summary>
/// One sweep on the cluster, keyed by its job id: it keeps the sweep's description and which ranges are done
/// (durably, in the silos' grain storage), and hands each range to its range grain.
/// </summary>
internal interface IJobGrain : IGrainWithStringKey
{
    /// <summary>Opens the job, or re-attaches to it; refuses a job id already used by another sweep.</summary>
    Task OpenAsync(JobSpec spec);

    /// <summary>
    /// The block of one range (run now, or read back from the record when it was done before). The sweep comes
    /// with every range, so a job whose record was lost with its silo opens again where it is reactivated.
    /// </summary>
    Task<byte[]> RunRangeAsync(JobSpec spec, long start, long count, CancellationToken cancellation);

    /// <summary>The ranges done so far, as their first trials.</summary>
    Task<long[]> DoneAsync();

    /// <summary>Drops the job's record (its ranges' results stay until their grains are cleared with it).</summary>
    Task ForgetAsync();
}

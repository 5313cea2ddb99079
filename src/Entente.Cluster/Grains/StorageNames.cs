namespace Entente.Cluster;

/// <summary>The grain storage the cluster's grains keep their records in.</summary>
internal static class StorageNames
{
    /// <summary>The one provider: memory on a development cluster, PostgreSQL on a real one.</summary>
    public const string Jobs = "entente-jobs";
}

using Entente.Storage.Tests.Infrastructure;

namespace Entente.Storage.Tests;

/// <summary>The web app's API tokens: kept by hash with their role, found by hash, one row per hash.</summary>
public abstract partial class RunStoreContract
{
    private const string ReaderHash = "3f0a000000000000000000000000000000000000000000000000000000000001";
    private const string AdminHash = "3f0a000000000000000000000000000000000000000000000000000000000002";

    [StoreFact]
    public async Task A_token_is_found_by_its_hash_with_its_role_and_an_unknown_hash_finds_nothing()
    {
        using var store = Open();

        var reader = await store.SaveTokenAsync("reader", ReaderHash, "dashboard");
        var admin = await store.SaveTokenAsync("admin", AdminHash, null);

        Assert.NotEqual(reader, admin);
        Assert.Equal("reader", await store.FindTokenRoleAsync(ReaderHash));
        Assert.Equal("admin", await store.FindTokenRoleAsync(AdminHash));
        Assert.Null(await store.FindTokenRoleAsync(AdminHash.Replace('2', '3')));
    }

    [StoreFact]
    public async Task A_hash_is_stored_once_and_tokens_survive_reopening()
    {
        using (var store = Open())
        {
            await store.SaveTokenAsync("analyst", ReaderHash, null);
            await Assert.ThrowsAsync<StoreException>(() => store.SaveTokenAsync("admin", ReaderHash, null));
        }
        using var again = Open();

        Assert.Equal("analyst", await again.FindTokenRoleAsync(ReaderHash));
    }
}

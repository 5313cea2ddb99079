using System.Security.Cryptography;
using System.Text;
using Entente.Storage.Tests.Infrastructure;

namespace Entente.Storage.Tests;

/// <summary>The forecast ledger: a saved run sealed once by hashes, graded once, only after sealing.</summary>
public abstract partial class RunStoreContract
{
    private long SavedForecast(out string resultJson)
    {
        var (run, source) = Forecasts.Run(model: "compromise", seed: 3);
        resultJson = "{\"model\":\"compromise\",\"n\":1}";
        using var store = Open();
        return store.SaveForecast(RunHeader.For(run, source, Start), run.Result, resultJson);
    }

    [StoreFact]
    public async Task A_sealed_run_keeps_the_hash_of_its_output_its_code_version_and_the_time()
    {
        var id = SavedForecast(out var resultJson);
        using var store = Open();
        Clock.Now = Start + TimeSpan.FromMinutes(5);

        Assert.Equal(LedgerChange.Done, await store.SealAsync(id, "before the Council meets"));

        var entry = Assert.Single(await store.LedgerAsync());
        var run = store.Find(id)!;
        Assert.Equal(id, entry.RunId);
        Assert.Equal(Start + TimeSpan.FromMinutes(5), entry.SealedAt);
        Assert.Equal("before the Council meets", entry.Note);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resultJson))), entry.OutputsSha256);
        Assert.Equal(run.CodeVersion, entry.CodeVersion);
        Assert.Matches("^[0-9a-f]{64}$", entry.InputsSha256);
        Assert.Null(entry.GradedAt);
        Assert.Empty(entry.Outcomes);
    }

    [StoreFact]
    public async Task A_seal_is_never_replaced_and_an_unknown_run_cannot_be_sealed()
    {
        var id = SavedForecast(out _);
        using var store = Open();

        Assert.Equal(LedgerChange.Done, await store.SealAsync(id, null));
        Assert.Equal(LedgerChange.AlreadySealed, await store.SealAsync(id, "again"));
        Assert.Equal(LedgerChange.NoSuchRun, await store.SealAsync(id + 1000, null));
        Assert.Null(Assert.Single(await store.LedgerAsync()).Note);
    }

    [StoreFact]
    public async Task Outcomes_are_recorded_once_and_only_for_a_sealed_run()
    {
        var id = SavedForecast(out _);
        using (var store = Open())
        {
            Assert.Equal(LedgerChange.NotSealed, await store.GradeAsync(id, new Dictionary<string, double> { ["x"] = 40 }));
            Assert.Equal(LedgerChange.NoSuchRun, await store.GradeAsync(id + 1000, new Dictionary<string, double> { ["x"] = 40 }));
            await store.SealAsync(id, null);
            Clock.Now = Start + TimeSpan.FromDays(30);
            Assert.Equal(LedgerChange.Done, await store.GradeAsync(id, new Dictionary<string, double> { ["x"] = 40, ["escalation"] = 0 }));
            Assert.Equal(LedgerChange.AlreadyGraded, await store.GradeAsync(id, new Dictionary<string, double> { ["x"] = 90 }));
        }
        using var again = Open();

        var entry = Assert.Single(await again.LedgerAsync());
        Assert.Equal(Start + TimeSpan.FromDays(30), entry.GradedAt);
        Assert.Equal(new Dictionary<string, double> { ["x"] = 40, ["escalation"] = 0 }, entry.Outcomes);
    }

    [StoreFact]
    public async Task Deleting_a_sealed_run_deletes_its_ledger_entry()
    {
        var id = SavedForecast(out _);
        using var store = Open();
        await store.SealAsync(id, null);

        Assert.True(await store.DeleteAsync(id));

        Assert.Empty(await store.LedgerAsync());
    }
}

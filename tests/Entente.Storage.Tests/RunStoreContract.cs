using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Entente.Domain;
using Entente.Models;
using Entente.Storage.Schema;
using Entente.Storage.Tests.Infrastructure;

namespace Entente.Storage.Tests;

/// <summary>
/// What every run store does, whatever the database: written once, run against SQLite and PostgreSQL by the
/// subclasses. Each test gets a store of its own (a file, or a schema), so tests run in parallel and repeatedly.
/// </summary>
public abstract partial class RunStoreContract : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    private protected FixedClock Clock { get; } = new(Start);

    /// <summary>A new connection to this test's store, migrating it on first open.</summary>
    private protected abstract IRunStore Open();

    /// <summary>A plain database connection to this test's store, to look at its rows.</summary>
    private protected abstract DbConnection OpenRaw();

    public abstract void Dispose();

    [StoreFact]
    public void A_saved_forecast_reads_back_exactly_as_the_model_computed_it()
    {
        var (run, source) = Forecasts.Run(model: "eum", seed: 7);
        using var store = Open();

        var id = store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{\"model\":\"eum\"}");
        var stored = store.Find(id)!;

        Assert.Equal(RunKind.Forecast, stored.Kind);
        Assert.Equal(source.Text, stored.Scenario.Text);
        Assert.Equal(source.File, stored.Scenario.File);
        Assert.Equal("EC emission standards for medium-sized cars", stored.Scenario.Name);
        Assert.Equal(ScenarioSource.Hash(File.ReadAllText(Forecasts.ExamplePath("ec-cars-1994.yaml"))), stored.ScenarioSha256);
        Assert.Equal(run.Model, stored.Model);
        Assert.Equal(7UL, stored.Seed);
        Assert.Equal(CodeVersion.Engine, stored.CodeVersion);
        Assert.Equal(Start, stored.StartedAt);
        // Stored as seconds and read back as a TimeSpan: equal to the tick, not to a rounded sixth decimal.
        Assert.Equal(run.Elapsed.TotalSeconds, stored.Elapsed.TotalSeconds, tolerance: 2e-7);
        Assert.Equal("{\"model\":\"eum\"}", stored.ResultJson);
        Assert.Null(stored.SummaryJson);

        Assert.Equal(run.Result.Issues.Select(i => i.IssueId), stored.Issues.Select(i => i.IssueId));
        foreach (var (computed, kept) in run.Result.Issues.Zip(stored.Issues))
        {
            Assert.Equal(computed.Forecast, kept.Forecast);
            Assert.Equal(computed.WeightedMean, kept.WeightedMean);
            Assert.Equal(computed.WeightedMedian, kept.WeightedMedian);
            Assert.Equal(computed.StoppingReason, kept.StoppingReason);
            Assert.True(computed.Rounds.Count > 1, "the expected utility model should have run several rounds");
            Assert.Equal(computed.Rounds.Select(r => r.Round), kept.Rounds.Select(r => r.Round));
            foreach (var (round, keptRound) in computed.Rounds.Zip(kept.Rounds))
            {
                Assert.Equal(round.WeightedMean, keptRound.WeightedMean);
                Assert.Equal(round.WeightedMedian, keptRound.WeightedMedian);
                // Same actors, same input order, bit-identical positions.
                Assert.Equal(round.Positions.Select(p => new ActorPosition(p.Key, p.Value)), keptRound.Positions);
            }
        }
    }

    [StoreFact]
    public void The_positions_table_holds_one_row_per_issue_round_and_actor()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        using var store = Open();

        var id = store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{}");

        var expected = run.Result.Issues.Sum(i => i.Rounds.Sum(r => r.Positions.Count));
        Assert.Equal(expected, CountRows("positions", id));
        Assert.Equal(run.Result.Issues.Sum(i => i.Rounds.Count), CountRows("round_statistics", id));
        Assert.Equal(run.Result.Issues.Count, CountRows("issue_forecasts", id));
    }

    [StoreFact]
    public void Options_round_limit_and_the_largest_seed_survive_the_round_trip()
    {
        var (run, source) = Forecasts.Run(model: "nbs");
        var header = RunHeader.For(run, source, Start) with
        {
            Options = [new ModelOption("utility", "quadratic"), new ModelOption("a", "1")],
            Seed = ulong.MaxValue,
            RoundLimit = 12,
        };
        using var store = Open();

        var stored = store.Find(store.SaveForecast(header, run.Result, "{}"))!;

        Assert.Equal(header.Options, stored.Options);
        Assert.Equal(ulong.MaxValue, stored.Seed);
        Assert.Equal(12, stored.RoundLimit);
    }

    [StoreFact]
    public void Runs_are_listed_oldest_first_with_what_ran_and_when()
    {
        var (eum, source) = Forecasts.Run(model: "eum", seed: 1);
        var (median, _) = Forecasts.Run(model: "median", seed: 2);
        using var store = Open();

        var first = store.SaveForecast(RunHeader.For(eum, source, Start), eum.Result, "{}");
        var second = store.SaveForecast(RunHeader.For(median, source, Start.AddMinutes(5)), median.Result, "{}");
        var runs = store.List();

        Assert.Equal([first, second], runs.Select(r => r.Id));
        Assert.True(second > first);
        Assert.Equal(["eum", "median"], runs.Select(r => r.Model));
        Assert.Equal([1UL, 2UL], runs.Select(r => r.Seed));
        Assert.Equal([Start, Start.AddMinutes(5)], runs.Select(r => r.StartedAt));
        Assert.All(runs, r => Assert.Equal(source.Sha256, r.ScenarioSha256));
        Assert.All(runs, r => Assert.Equal(eum.Result.Issues.Count, r.IssueCount));
    }

    [StoreFact]
    public void A_sweep_keeps_its_summary_document_and_no_positions()
    {
        var (run, source) = Forecasts.Run(model: "compromise");
        var summary = """{"trials":1000,"issues":[{"id":"emissions","p5":5.1,"p95":8.8}]}""";
        using var store = Open();

        var id = store.SaveSummary(RunKind.Sweep, RunHeader.For(run, source, Start), summary);
        var stored = store.Find(id)!;

        Assert.Equal(RunKind.Sweep, stored.Kind);
        Assert.Equal(summary, stored.SummaryJson);
        Assert.Null(stored.ResultJson);
        Assert.Empty(stored.Issues);
        Assert.Equal(RunKind.Sweep, Assert.Single(store.List()).Kind);
    }

    [StoreFact]
    public void Deleting_a_run_removes_every_row_of_it_and_nothing_else()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        using var store = Open();
        var kept = store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{}");
        var deleted = store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{}");

        Assert.True(store.Delete(deleted));

        Assert.Null(store.Find(deleted));
        Assert.False(store.Delete(deleted));
        Assert.Equal(0, CountRows("positions", deleted) + CountRows("round_statistics", deleted) + CountRows("issue_forecasts", deleted));
        Assert.Equal(store.Find(kept)!.Issues.Sum(i => i.Rounds.Sum(r => r.Positions.Count)), CountRows("positions", kept));
    }

    [StoreFact]
    public void Finding_an_unknown_id_gives_null()
    {
        using var store = Open();

        Assert.Null(store.Find(424242));
    }

    [StoreFact]
    public void A_failure_in_the_middle_of_a_write_leaves_no_trace()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        // The last issue's rounds fail after the run row, the first issues and some positions were written.
        var broken = run.Result with { Issues = [.. run.Result.Issues, Fails(run.Result.Issues[0], afterRounds: 2)] };
        using var store = Open();

        Assert.Throws<Interrupted>(() => store.SaveForecast(RunHeader.For(run, source, Start), broken, "{}"));

        Assert.Empty(store.List());
        foreach (var table in new[] { "runs", "issue_forecasts", "round_statistics", "positions" })
        {
            Assert.Equal(0, CountRows(table));
        }
        // The store is still usable after the failed write.
        var id = store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{}");
        Assert.Equal(run.Result.Issues.Count, store.Find(id)!.Issues.Count);
    }

    [StoreFact]
    public void A_second_connection_never_sees_a_run_being_written()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        using var writer = Open();
        using var reader = Open();
        var seenMidWrite = new List<int>();
        // Looks from the other connection while the writer is inside its transaction.
        var watched = run.Result with { Issues = [.. run.Result.Issues, Watch(run.Result.Issues[0], () => seenMidWrite.Add(reader.List().Count))] };

        writer.SaveForecast(RunHeader.For(run, source, Start), watched, "{}");

        Assert.NotEmpty(seenMidWrite);
        Assert.All(seenMidWrite, count => Assert.Equal(0, count));
        Assert.Single(reader.List());
    }

    [StoreFact]
    public void Opening_migrates_once_and_records_the_schema_version()
    {
        Clock.Now = Start.AddDays(-1);
        Open().Dispose();
        Clock.Now = Start;
        Open().Dispose();

        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, applied_at FROM schema_version ORDER BY version";
        using var rows = command.ExecuteReader();
        var versions = new List<(int, string)>();
        while (rows.Read())
        {
            versions.Add((Convert.ToInt32(rows.GetValue(0), CultureInfo.InvariantCulture), rows.GetString(1)));
        }
        Assert.Equal(RunSchema.Migrations.Select(m => (m.Version, "2025-03-13T09:26:53.5890000Z")), versions);
    }

    [StoreFact]
    public void A_store_written_by_a_newer_entente_is_refused_with_its_location()
    {
        string location;
        using (var store = Open())
        {
            location = store.Location;
        }
        Execute($"INSERT INTO schema_version (version, description, applied_at) VALUES ({RunSchema.Latest + 1}, 'future', 'x')");

        var refused = Assert.Throws<StoreException>(Open);

        Assert.StartsWith(location + ":", refused.Message);
        Assert.Contains("newer", refused.Message);
    }

    [StoreFact]
    public void A_result_document_is_kept_verbatim()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        var json = JsonSerializer.Serialize(run.Result);
        using var store = Open();

        var id = store.SaveForecast(RunHeader.For(run, source, Start), run.Result, json);

        Assert.Equal(json, store.Find(id)!.ResultJson);
    }

    [StoreFact]
    public void A_document_over_the_size_limit_is_refused_naming_the_store_and_nothing_is_written()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        var huge = "\"" + new string('x', RunWriter.MaxDocumentChars) + "\"";
        using var store = Open();

        var refused = Assert.Throws<StoreException>(() => store.SaveForecast(RunHeader.For(run, source, Start), run.Result, huge));
        var summary = Assert.Throws<StoreException>(() => store.SaveSummary(RunKind.Sweep, RunHeader.For(run, source, Start), huge));

        Assert.StartsWith(store.Location + ": cannot save the run: its document is 64 Mi characters, over the store's limit of 64 Mi", refused.Message);
        Assert.Equal(refused.Message, summary.Message);
        Assert.Equal(0, CountRows("runs"));
        Assert.Equal(0, CountRows("positions"));
    }

    private protected int CountRows(string table, long? runId = null)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        var column = table == "runs" ? "id" : "run_id";
        command.CommandText = runId is null ? $"SELECT COUNT(*) FROM {table}" : $"SELECT COUNT(*) FROM {table} WHERE {column} = {runId}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private protected void Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A copy of <paramref name="issue"/> whose rounds throw after <paramref name="afterRounds"/> of them.</summary>
    private static IssueForecast Fails(IssueForecast issue, int afterRounds) =>
        issue with { IssueId = "broken", Rounds = new Enumerated<RoundState>(issue.Rounds, afterRounds, () => throw new Interrupted()) };

    /// <summary>A copy of <paramref name="issue"/> that calls <paramref name="look"/> part-way through its rounds.</summary>
    private static IssueForecast Watch(IssueForecast issue, Action look) =>
        issue with { IssueId = "watched", Rounds = new Enumerated<RoundState>(issue.Rounds, 1, look) };

    private sealed class Interrupted : Exception;

    /// <summary>A list that runs an action when enumeration reaches an index: a window into the middle of a write.</summary>
    private sealed class Enumerated<T>(IReadOnlyList<T> items, int at, Action action) : IReadOnlyList<T>
    {
        public T this[int index] => items[index];

        public int Count => items.Count;

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i == at)
                {
                    action();
                }
                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

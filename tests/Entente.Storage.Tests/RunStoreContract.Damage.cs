using Entente.Storage.Tests.Infrastructure;

namespace Entente.Storage.Tests;

/// <summary>
/// A damaged store, whatever the database: a row that cannot be read is named with its column and the other runs stay
/// usable; an invalid document is an error, never read as if it were one; the check names every damaged run.
/// </summary>
public abstract partial class RunStoreContract
{
    private protected (long First, long Second) TwoRuns(IRunStore store)
    {
        var (run, source) = Forecasts.Run(model: "eum");
        return (store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{\"model\":\"eum\"}"),
                store.SaveForecast(RunHeader.For(run, source, Start), run.Result, "{\"model\":\"eum\"}"));
    }

    [StoreFact]
    public void A_malformed_row_is_listed_as_damaged_naming_its_column_and_the_other_runs_stay_readable()
    {
        (string Column, string Value, string Problem)[] cases =
        [
            ("seed", "'abc'", "column seed: The input string 'abc' was not in a correct format."),
            ("kind", "'forcast'", "column kind: unknown run kind 'forcast'"),
            ("started_at", "'yesterday'", "column started_at: "),
        ];
        using var store = Open();
        var (intact, _) = TwoRuns(store);
        var ids = cases.Select(_ => TwoRuns(store).First).ToList();
        for (var k = 0; k < cases.Length; k++)
        {
            Execute($"UPDATE runs SET {cases[k].Column} = {cases[k].Value} WHERE id = {ids[k]}");
        }

        var runs = store.List();

        Assert.Equal(2 + 2 * cases.Length, runs.Count);
        Assert.Equal(ids, runs.Where(r => r.Damage is not null).Select(r => r.Id));
        for (var k = 0; k < cases.Length; k++)
        {
            var id = ids[k];
            Assert.StartsWith(cases[k].Problem, runs.Single(r => r.Id == id).Damage);
            var damaged = Assert.Throws<StoreException>(() => store.Find(id));
            Assert.StartsWith($"{store.Location}: run {id} is damaged: {cases[k].Problem}", damaged.Message);
        }
        var listed = runs.Single(r => r.Id == intact);
        Assert.Equal("eum", listed.Model);
        Assert.Equal(store.Find(intact)!.Issues.Count, listed.IssueCount);
    }

    [StoreFact]
    public void An_invalid_result_document_is_an_error_naming_the_run_not_a_document()
    {
        (string Document, string Problem)[] cases =
        [
            ("'{\"model\": '", "column result_json: the document is not valid JSON (line 1, byte 11)"),
            ("'\"a string, not a document\"'", "column result_json: the document is a JSON string, not an object"),
            ("NULL", "column result_json: a forecast without its result document"),
        ];
        using var store = Open();
        var (intact, _) = TwoRuns(store);
        var ids = cases.Select(_ => TwoRuns(store).First).ToList();
        for (var k = 0; k < cases.Length; k++)
        {
            Execute($"UPDATE runs SET result_json = {cases[k].Document} WHERE id = {ids[k]}");
        }

        for (var k = 0; k < cases.Length; k++)
        {
            var id = ids[k];
            var damaged = Assert.Throws<StoreException>(() => store.Find(id));
            Assert.StartsWith($"{store.Location}: run {id} is damaged: {cases[k].Problem}", damaged.Message);
        }
        Assert.Equal("{\"model\":\"eum\"}", store.Find(intact)!.ResultJson);
        Assert.All(store.List(), r => Assert.Null(r.Damage));
    }

    [StoreFact]
    public async Task The_check_finds_a_sound_store_clean_and_then_names_every_damaged_run()
    {
        using var store = Open();
        var (first, second) = TwoRuns(store);
        var third = TwoRuns(store).First;

        var clean = await store.CheckAsync();
        Execute($"UPDATE runs SET summary_json = '[1, 2' WHERE id = {first}");
        Execute($"UPDATE runs SET seed = '-1' WHERE id = {third}");
        var damaged = await store.CheckAsync();

        Assert.True(clean.Clean);
        Assert.Equal(4, clean.RunsChecked);
        Assert.Empty(clean.Problems);
        Assert.Null(await store.QuickCheckAsync());
        Assert.False(damaged.Clean);
        Assert.Equal(4, damaged.RunsChecked);
        Assert.Equal([first, third], damaged.DamagedRuns.Select(d => d.Id));
        Assert.StartsWith("column summary_json: the document is not valid JSON", damaged.DamagedRuns[0].Problem);
        Assert.StartsWith("column seed: ", damaged.DamagedRuns[1].Problem);
        Assert.NotNull(store.Find(second));
    }
}

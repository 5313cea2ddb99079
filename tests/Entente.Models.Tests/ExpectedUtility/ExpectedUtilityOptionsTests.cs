using Entente.Domain;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

public sealed class ExpectedUtilityOptionsTests
{
    [Fact]
    public void Both_entries_are_in_the_catalog_with_their_variants()
    {
        Assert.NotNull(ModelCatalog.Find("eum"));
        Assert.NotNull(ModelCatalog.Find("eum-scholz"));
        Assert.Equal(EumVariant.Bdm, ExpectedUtilityOptions.Parse([]).Variant);
        Assert.Equal(EumVariant.Scholz, ExpectedUtilityOptions.Parse([], EumVariant.Scholz).Variant);
    }

    [Fact]
    public void Options_are_read_case_insensitively()
    {
        var options = ExpectedUtilityOptions.Parse(
            [new("Q", "0.5"), new("t", "0.25"), new("variant", "Scholz"), new("rounds", "4"), new("tolerance", "0.01"), new("maxrounds", "7")]);
        Assert.Equal(new ExpectedUtilityOptions { Q = 0.5, T = 0.25, Variant = EumVariant.Scholz, Rounds = 4, Tolerance = 0.01, MaxRounds = 7 }, options);
    }

    [Fact]
    public void An_unknown_option_gets_a_did_you_mean()
    {
        var error = Assert.Throws<ModelOptionsException>(() => ModelCatalog.Create("eum", [new ModelOption("toleranse", "0.1")]));
        Assert.Contains("did you mean 'tolerance'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q", "1.5", "between 0 and 1")]
    [InlineData("t", "-0.1", "between 0 and 1")]
    [InlineData("q", "abc", "must be a number")]
    [InlineData("rounds", "0", "at least 1")]
    [InlineData("maxRounds", "2.5", "whole number")]
    [InlineData("maxRounds", "2147483647", "at most 100,000 (got 2,147,483,647)")]
    [InlineData("rounds", "100001", "at most 100,000")]
    [InlineData("tolerance", "0", "above 0")]
    [InlineData("variant", "kta", "one of bdm, scholz")]
    public void Bad_values_are_reported(string name, string value, string message)
    {
        var error = Assert.Throws<ModelOptionsException>(() => ModelCatalog.Create("eum", [new ModelOption(name, value)]));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var error = Assert.Throws<ModelOptionsException>(() => ExpectedUtilityOptions.Parse([new("q", "2"), new("rounds", "-1")]));
        Assert.Equal(2, error.Problems.Count);
    }
}

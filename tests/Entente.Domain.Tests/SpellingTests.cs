namespace Entente.Domain.Tests;

public class SpellingTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("salience", "salience", 0)]
    [InlineData("capabilty", "capability", 1)]
    public void Distance_is_the_Levenshtein_distance(string a, string b, int expected) =>
        Assert.Equal(expected, Spelling.Distance(a, b));

    [Fact]
    public void Nearest_suggests_a_close_name_and_nothing_for_a_distant_one()
    {
        string[] keys = ["position", "salience", "capability"];
        Assert.Equal("salience", Spelling.Nearest("saliance", keys));
        Assert.Equal("capability", Spelling.Nearest("Capabilty", keys));
        Assert.Null(Spelling.Nearest("zzzzzz", keys));
    }
}

using Entente.Models.Common;

namespace Entente.Models.Tests.Common;

/// <summary>Narratives list names as a reader writes them and count in the right number (issue 18, item 11).</summary>
public sealed class WordingTests
{
    [Fact]
    public void Lists_join_the_last_two_with_and_and_the_rest_with_commas()
    {
        Assert.Equal("", Wording.List([]));
        Assert.Equal("United States", Wording.List(["United States"]));
        Assert.Equal("United States and South Korea", Wording.List(["United States", "South Korea"]));
        Assert.Equal("United States, South Korea and Japan", Wording.List(["United States", "South Korea", "Japan"]));
    }

    [Fact]
    public void Counts_are_singular_only_for_one()
    {
        Assert.Equal("1 other actor", Wording.Count(1, "other actor"));
        Assert.Equal("0 other actors", Wording.Count(0, "other actor"));
        Assert.Equal("3 other actors", Wording.Count(3, "other actor"));
    }
}

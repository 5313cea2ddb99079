namespace Entente.Formats.Tests;

public class SourceMapTests
{
    [Fact]
    public void A_path_the_file_leaves_implicit_is_located_at_its_nearest_enclosing_element()
    {
        var map = new SourceMap();
        map.Add("issues[1]", 20, 5);
        map.Add("issues[1].decisionRule", 24, 19);

        Assert.True(map.TryLocate("issues[1].decisionRule.vetoPlayers[0]", out var line, out var column));
        Assert.Equal((24, 19), (line, column));
        Assert.True(map.TryLocate("issues[1].statusQuo", out line, out column));
        Assert.Equal((20, 5), (line, column));
        Assert.False(map.TryLocate("actors[0].id", out _, out _));
        Assert.False(map.TryFind("issues[1].statusQuo", out _, out _));
    }

    [Theory]
    [InlineData("issues[1].decisionRule.vetoPlayers[0]", "issues[1].decisionRule.vetoPlayers")]
    [InlineData("issues[1].decisionRule.vetoPlayers", "issues[1].decisionRule")]
    [InlineData("issues[1]", "issues")]
    [InlineData("model.name", "model")]
    [InlineData("name", null)]
    public void Parents_drop_the_last_segment_or_index(string path, string? parent)
    {
        Assert.Equal(parent, SourceMap.Parent(path));
    }

    [Fact]
    public void An_element_of_a_top_level_list_is_found_by_its_path_whichever_way_it_was_recorded()
    {
        var map = new SourceMap();
        map.Add("stances", 12, "salience", 40, 7);
        map.Add("stances", 12, "", 40, 3);
        map.Add("actors[3].capability", 9, 20);
        map.Add("actors[03]", 1, 1);

        Assert.True(map.TryFind("stances[12].salience", out var line, out var column));
        Assert.Equal((40, 7), (line, column));
        Assert.True(map.TryLocate("stances[12].noise.position", out line, out column));
        Assert.Equal((40, 3), (line, column));
        Assert.False(map.TryFind("stances[11].salience", out _, out _));
        Assert.False(map.TryFind("stances[1200000].salience", out _, out _));
        Assert.True(map.TryFind("actors[3].capability", out line, out column));
        Assert.Equal((9, 20), (line, column));
        Assert.False(map.TryFind("actors[3]", out _, out _));
        Assert.True(map.TryFind("actors[03]", out line, out _));
        Assert.Equal(1, line);
        Assert.Equal(4, map.Count);
        Assert.Equal("stances[12].salience", SourceMap.ElementPath("stances", 12, "salience"));
        Assert.Equal("stances[12]", SourceMap.ElementPath("stances", 12, ""));
    }

    [Fact]
    public void Recording_an_element_again_moves_it_without_counting_it_twice()
    {
        var map = new SourceMap();
        map.Add("stances[2]", 5, 5);
        map.Add("stances", 2, "", 6, 9);
        Assert.True(map.TryFind("stances[2]", out var line, out var column));
        Assert.Equal((6, 9), (line, column));
        Assert.Equal(1, map.Count);
    }
}

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
}

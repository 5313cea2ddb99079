using Entente.Formats.Importers.Deu;

namespace Entente.Formats.Tests.Importers.Deu;

/// <summary>The groups influence is pooled in: EU-15 or later members, large or small states, each institution its own.</summary>
public class DeuActorsTests
{
    [Fact]
    public void Groups_are_eu15_or_later_and_large_or_small_and_the_institutions_their_own()
    {
        Assert.Equal("eu15-large", DeuActors.PoolOf("de"));
        Assert.Equal("eu15-small", DeuActors.PoolOf("lu"));
        Assert.Equal("later-large", DeuActors.PoolOf("pl"));
        Assert.Equal("later-small", DeuActors.PoolOf("ro"));
        Assert.Equal("com", DeuActors.PoolOf(DeuActors.Commission));
        Assert.Equal("ep", DeuActors.PoolOf(DeuActors.Parliament));
        Assert.Equal(15, DeuActors.All.Count(a => DeuActors.PoolOf(a.Id).StartsWith("eu15-", StringComparison.Ordinal)));
        Assert.Equal(6, DeuActors.All.Count(a => DeuActors.PoolOf(a.Id).EndsWith("-large", StringComparison.Ordinal)));
    }
}

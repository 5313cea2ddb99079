using Entente.Models;

namespace Entente.Application.Tests.Catalog;

public sealed class ModelServiceTests
{
    [Fact]
    public async Task Every_catalog_model_is_listed_with_its_options_in_their_one_spelling()
    {
        var models = await new ModelService().RunAsync();

        Assert.Equal(ModelCatalog.All.Select(m => m.Name), models.Select(m => m.Name));
        var institutional = models.Single(m => m.Name == "institutional");
        Assert.Equal(["agendaSetter", "coLegislator", "consulted", "salienceExponent", "referencePush"], institutional.Options.Select(o => o.Name));
        Assert.All(models.SelectMany(m => m.Options), o => Assert.False(ModelOptionNames.IsOldSpelling(o.Name), o.Name));
        Assert.Equal(["institutional", "power-compromise"], models.Where(m => m.Tunable).Select(m => m.Name));
    }
}

using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>Shortcut to the internal offer rule.</summary>
internal static class ExpectedUtilityRules
{
    public static OfferKind? Classify(double receiverUtility, double proposerUtility, EumVariant variant) =>
        OfferRule.Classify(receiverUtility, proposerUtility, variant);
}

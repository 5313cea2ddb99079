namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>Argument checks shared by the negotiation rules, which all take parties as aligned columns.</summary>
internal static class Parties
{
    public static void RequireAligned(ReadOnlySpan<double> positions, ReadOnlySpan<double> capabilities, ReadOnlySpan<int> sides)
    {
        if (capabilities.Length != positions.Length || sides.Length != positions.Length)
        {
            throw new ArgumentException("Positions, capabilities and sides must list the same parties.", nameof(capabilities));
        }
    }
}

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// What each receiver believes the others' saliences to be (the diplomacy layer's perception provider):
/// ŝ^h_j = E^h[r_j], its own salience being its true one.
/// </summary>
internal interface IPerceivedSaliences
{
    /// <summary>Whether any receiver's view differs from the truth this round.</summary>
    bool AnyDiffers { get; }

    /// <summary>
    /// Fills <paramref name="saliences"/> (by input index) with what <paramref name="receiver"/> believes; returns
    /// false, leaving the span unspecified, when its view equals the truth.
    /// </summary>
    bool Fill(int receiver, Span<double> saliences);
}

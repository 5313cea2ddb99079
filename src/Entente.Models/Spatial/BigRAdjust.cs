namespace Entente.Models.Spatial;

/// <summary>How much actor h's estimate of actor i's risk attitude leans towards i's true one (KTAB's BigRAdjust).</summary>
public enum BigRAdjust
{
    /// <summary>h assumes i is like itself: R_h.</summary>
    None,
    /// <summary>(2 R_h + R_i) / 3.</summary>
    OneThird,
    /// <summary>(R_h + R_i) / 2.</summary>
    Half,
    /// <summary>(R_h + 2 R_i) / 3.</summary>
    TwoThirds,
    /// <summary>h knows i: R_i.</summary>
    Full,
}

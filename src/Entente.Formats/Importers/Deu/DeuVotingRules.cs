using System.Text.RegularExpressions;

namespace Entente.Formats.Importers.Deu;

/// <summary>
/// The Council voting rules of the <c>counvte</c> column. The development split writes <c>QMV</c> and <c>Unan</c>;
/// other waves and hand-edited tables write variants of the codebook's two rules: a note in parentheses
/// (<c>QMV(10)</c>, <c>Unan (art. 308)</c>), another case, the words spelt out (<c>qualified majority</c>,
/// <c>unanimity</c>). A variant is read as its rule only when nothing else in it could name another rule;
/// anything else is not a rule, never a guess.
/// </summary>
internal static partial class DeuVotingRules
{
    /// <summary>Qualified majority, as the development split writes it.</summary>
    public const string QualifiedMajority = "QMV";

    /// <summary>Unanimity, as the development split writes it.</summary>
    public const string Unanimity = "Unan";

    /// <summary>The rule <paramref name="code"/> names (<see cref="QualifiedMajority"/> or <see cref="Unanimity"/>), or null when it names none.</summary>
    public static string? Read(string code)
    {
        var match = Variant().Match(code);
        if (!match.Success)
        {
            return null;
        }
        return match.Groups["qmv"].Success ? QualifiedMajority : Unanimity;
    }

    /// <summary>Whether <paramref name="code"/> is written exactly as the development split writes a rule.</summary>
    public static bool IsCanonical(string code) => code is QualifiedMajority or Unanimity;

    // The rule's word, optionally followed by one parenthesised note of digits, letters, spaces and . , / -.
    [GeneratedRegex(@"^\s*(?:(?<qmv>qmv|qualified[ _-]majority(?:[ _-]voting)?)|(?<unan>unan\.?|unanimity|unanimous))\s*(?:\(\s*[\p{L}\p{Nd} .,/-]*\))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Variant();
}

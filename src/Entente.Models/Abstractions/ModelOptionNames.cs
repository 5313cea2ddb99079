using System.Text;

namespace Entente.Models;

/// <summary>
/// Option names have one spelling, camelCase (<c>maxRounds</c>, <c>referencePush</c>), matched without regard to
/// case. The kebab-case spellings some options had (<c>reference-push</c>) are still read, as the same option,
/// so that existing scenario files and scripts run; callers warn about them.
/// </summary>
public static class ModelOptionNames
{
    /// <summary>The one spelling of <paramref name="name"/>: <c>reference-push</c> and <c>reference_push</c> become <c>referencePush</c>.</summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IndexOfAny(['-', '_']) < 0)
        {
            return name;
        }
        var text = new StringBuilder(name.Length);
        var upper = false;
        foreach (var c in name)
        {
            if (c is '-' or '_')
            {
                upper = text.Length > 0;
                continue;
            }
            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return text.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is an old spelling of an option (it has a '-' or '_').</summary>
    public static bool IsOldSpelling(string name) => !string.Equals(Canonical(name), name, StringComparison.Ordinal);
}

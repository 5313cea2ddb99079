namespace Entente.Formats.Tests;

/// <summary>The small damages the fuzz and differential tests do to a seed file, by kind.</summary>
internal static class Mutations
{
    /// <summary>How many kinds <see cref="Apply"/> knows: truncation, deleted line, duplicated line, flipped character, inserted character, indented line.</summary>
    public const int Kinds = 6;

    /// <summary>Damage of kind <paramref name="kind"/> at the fraction <paramref name="at"/> of the seed, with <paramref name="other"/> where a character is needed.</summary>
    public static string Apply(string seed, int kind, double at, char other)
    {
        if (seed.Length == 0)
        {
            return seed;
        }
        var position = (int)(at * (seed.Length - 1));
        var lines = seed.Split('\n').ToList();
        var line = (int)(at * (lines.Count - 1));
        switch (kind)
        {
            case 0:
                return seed[..position];
            case 1:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 2:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 3:
                var chars = seed.ToCharArray();
                chars[position] = other;
                return new string(chars);
            case 4:
                return seed.Insert(position, other.ToString());
            default:
                lines[line] = " " + lines[line];
                return string.Join('\n', lines);
        }
    }
}

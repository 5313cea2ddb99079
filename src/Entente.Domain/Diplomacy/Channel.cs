namespace Entente.Domain.Diplomacy;

/// <summary>How a signal reaches its audience; the channel fixes who hears it, its audience cost and its base credibility.</summary>
public enum Channel
{
    /// <summary>A démarche, an envoy, a direct channel: only the named recipients hear it; no audience cost.</summary>
    Private,

    /// <summary>Anonymous officials to the press: everyone hears it, at a small audience cost.</summary>
    Leak,

    /// <summary>An on-record statement, speech or post: everyone hears it, at the full audience cost.</summary>
    Public,

    /// <summary>A summit communiqué of several senders: everyone hears it; each sender bears the full audience cost.</summary>
    Joint,
}

/// <summary>Names of channels in files and output.</summary>
public static class Channels
{
    /// <summary>The channel names, in the order of <see cref="Channel"/>.</summary>
    public static readonly IReadOnlyList<string> Names = ["private", "leak", "public", "joint"];

    /// <summary>The file name of <paramref name="channel"/>.</summary>
    public static string NameOf(Channel channel) => Names[(int)channel];

    /// <summary>Parses a channel name (case-insensitive).</summary>
    public static bool TryParse(string text, out Channel channel)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                channel = (Channel)i;
                return true;
            }
        }
        channel = Channel.Private;
        return false;
    }
}

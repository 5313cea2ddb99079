using System.Security.Cryptography;
using System.Text;

namespace Entente.Storage;

/// <summary>
/// The scenario exactly as the user gave it: the file's text, not a re-serialisation, so a stored run can be
/// re-run and its inputs audited byte for byte.
/// </summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Text">The file's text as read.</param>
/// <param name="File">The file as the user named it, if it came from one.</param>
public sealed record ScenarioSource(string Name, string Text, string? File = null)
{
    /// <summary>SHA-256 of <see cref="Text"/> in UTF-8, as 64 lower-case hex digits; equal hashes mean equal inputs.</summary>
    public string Sha256 { get; } = Hash(Text);

    /// <summary>SHA-256 of <paramref name="text"/> in UTF-8, as lower-case hex.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

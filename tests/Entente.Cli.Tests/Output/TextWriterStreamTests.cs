using System.Text;
using CsCheck;
using Entente.Cli.Output;

namespace Entente.Cli.Tests.Output;

/// <summary>UTF-8 written to the stream in any pieces reaches the writer as the same text.</summary>
public sealed class TextWriterStreamTests
{
    [Fact]
    public void Text_cut_into_any_pieces_even_inside_a_character_arrives_whole()
    {
        Gen.Select(Gen.String[Gen.Char["abzé€ü{}\"\n"]].Select(s => s + "𝄞 Zürich €"), Gen.Int[1, 7]).Sample((text, piece) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            using var writer = new StringWriter();
            using (var stream = new TextWriterStream(writer))
            {
                for (var at = 0; at < bytes.Length; at += piece)
                {
                    stream.Write(bytes, at, Math.Min(piece, bytes.Length - at));
                }
            }
            Assert.Equal(text, writer.ToString());
        });
    }
}

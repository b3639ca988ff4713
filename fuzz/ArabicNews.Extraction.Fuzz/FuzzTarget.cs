using System.Text;
using ArabicNews.Extraction.Serialization;
using ArabicNews.Extraction.Tests.Reliability;

namespace ArabicNews.Extraction.Fuzz;

/// <summary>
/// One fuzzing execution: bytes to a string, extraction, and the whole article contract on the result and its JSON.
/// Any exception is a finding.
/// </summary>
internal static class FuzzTarget
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    /// <summary>
    /// The input as text: after a UTF-16LE byte-order mark (FF FE) the bytes are raw UTF-16 code units, so unpaired
    /// and reversed surrogates are reachable; otherwise UTF-8, invalid sequences replaced.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.UTF8.GetString(bytes);
        var units = bytes[2..];
        var chars = new char[units.Length / 2];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)(units[2 * i] | (units[(2 * i) + 1] << 8));
        return new string(chars);
    }

    /// <summary>The bytes that <see cref="Decode"/> turns back into <paramref name="text"/> exactly.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new byte[2 + (2 * text.Length)];
        bytes[0] = 0xFF;
        bytes[1] = 0xFE;
        for (var i = 0; i < text.Length; i++)
        {
            bytes[2 + (2 * i)] = (byte)text[i];
            bytes[3 + (2 * i)] = (byte)(text[i] >> 8);
        }

        return bytes;
    }

    public static void Run(ReadOnlySpan<byte> bytes) => Run(Decode(bytes));

    public static void Run(string text)
    {
        var article = Extractor.Extract(text);
        ArticleContract.Check(article, text);
        ArticleContract.CheckJson(ArticleJson.Serialize(article, includeTokens: true), text);
    }
}

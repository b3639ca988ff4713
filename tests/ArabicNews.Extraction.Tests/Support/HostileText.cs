using System.Text;

namespace ArabicNews.Extraction.Tests.Support;

/// <summary>
/// Seeded random strings of everything real and broken news text holds: Arabic letters with tashkeel and tatweel,
/// presentation forms that expand (ﻷ ﷺ) or vanish, bidi and zero-width marks, odd spaces, digits of three scripts,
/// Latin, punctuation and quotation marks, line breaks, controls, emoji and lone surrogates.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "ا", "ب", "ت", "ج", "ح", "د", "ر", "س", "ع", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ء", "أ", "إ", "آ", "ؤ", "ئ", "ة", "ى", "ٱ",
        "\u064B", "\u064C", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u06D6", "\u0610", "\u0640",
        "\uFE8D", "\uFEDF", "\uFEF7", "\uFEFB", "\uFDF2", "\uFDFA", "\uFC5E", "\uFE70", "\uFE71", "\uFB8E",
        "\u200B", "\u200C", "\u200F", "\u202B", "\u202C", "\u2067", "\u2069", "\u061C", "\uFEFF", "\u00AD", "\u00A0", "\u202F",
        "٠", "٣", "٫", "۴", "7", "0",
        "A", "z", "é", "Ł",
        "،", "؛", "؟", ".", ",", "!", "(", ")", "«", "»", "“", "”", "\"", "'", "-", "–", "…", "%",
        " ", " ", " ", "\n", "\r\n", "\t", "\u2029",
        "\u0001", "\u007F", "\u0085",
        "😀", "\uD800", "\uDC00",
        "والرئيس", "بالقاهرة", "للبنان", "وزارته", "https://www.x.com/a", "16/4/2021", "3.5",
    ];

    public static string Generate(Random random, int maxPieces)
    {
        var builder = new StringBuilder();
        var count = random.Next(maxPieces + 1);
        for (var i = 0; i < count; i++)
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        return builder.ToString();
    }

    public static TheoryData<int> Seeds(int count)
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= count; seed++)
            seeds.Add(seed);
        return seeds;
    }
}

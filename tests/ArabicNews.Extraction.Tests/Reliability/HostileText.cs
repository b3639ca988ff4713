using System.Text;
using CsCheck;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>Generators of the inputs scraped web text throws at the library, and a few named extreme cases.</summary>
internal static class HostileText
{
    private const string ArabicLetters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
    private const string PersianUrduLetters = "پچژگکیےہھۀەٹڈڑںۓ";
    private const string Diacritics = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0610\u06E1\u08F0";
    private const string Punctuation = ".!?؟…۔,،;؛:-–—()[]{}/\\@#%&*+=<>|~^_$€";
    private const string QuoteMarks = "\"'«»“”„‟‹›‘’‚‛";
    private const string Spaces = " \t\n\r\u000B\u000C\u0085\u00A0\u2028\u2029\u3000\u202F";
    private const string Invisible = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF\u2060\u00AD\u0640";

    private static readonly string[] Words =
    [
        "وبالقاهرة", "للرئيس", "الكرملين", "بوتين", "وزير", "سيتم", "دعوتها", "قال", "وأضاف", "إن", "أن", "مصدر",
        "محمد", "د.", "ق.م", "U.S.", "www.example.com", "http://x.tn/a?b=1", "mail@site.org", "3.5", "16/4/2021",
        "10:30", "٢٠٢٤", "۱۴۰۲", "Jean-Noël", "l'Habitat", "ﻻ", "ﷺ", "ﺍﻟﻌﺮﺑﻴﺔ", "مـــصـــر", "کتاب", "ہے", "پاکستان",
        "<p>", "</p>", "<br/>", "&nbsp;", "&amp;", "<script>alert(1)</script>", "<a href=\"x\">", "\"", "»", "..", "...",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (10, Gen.Char[ArabicLetters].Array[1, 8].Select(c => new string(c))),
        (6, Gen.OneOf(Words.Select(Gen.Const).ToArray())),
        (4, Gen.Char[Spaces].Select(c => c.ToString())),
        (3, Gen.Char[Punctuation].Select(c => c.ToString())),
        (3, Gen.Char[QuoteMarks].Array[1, 4].Select(c => new string(c))),
        (2, Gen.Char[Diacritics].Select(c => c.ToString())),
        (2, Gen.Char[PersianUrduLetters].Array[1, 5].Select(c => new string(c))),
        (2, Gen.Char[Invisible].Array[1, 6].Select(c => new string(c))),
        (2, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
        (1, Gen.Char['\u007F', '\u009F'].Select(c => c.ToString())),
        (2, Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32)),
        (1, Gen.Int[0x10000, 0x10FFFF].Where(cp => cp is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32)),
        (2, Gen.Char['\uD800', '\uDBFF'].Select(c => c.ToString())),
        (2, Gen.Char['\uDC00', '\uDFFF'].Select(c => c.ToString())),
        (1, Gen.Select(Gen.Char['\uDC00', '\uDFFF'], Gen.Char['\uD800', '\uDBFF'], (low, high) => $"{low}{high}")),
        (2, Gen.Char['\uFB50', '\uFDFF'].Select(c => c.ToString())),
        (2, Gen.Char['\uFE70', '\uFEFF'].Select(c => c.ToString())),
        (2, Gen.Char['\u0660', '\u06FF'].Select(c => c.ToString())),
        (1, Gen.Char['\u0750', '\u08FF'].Select(c => c.ToString())),
        (2, Gen.Char['A', 'z'].Array[1, 10].Select(c => new string(c))),
        (1, Gen.Char.Select(c => c.ToString())));

    /// <summary>Strings of up to a few hundred pieces of Arabic, Persian, Urdu, Latin, marks, controls, surrogates and markup.</summary>
    public static Gen<string> Any { get; } = Piece.Array[0, 200].Select(string.Concat);

    /// <summary>Arbitrary UTF-16: any code unit, surrogates included, in any order.</summary>
    public static Gen<string> RawUtf16 { get; } = Gen.String[Gen.Char, 0, 300];

    /// <summary>Named extreme cases, each a whole input.</summary>
    public static IEnumerable<(string Name, string Text)> Named()
    {
        yield return ("empty", string.Empty);
        yield return ("whitespace", " \t\r\n\u00A0\u2028\u2029\u3000 \n\n\r\n");
        yield return ("latin only", "Breaking news. The U.S. president said: \"We will meet.\" Dr. Smith agreed!\nSecond paragraph...");
        yield return ("emoji", "😀😃🇹🇳👨‍👩‍👧 قال 🙂 «مرحبا 🎉» 👍🏽");
        yield return ("lone high surrogates", "قال\uD800 إن\uD83D الوضع\uDBFF");
        yield return ("lone low surrogates", "\uDC00قال \uDE00إن الوضع\uDFFF");
        yield return ("reversed surrogates", "\uDE00\uD83Dقال\uDC00\uD800 إن\uDFFF\uDBFF");
        yield return ("nul and controls", "قال\u0000 الوزير\u0001\u0002\u0007\u001B\u007F\u0080\u009F إن\u0000\u0000.");
        yield return ("bidi and zero width runs", string.Concat(Enumerable.Repeat("\u202B\u200F\u200B\u2067\u200D\u202E\u2069\u061C\uFEFF", 200)) + "قال");
        yield return ("only invisible marks", string.Concat(Enumerable.Repeat("\u200B\u200E\u202A\uFEFF\u00AD", 500)));
        yield return ("html", "<html><head><title>خبر</title></head><body><p>قال «الوزير» &nbsp; إن</p><script>var x = \"<\";</script></body></html>");
        yield return ("10,000 opening guillemets", new string('«', 10_000));
        yield return ("10,000 opening quotes in text", string.Concat(Enumerable.Repeat("قال “", 10_000)));
        yield return ("10,000 ASCII quotes", new string('"', 10_000));
        yield return ("mixed Arabic Persian Urdu", "قال الرئيس إن پاکستان و ایران گفت‌وگو کردند. یہ ایک کتاب ہے۔ وأضاف: «نعم».\nکی بات ہے؟");
        yield return ("diacritics only", new string('\u064B', 3_000));
        yield return ("tatweel only", new string('\u0640', 3_000));
        yield return ("presentation forms", "ﺍﻟﻌﺮﺑﻴﺔ ﻻ ﻷ ﷲ ﷺ ﷽ ﻫﺬﺍ.");
        yield return ("terminators only", string.Concat(Enumerable.Repeat(".!?؟…۔", 2_000)));
        yield return ("line breaks only", string.Concat(Enumerable.Repeat("\r\n\n\r\u2028\u2029\u0085", 2_000)));
        yield return ("long word", new string('ب', 100_000));
        yield return ("long number", new string('٣', 50_000) + "." + new string('1', 50_000));
        yield return ("long address-like run", string.Concat(Enumerable.Repeat("a.b/", 25_000)));
    }

    /// <summary>One line of Arabic news words, without a line break, at least <paramref name="utf8Bytes"/> long in UTF-8.</summary>
    public static string SingleLine(int utf8Bytes)
    {
        string[] words = ["قال", "الرئيس", "إن", "المحادثات", "مع", "الجانب", "الروسي", "كانت", "بناءة،", "وأضاف", "«نحن", "مستعدون»", "2024", "في", "القاهرة."];
        var builder = new StringBuilder(utf8Bytes / 2 + 32);
        var bytes = 0;
        for (var i = 0; bytes < utf8Bytes; i++)
        {
            var word = words[i % words.Length];
            builder.Append(word).Append(' ');
            bytes += Encoding.UTF8.GetByteCount(word) + 1;
        }

        return builder.ToString();
    }
}

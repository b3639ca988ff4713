using System.Globalization;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>Character classes the segmenters share.</summary>
internal static class CharClass
{
    /// <summary>A letter of the Arabic script (Arabic, Persian, Urdu; Supplement and Extended-A blocks).</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') or (>= '\u066E' and <= '\u066F')
            or (>= '\u0671' and <= '\u06D3') or '\u06D5' or (>= '\u06EE' and <= '\u06EF') or (>= '\u06FA' and <= '\u06FC')
            or '\u06FF' or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9');

    /// <summary>A combining mark that belongs to the letter before it (tashkeel, when the view keeps it).</summary>
    public static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    /// <summary>Tatweel, which stretches a word and never ends one.</summary>
    public static bool IsTatweel(char c) => c == '\u0640';

    /// <summary>A decimal digit of any script.</summary>
    public static bool IsDigit(char c) => char.IsDigit(c);

    /// <summary>Space, tab, line break, or a control character that reads as a gap (white space or a control character).</summary>
    /// <remarks>
    /// Asked of nearly every character, so the blocks that hold neither (printable ASCII, Latin-1 letters, Arabic) are
    /// answered by comparisons: the controls are U+0000-001F and U+007F-009F, and the white space below U+1680 is
    /// U+0009-000D, U+0020, U+0085 and U+00A0.
    /// </remarks>
    public static bool IsSpace(char c) =>
        c <= ' ' || (c >= '\u007F' && (c <= '\u00A0' || (c >= '\u1680' && char.IsWhiteSpace(c))));

    /// <summary>A character that breaks a line or a paragraph.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\u000B' or '\u000C';

    /// <summary>Sentence-final punctuation: . ! ? ؟ … and the Arabic full stop ۔.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u2026' or '\u06D4';

    /// <summary>An opening quotation mark of any style (ASCII " and ' open and close).</summary>
    public static bool IsQuoteMark(char c) =>
        c is '"' or '\'' or '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2018' or '\u2019'
            or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    /// <summary>A closing bracket.</summary>
    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}';

    /// <summary>An opening bracket.</summary>
    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{';

    /// <summary>A letter of a Latin alphabet (Basic Latin through Latin Extended-B).</summary>
    public static bool IsLatinLetter(char c) => c < '\u0250' && char.IsLetter(c);

    /// <summary>Punctuation inside a sentence that never starts one: commas, semicolons and the colon.</summary>
    public static bool IsClausePunctuation(char c) => c is '\u060C' or ',' or '\u061B' or ';' or ':';

    /// <summary>
    /// The letter that word comparisons use: alef variants become ا, ى becomes ي, ة becomes ه, so spellings with and
    /// without hamza match; every other character is itself.
    /// </summary>
    public static char FoldLetter(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
        '\u0649' => '\u064A',
        '\u0629' => '\u0647',
        _ => c,
    };
}

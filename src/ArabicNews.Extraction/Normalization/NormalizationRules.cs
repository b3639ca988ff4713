namespace ArabicNews.Extraction.Normalization;

/// <summary>
/// The rules an <see cref="ArabicNormalizer"/> applies, each switchable on its own.
/// <see cref="Display"/> keeps the text as a reader would want it; <see cref="Matching"/> folds everything that
/// spelling varies on, for comparing words.
/// </summary>
[Flags]
public enum NormalizationRules
{
    /// <summary>Change nothing.</summary>
    None = 0,

    /// <summary>Alef with hamza above or below, madda, wasla and wavy hamza (أ إ آ ٱ ٲ ٳ) become bare alef ا.</summary>
    Alef = 1 << 0,

    /// <summary>Alef maksura ى becomes ya ي.</summary>
    AlefMaksura = 1 << 1,

    /// <summary>Ta marbuta ة becomes ha ه. Off for display, on for matching.</summary>
    TehMarbuta = 1 << 2,

    /// <summary>Hamza on waw and on ya (ؤ ئ) become their seats و ي. Off in both presets.</summary>
    HamzaSeats = 1 << 3,

    /// <summary>
    /// Tashkeel removed: tanween, fatha, damma, kasra, shadda, sukun, the extra marks U+0656-065F, superscript
    /// alef U+0670, the honorific marks U+0610-061A and the Quranic annotation marks (U+06D6-06ED, U+0898-089F,
    /// U+08CA-08FF).
    /// </summary>
    Diacritics = 1 << 4,

    /// <summary>Tatweel (kashida) U+0640 removed.</summary>
    Tatweel = 1 << 5,

    /// <summary>Arabic-Indic ٠-٩ and extended ۰-۹ digits become 0-9; the Arabic decimal, thousands and percent signs become . , %.</summary>
    Digits = 1 << 6,

    /// <summary>Persian and Urdu letter forms become their Arabic counterparts: ی ے → ي, ک → ك, ہ ھ ۀ ە → ه.</summary>
    PersianLetters = 1 << 7,

    /// <summary>
    /// Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF) decomposed by NFKC from an embedded table (so it works under
    /// invariant globalization); the lam-alef ligatures keep their hamza (ﻷ → لأ), and the spacing forms of the marks
    /// (ﹰ, ﱞ) become the bare marks, without the space NFKC would put before them.
    /// </summary>
    PresentationForms = 1 << 8,

    /// <summary>
    /// Bidi controls, zero-width characters, the Arabic letter mark, the byte-order mark, the soft hyphen and the
    /// combining grapheme joiner removed; no-break and other fixed-width spaces become a plain space; C0/C1 control
    /// characters other than tab and line breaks become a space.
    /// </summary>
    InvisibleMarks = 1 << 9,

    /// <summary>
    /// Arabic punctuation and quotation marks folded: ، ⹁ ؛ ؟ ۔ ٭ → , , ; ? . * and « » “ ” „ ‟ → " and ‹ › ‘ ’ ‚ ‛ → '
    /// and the dashes and minus sign (U+2010-2015, U+2212) → -.
    /// </summary>
    Punctuation = 1 << 10,

    /// <summary>Latin capitals (ASCII, Latin-1 and Latin Extended-A/B) in lower case.</summary>
    LatinLowercase = 1 << 11,

    /// <summary>Rules that change how text renders, not what it says: presentation forms, invisible marks, tatweel, Persian letters.</summary>
    Display = PresentationForms | InvisibleMarks | Tatweel | PersianLetters,

    /// <summary>Everything spelling varies on, for comparing words: <see cref="Display"/> plus alef, alef maksura, ta marbuta, diacritics, digits, punctuation and case.</summary>
    Matching = Display | Alef | AlefMaksura | TehMarbuta | Diacritics | Digits | Punctuation | LatinLowercase,
}

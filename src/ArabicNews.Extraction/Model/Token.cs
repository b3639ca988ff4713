namespace ArabicNews.Extraction;

/// <summary>The kind of a surface token.</summary>
public enum TokenKind
{
    /// <summary>A word in Arabic script (Arabic, Persian or Urdu letters).</summary>
    ArabicWord,

    /// <summary>A word in Latin (or another non-Arabic) script.</summary>
    LatinWord,

    /// <summary>A number, with its internal separators (3.5, 16/4/2021, 10:30, 2,350).</summary>
    Number,

    /// <summary>Punctuation: full stops, commas, quotation marks, brackets, dashes.</summary>
    Punctuation,

    /// <summary>Any other symbol: %, +, currency signs, emoji.</summary>
    Symbol,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}

/// <summary>
/// A surface token: a span of the original text with its normalized form, its stem and its clitic parts.
/// An Arabic word is analysed as <see cref="Proclitic"/> (و ف ب ل ك س) + <see cref="DefiniteArticle"/> (ال) +
/// <see cref="Base"/> + <see cref="Enclitic"/> (ه ها هم ...); the parts are sub-spans of the token, never tokens
/// of their own, so the token sequence always tiles the text's words.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Token
{
    internal Token(
        TextSpan span,
        TokenKind kind,
        string normalized,
        string stem,
        TokenParts parts,
        int viewStart,
        int viewEnd)
    {
        ViewStart = viewStart;
        ViewEnd = viewEnd;
        Span = span;
        Kind = kind;
        Normalized = normalized;
        Stem = stem;
        Proclitic = parts.Proclitic;
        DefiniteArticle = parts.DefiniteArticle;
        Enclitic = parts.Enclitic;
        Proclitics = parts.Proclitics;
        BaseNormalized = parts.BaseNormalized;
    }

    /// <summary>Where the token starts in the extractor's normalized view.</summary>
    internal int ViewStart { get; }

    /// <summary>Where the token ends in the extractor's normalized view.</summary>
    internal int ViewEnd { get; }

    /// <summary>The token in the original text.</summary>
    public TextSpan Span { get; }

    /// <summary>Arabic word, Latin word, number, punctuation, symbol, URL or e-mail.</summary>
    public TokenKind Kind { get; }

    /// <summary>
    /// The token normalized for matching: alef forms, ى and ة folded, diacritics, tatweel and invisible marks removed,
    /// digits as 0-9, Latin in lower case.
    /// </summary>
    public string Normalized { get; }

    /// <summary>The stem given by Lucene's light Arabic stemmer for Arabic words; <see cref="Normalized"/> otherwise.</summary>
    public string Stem { get; }

    /// <summary>
    /// The attached conjunction, preposition or future proclitics in the original text (<c>وب</c> in <c>وبالقاهرة</c>,
    /// the first <c>ل</c> of <c>للرئيس</c>); an empty span at the token's start when there are none.
    /// </summary>
    public TextSpan Proclitic { get; }

    /// <summary>
    /// The definite article in the original text (<c>ال</c>, or the second <c>ل</c> of <c>للرئيس</c>); an empty span
    /// right after <see cref="Proclitic"/> when there is none.
    /// </summary>
    public TextSpan DefiniteArticle { get; }

    /// <summary>The attached pronoun enclitic in the original text (<c>ها</c> in <c>دعوتها</c>); an empty span at the token's end when there is none.</summary>
    public TextSpan Enclitic { get; }

    /// <summary>The proclitics in normalized form, outermost first (<c>"وب"</c>); empty when there are none.</summary>
    public string Proclitics { get; }

    /// <summary>The word without proclitics, article and enclitic, normalized (<c>"قاهره"</c> for <c>وبالقاهرة</c>).</summary>
    public string BaseNormalized { get; }

    /// <summary>The token without its proclitics, in the original text (<c>القاهرة</c> in <c>وبالقاهرة</c>): where a name starts.</summary>
    public TextSpan WithoutProclitic => new(Proclitic.End, Span.End);

    /// <summary>The part between article and enclitic in the original text.</summary>
    public TextSpan Base => new(DefiniteArticle.End, Enclitic.Start);

    /// <summary>True when the word carries the definite article.</summary>
    public bool HasDefiniteArticle => !DefiniteArticle.IsEmpty;

    /// <summary>True for Arabic and Latin words.</summary>
    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Span} {Normalized}";
}

/// <summary>The clitic analysis of one token, in original-text spans and normalized strings.</summary>
internal readonly record struct TokenParts(
    TextSpan Proclitic,
    TextSpan DefiniteArticle,
    TextSpan Enclitic,
    string Proclitics,
    string BaseNormalized);

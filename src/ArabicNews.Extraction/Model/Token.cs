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
/// <remarks>Immutable; safe to share between threads. Tokens of the same word in one article share their strings.</remarks>
public sealed class Token
{
    private readonly TokenInfo _info;

    internal Token(in TokenInfo info, int viewStart, int viewEnd)
    {
        _info = info;
        ViewStart = viewStart;
        ViewEnd = viewEnd;
    }

    /// <summary>Where the token starts in the extractor's normalized view.</summary>
    internal int ViewStart { get; }

    /// <summary>Where the token ends in the extractor's normalized view.</summary>
    internal int ViewEnd { get; }

    /// <summary>The token in the original text.</summary>
    public TextSpan Span => _info.Span;

    /// <summary>Arabic word, Latin word, number, punctuation, symbol, URL or e-mail.</summary>
    public TokenKind Kind => _info.Kind;

    /// <summary>
    /// The token normalized for matching: alef forms, ى and ة folded, diacritics, tatweel and invisible marks removed,
    /// digits as 0-9, punctuation folded, Latin in lower case.
    /// </summary>
    public string Normalized => _info.Normalized;

    /// <summary>The stem given by Lucene's light Arabic stemmer for Arabic words; <see cref="Normalized"/> otherwise.</summary>
    public string Stem => _info.Stem;

    /// <summary>
    /// The attached conjunction, preposition or future proclitics in the original text (<c>وب</c> in <c>وبالقاهرة</c>,
    /// the first <c>ل</c> of <c>للرئيس</c>); an empty span at the token's start when there are none.
    /// </summary>
    public TextSpan Proclitic => _info.Proclitic;

    /// <summary>
    /// The definite article in the original text (<c>ال</c>, or the second <c>ل</c> of <c>للرئيس</c>); an empty span
    /// right after <see cref="Proclitic"/> when there is none.
    /// </summary>
    public TextSpan DefiniteArticle => _info.DefiniteArticle;

    /// <summary>The attached pronoun enclitic in the original text (<c>ها</c> in <c>دعوتها</c>); an empty span at the token's end when there is none.</summary>
    public TextSpan Enclitic => _info.Enclitic;

    /// <summary>The proclitics in normalized form, outermost first (<c>"وب"</c>); empty when there are none.</summary>
    public string Proclitics => _info.Proclitics;

    /// <summary>The word without proclitics, article and enclitic, normalized (<c>"قاهره"</c> for <c>وبالقاهرة</c>).</summary>
    public string BaseNormalized => _info.BaseNormalized;

    /// <summary>The token without its proclitics, in the original text (<c>القاهرة</c> in <c>وبالقاهرة</c>): where a name starts.</summary>
    public TextSpan WithoutProclitic => _info.WithoutProclitic;

    /// <summary>The part between article and enclitic in the original text.</summary>
    public TextSpan Base => _info.Base;

    /// <summary>True when the word carries the definite article.</summary>
    public bool HasDefiniteArticle => _info.HasDefiniteArticle;

    /// <summary>True for Arabic and Latin words.</summary>
    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Span} {Normalized}";
}

/// <summary>
/// What every token of one surface word shares: its normalized form, stem and clitic analysis. Built once per distinct
/// word in an extraction.
/// </summary>
/// <param name="Normalized">The matching-normalized word.</param>
/// <param name="Stem">The light stem (the normalized word for non-Arabic tokens).</param>
/// <param name="Proclitics">The normalized proclitics, outermost first, or empty.</param>
/// <param name="BaseNormalized">The normalized word without proclitics, article and enclitic.</param>
/// <param name="BaseStem">
/// <paramref name="BaseNormalized"/> with the suffixes Lucene's light stemmer removes (ات ون ين ه ي ...), for search
/// terms (<see cref="Lucene.ArabicNewsTermForm.Stem"/>); <paramref name="Normalized"/> for non-Arabic tokens.
/// </param>
/// <param name="Split">Where the clitics end and start, in characters of the view's word.</param>
internal sealed record WordForm(
    string Normalized, string Stem, string Proclitics, string BaseNormalized, string BaseStem, Segmentation.CliticSplit Split);

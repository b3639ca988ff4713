namespace ArabicNews.Extraction;

/// <summary>
/// A token as <see cref="ArabicTokenizer"/> streams it: the same analysis as an <see cref="Article"/>'s
/// <see cref="Token"/> (original span, kind, normalized form, stem, clitic parts), in a struct that costs no allocation.
/// </summary>
/// <remarks>
/// Immutable; safe to copy and keep after the enumeration that gave it. Its strings are shared: every token of a word
/// the extractor's word cache holds returns the same instances. The default value is no token (empty strings, kind
/// <see cref="TokenKind.ArabicWord"/>, empty spans at 0).
/// </remarks>
public readonly struct TokenInfo
{
    private readonly WordForm? _form;
    private readonly int _start;
    private readonly int _end;
    private readonly int _procliticEnd;
    private readonly int _articleEnd;
    private readonly int _encliticStart;

    internal TokenInfo(WordForm form, TokenKind kind, int start, int end, int procliticEnd, int articleEnd, int encliticStart)
    {
        _form = form;
        Kind = kind;
        _start = start;
        _end = end;
        _procliticEnd = procliticEnd;
        _articleEnd = articleEnd;
        _encliticStart = encliticStart;
    }

    /// <summary>The token in the original text.</summary>
    public TextSpan Span => new(_start, _end);

    /// <summary>Arabic word, Latin word, number, punctuation, symbol, URL or e-mail.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token normalized for matching (see <see cref="Token.Normalized"/>).</summary>
    public string Normalized => _form?.Normalized ?? string.Empty;

    /// <summary>The stem given by Lucene's light Arabic stemmer for Arabic words; <see cref="Normalized"/> otherwise.</summary>
    public string Stem => _form?.Stem ?? string.Empty;

    /// <summary>The attached conjunction, preposition or future proclitics in the original text; empty at the token's start when none.</summary>
    public TextSpan Proclitic => new(_start, _procliticEnd);

    /// <summary>The definite article in the original text; empty right after <see cref="Proclitic"/> when none.</summary>
    public TextSpan DefiniteArticle => new(_procliticEnd, _articleEnd);

    /// <summary>The attached pronoun enclitic in the original text; empty at the token's end when none.</summary>
    public TextSpan Enclitic => new(_encliticStart, _end);

    /// <summary>The proclitics in normalized form, outermost first (<c>"وب"</c>); empty when there are none.</summary>
    public string Proclitics => _form?.Proclitics ?? string.Empty;

    /// <summary>The word without proclitics, article and enclitic, normalized (<c>"قاهره"</c> for <c>وبالقاهرة</c>).</summary>
    public string BaseNormalized => _form?.BaseNormalized ?? string.Empty;

    /// <summary>The token without its proclitics, in the original text (<c>القاهرة</c> in <c>وبالقاهرة</c>).</summary>
    public TextSpan WithoutProclitic => new(_procliticEnd, _end);

    /// <summary>The part between article and enclitic in the original text.</summary>
    public TextSpan Base => new(_articleEnd, _encliticStart);

    /// <summary>True when the word carries the definite article.</summary>
    public bool HasDefiniteArticle => _articleEnd > _procliticEnd;

    /// <summary>True for Arabic and Latin words.</summary>
    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

    /// <summary><see cref="BaseNormalized"/> with Lucene's light suffix stemming (the term of <see cref="Lucene.ArabicNewsTermForm.Stem"/>).</summary>
    internal string BaseStem => _form?.BaseStem ?? string.Empty;

    /// <summary>Where the clitics end and start in <see cref="Normalized"/> (its characters match the view's one for one when split).</summary>
    internal Segmentation.CliticSplit Split => _form?.Split ?? default;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Span} {Normalized}";
}

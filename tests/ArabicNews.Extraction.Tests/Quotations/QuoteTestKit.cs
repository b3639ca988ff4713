namespace ArabicNews.Extraction.Tests.Quotations;

/// <summary>Extracts invented sentences and reads their quotes back as text.</summary>
internal static class QuoteTestKit
{
    public static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    public static Article Run(string text) => Extractor.Extract(text);

    public static string ContentOf(Article article, Quote quote) => article.GetText(quote.Content);

    public static string? SpeakerOf(Article article, Quote quote) => quote.Speaker is { } speaker ? article.GetText(speaker.Span) : null;

    public static Quote Single(Article article)
    {
        Assert.Single(article.Quotes);
        return article.Quotes[0];
    }
}

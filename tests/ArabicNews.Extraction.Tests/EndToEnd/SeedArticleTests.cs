using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.EndToEnd;

public class SeedArticleTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Fact]
    public void Seed_article_has_its_title_headings_and_one_sentence_body_paragraphs()
    {
        var text = File.ReadAllText(SharedData.PathOf("eval", "dev", "seed-kremlin-summit.txt"));
        var article = Extractor.Extract(text);

        Assert.NotNull(article.Title);
        Assert.Equal("العلاقات الأمريكية - الروسية..", article.GetText(article.Title.Span));
        Assert.Equal(15, article.Paragraphs.Count);
        var headings = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => article.GetText(p.Span)).ToList();
        Assert.Equal(2, headings.Count);
        Assert.StartsWith("الكرملين:", headings[0], StringComparison.Ordinal);
        Assert.Equal("قمة روسية - أمريكية", headings[1]);
        var bodies = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).ToList();
        Assert.Equal(12, bodies.Count);
        Assert.All(bodies, p => Assert.Equal(1, p.SentenceCount));
    }
}

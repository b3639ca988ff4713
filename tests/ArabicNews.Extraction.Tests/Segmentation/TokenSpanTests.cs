using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Segmentation;

/// <summary>Token spans and clitic parts against the original text, over the dev articles and hostile text.</summary>
public class TokenSpanTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    public static TheoryData<int> Seeds => HostileText.Seeds(30);

    [Theory]
    [MemberData(nameof(SharedData.DevArticleNames), MemberType = typeof(SharedData))]
    public void Token_parts_are_the_original_text_of_their_normalized_forms(string file)
    {
        var text = File.ReadAllText(SharedData.PathOf("eval", "dev", file));
        var article = Extractor.Extract(text);

        Assert.NotEmpty(article.Tokens);
        CheckStructure(article);
        foreach (var token in article.Tokens)
        {
            Assert.Equal(token.Normalized, Matching(token.Span, text));
            Assert.Equal(token.Proclitics, Matching(token.Proclitic, text));
            Assert.Equal(token.BaseNormalized, Matching(token.Base, text));
            if (token.HasDefiniteArticle)
                Assert.Contains(Matching(token.DefiniteArticle, text), (string[])["ال", "ل"]);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hostile_text_gives_ordered_nested_spans(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
            CheckStructure(Extractor.Extract(HostileText.Generate(random, 200)));
    }

    [Fact]
    public void Clitic_splits_in_the_dev_articles_are_mostly_found()
    {
        // A floor, measured: the dev articles' words that carry و + ال all split there.
        var text = File.ReadAllText(SharedData.PathOf("eval", "dev", "seed-kremlin-summit.txt"));
        var tokens = Extractor.Extract(text).Tokens.Where(t => t.Normalized.StartsWith("وال", StringComparison.Ordinal) && t.Normalized.Length > 5).ToList();

        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Equal("و", t.Proclitics));
    }

    private static string Matching(TextSpan span, string text) => ArabicNormalizer.Matching.Normalize(span.GetText(text));

    private static void CheckStructure(Article article)
    {
        var length = article.Text.Length;
        var previousEnd = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            Assert.InRange(paragraph.Span.Start, previousEnd, paragraph.Span.End);
            Assert.InRange(paragraph.Span.End, paragraph.Span.Start, length);
            previousEnd = paragraph.Span.End;
            foreach (var sentence in article.SentencesOf(paragraph))
            {
                Assert.True(paragraph.Span.Contains(sentence.Span));
                foreach (var token in article.TokensOf(sentence))
                    Assert.True(sentence.Span.Contains(token.Span), $"{token} outside {sentence.Span}");
            }
        }

        Token? previous = null;
        foreach (var token in article.Tokens)
        {
            Assert.True(token.Span.Length > 0);
            Assert.True(previous is null || previous.Span.Start <= token.Span.Start);
            Assert.Equal(token.Span.Start, token.Proclitic.Start);
            Assert.True(token.Proclitic.End <= token.DefiniteArticle.End);
            Assert.Equal(token.Proclitic.End, token.DefiniteArticle.Start);
            Assert.Equal(token.DefiniteArticle.End, token.Base.Start);
            Assert.Equal(token.Base.End, token.Enclitic.Start);
            Assert.True(token.Base.Start <= token.Base.End);
            Assert.Equal(token.Span.End, token.Enclitic.End);
            Assert.Equal(token.WithoutProclitic.End, token.Span.End);
            previous = token;
        }
    }
}

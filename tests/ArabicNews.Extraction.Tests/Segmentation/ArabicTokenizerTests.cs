using ArabicNews.Extraction.Tests.Support;
using NewsCorpus = ArabicNews.Extraction.Tests.Reliability.NewsCorpus;

namespace ArabicNews.Extraction.Tests.Segmentation;

/// <summary>The streaming tokenizer gives exactly the tokens of <see cref="Article.Tokens"/>.</summary>
public class ArabicTokenizerTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    public static TheoryData<int> Seeds => HostileText.Seeds(30);

    [Theory]
    [MemberData(nameof(SharedData.DevArticleNames), MemberType = typeof(SharedData))]
    public void Streamed_tokens_are_the_articles_tokens_on_the_dev_articles(string file)
    {
        var text = File.ReadAllText(SharedData.PathOf("eval", "dev", file));
        var streamed = Stream(Extractor.Tokenizer, text);

        Assert.NotEmpty(streamed);
        AssertSameTokens(Extractor.Extract(text), streamed);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Streamed_tokens_are_the_articles_tokens_on_hostile_text(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 100; round++)
        {
            var text = HostileText.Generate(random, 200);
            AssertSameTokens(Extractor.Extract(text), Stream(Extractor.Tokenizer, text));
        }
    }

    [Fact]
    public void Streamed_tokens_are_the_articles_tokens_on_real_news()
    {
        foreach (var (_, text) in NewsCorpus.Sample(count: 300, step: 31))
            AssertSameTokens(Extractor.Extract(text), Stream(Extractor.Tokenizer, text));
    }

    [Theory]
    [InlineData("الموقع https://www.x.com/a0.(بتاريخ)")]
    [InlineData("www.news.tn/ab!)(وقال")]
    [InlineData("ab.(cd.com")]
    public void An_address_glued_to_a_new_sentence_gives_the_same_tokens(string text) =>
        AssertSameTokens(Extractor.Extract(text), Stream(Extractor.Tokenizer, text));

    [Fact]
    public void A_word_with_clitics_streams_its_parts_in_the_original_text()
    {
        var text = "قال: وَبِالْقَاهِرَةِ";
        var token = Stream(Extractor.Tokenizer, text)[^1];

        Assert.Equal("وَبِالْقَاهِرَةِ", token.Span.GetText(text));
        Assert.Equal("وَبِ", token.Proclitic.GetText(text));
        Assert.Equal("الْ", token.DefiniteArticle.GetText(text));
        Assert.Equal("قَاهِرَةِ", token.Base.GetText(text));
        Assert.Equal("وبالقاهره", token.Normalized);
        Assert.Equal("وب", token.Proclitics);
        Assert.Equal("قاهره", token.BaseNormalized);
        Assert.True(token.HasDefiniteArticle);
        Assert.True(token.IsWord);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\u200F ")]
    public void A_text_without_tokens_streams_none(string text) => Assert.Empty(Stream(Extractor.Tokenizer, text));

    [Fact]
    public void A_slice_of_a_larger_text_gives_offsets_into_the_slice()
    {
        var text = "xx وقال الرئيس yy";
        var tokens = new List<TokenInfo>();
        foreach (var token in Extractor.Tokenizer.EnumerateTokens(text.AsSpan(3, 11)))
            tokens.Add(token);

        Assert.Equal([new TextSpan(0, 4), new TextSpan(5, 11)], tokens.Select(t => t.Span));
    }

    [Fact]
    public void A_disposed_enumeration_has_no_more_tokens()
    {
        var enumerator = Extractor.Tokenizer.EnumerateTokens("قال الرئيس إن").GetEnumerator();
        Assert.True(enumerator.MoveNext());

        enumerator.Dispose();

        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void Tokens_stay_valid_after_the_enumeration()
    {
        var text = "وقال الرئيس";
        var tokens = Stream(Extractor.Tokenizer, text);

        Assert.Equal(["وقال", "الرئيس"], tokens.Select(t => t.Normalized));
        Assert.Equal("قال", tokens[0].BaseNormalized);
    }

    [Fact]
    public void The_default_token_is_empty()
    {
        var token = default(TokenInfo);

        Assert.Equal(string.Empty, token.Normalized);
        Assert.Equal(string.Empty, token.BaseNormalized);
        Assert.True(token.Span.IsEmpty);
    }

    [Fact]
    public void Many_threads_stream_what_one_thread_streams()
    {
        var texts = NewsCorpus.Sample(count: 200, step: 47).Select(a => a.Text).ToArray();
        var tokenizer = ArticleExtractor.CreateDefault().Tokenizer;
        var sequential = texts.Select(t => Describe(Stream(tokenizer, t))).ToArray();
        var parallel = new string[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(Stream(tokenizer, texts[i])));

        Assert.Equal(sequential, parallel);
    }

    private static List<TokenInfo> Stream(ArabicTokenizer tokenizer, string text)
    {
        var tokens = new List<TokenInfo>();
        foreach (var token in tokenizer.EnumerateTokens(text))
            tokens.Add(token);
        return tokens;
    }

    private static string Describe(List<TokenInfo> tokens) =>
        string.Join('|', tokens.Select(t => $"{t.Span}{t.Kind}{t.Normalized}{t.Stem}{t.Proclitic}{t.DefiniteArticle}{t.Enclitic}"));

    private static void AssertSameTokens(Article article, List<TokenInfo> streamed)
    {
        Assert.Equal(article.Tokens.Count, streamed.Count);
        for (var i = 0; i < streamed.Count; i++)
        {
            var expected = article.Tokens[i];
            var actual = streamed[i];
            Assert.Equal(expected.Span, actual.Span);
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.Normalized, actual.Normalized);
            Assert.Equal(expected.Stem, actual.Stem);
            Assert.Equal(expected.Proclitic, actual.Proclitic);
            Assert.Equal(expected.DefiniteArticle, actual.DefiniteArticle);
            Assert.Equal(expected.Enclitic, actual.Enclitic);
            Assert.Equal(expected.Base, actual.Base);
            Assert.Equal(expected.WithoutProclitic, actual.WithoutProclitic);
            Assert.Equal(expected.Proclitics, actual.Proclitics);
            Assert.Equal(expected.BaseNormalized, actual.BaseNormalized);
            Assert.Equal(expected.HasDefiniteArticle, actual.HasDefiniteArticle);
        }
    }
}

using ArabicNews.Extraction.Serialization;
using CsCheck;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>Any string in, a valid article out: the contract of <see cref="ArticleExtractor.Extract"/> over hostile input.</summary>
public class ExtractionContractTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    public static TheoryData<string> NamedCases()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in HostileText.Named())
            data.Add(name);
        return data;
    }

    [Fact]
    public void Null_throws_ArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Extractor.Extract(null!));

    [Theory]
    [MemberData(nameof(NamedCases))]
    public void Named_hostile_input_gives_a_valid_article(string name)
    {
        var text = HostileText.Named().Single(c => c.Name == name).Text;

        AssertContract(text);
    }

    [Fact]
    public void Generated_hostile_text_gives_valid_articles() =>
        HostileText.Any.Sample(AssertContract, iter: 400, threads: 1);

    [Fact]
    public void Arbitrary_utf16_gives_valid_articles() =>
        HostileText.RawUtf16.Sample(AssertContract, iter: 400, threads: 1);

    [Fact]
    public void The_contract_walker_reaches_every_span_of_the_model()
    {
        var article = Extractor.Extract("قمة في موسكو\nقال الرئيس فلاديمير بوتين إن «المحادثات بناءة». وأضاف أن الوفد وصل إلى واشنطن.");

        // Token: Span, Proclitic, DefiniteArticle, Enclitic, WithoutProclitic, Base.
        var expected = article.Paragraphs.Count + article.Sentences.Count + (6 * article.Tokens.Count) + article.Mentions.Count
            + article.Quotes.Sum(SpansOf);
        Assert.True(ArticleContract.CountSpans(article) >= expected, $"walked {ArticleContract.CountSpans(article)} of at least {expected} spans");
    }

    [Fact]
    public void A_span_that_splits_a_surrogate_pair_is_rejected()
    {
        const string text = "a😀b";

        Assert.True(ArticleContract.IsBoundary(text, 1));
        Assert.False(ArticleContract.IsBoundary(text, 2));
        Assert.True(ArticleContract.IsBoundary(text, 3));
        Assert.True(ArticleContract.IsBoundary("\uDC00\uD800", 1));
    }

    private static void AssertContract(string text)
    {
        var article = Extractor.Extract(text);
        ArticleContract.Check(article, text);
        ArticleContract.CheckJson(ArticleJson.Serialize(article, includeTokens: true), text);
    }

    private static int SpansOf(Quote quote) =>
        1 + (quote.OpeningMark is null ? 0 : 1) + (quote.ClosingMark is null ? 0 : 1) + (quote.Cue is null ? 0 : 1)
        + (quote.Speaker is null ? 0 : 1) + quote.Nested.Sum(SpansOf);
}

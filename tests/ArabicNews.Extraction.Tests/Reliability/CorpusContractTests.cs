using ArabicNews.Extraction.Serialization;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>Real scraped news through the contract checks.</summary>
public class CorpusContractTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Fact]
    public void Three_hundred_corpus_articles_give_valid_articles_and_JSON()
    {
        var articles = NewsCorpus.Sample(count: 300, step: 33);
        Assert.Equal(300, articles.Count);

        foreach (var (id, text) in articles)
        {
            var article = Extractor.Extract(text);
            var failure = Record.Exception(() =>
            {
                ArticleContract.Check(article, text);
                ArticleContract.CheckJson(ArticleJson.Serialize(article, includeTokens: true), text);
            });
            Assert.True(failure is null, $"{id}: {failure?.Message}");
            Assert.NotEmpty(article.Sentences);
        }
    }
}

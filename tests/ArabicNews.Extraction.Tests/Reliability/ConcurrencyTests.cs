using ArabicNews.Extraction.Serialization;
using CsCheck;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>One extractor used from many threads gives exactly the results of sequential use.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Two_thousand_articles_in_parallel_are_JSON_identical_to_sequential_extraction()
    {
        var texts = NewsCorpus.Sample(count: 1500, step: 6).Select(a => a.Text)
            .Concat(HostileText.Any.Array[500].Single())
            .ToArray();
        Assert.Equal(2000, texts.Length);
        var extractor = ArticleExtractor.CreateDefault();

        var sequential = texts.Select(t => ArticleJson.Serialize(extractor.Extract(t), includeTokens: true)).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(
            0,
            texts.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) },
            i => parallel[i] = ArticleJson.Serialize(extractor.Extract(texts[i]), includeTokens: true));

        for (var i = 0; i < texts.Length; i++)
            Assert.True(sequential[i] == parallel[i], $"article {i} differs between parallel and sequential extraction");
    }

    [Fact]
    public void A_fresh_extractor_per_thread_agrees_with_a_shared_one()
    {
        var texts = NewsCorpus.Sample(count: 50, step: 97).Select(a => a.Text).ToArray();
        var shared = ArticleExtractor.CreateDefault();

        Parallel.For(0, texts.Length, i =>
        {
            var own = ArticleExtractor.CreateDefault();
            Assert.Equal(ArticleJson.Serialize(own.Extract(texts[i])), ArticleJson.Serialize(shared.Extract(texts[i])));
        });
    }
}

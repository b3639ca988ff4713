using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.EndToEnd;

/// <summary>
/// Holds the entity scores of the shared scorer on the evaluation articles to the floors measured with the tagger and
/// the gazetteer (README): mention F1 and linking accuracy.
/// </summary>
public class EntityScoreTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Fact]
    public void Dev_articles_score_at_least_the_measured_entity_f1_and_linking_accuracy()
    {
        var scores = SharedScorer.Score(Extractor, "dev", SharedData.DevArticles());
        Assert.True(scores.GetProperty("entity_f1").GetDouble() >= 0.94, $"entity F1 {scores.GetProperty("entity_f1")}");
        Assert.True(scores.GetProperty("linking_acc").GetDouble() >= 0.999, $"linking accuracy {scores.GetProperty("linking_acc")}");
    }

    [Fact]
    public void Real_articles_score_at_least_the_measured_entity_f1_and_linking_accuracy()
    {
        var scores = SharedScorer.Score(Extractor, "real", SharedData.RealArticles());
        Assert.True(scores.GetProperty("entity_f1").GetDouble() >= 0.78, $"entity F1 {scores.GetProperty("entity_f1")}");
        Assert.True(scores.GetProperty("linking_acc").GetDouble() >= 0.999, $"linking accuracy {scores.GetProperty("linking_acc")}");
    }
}

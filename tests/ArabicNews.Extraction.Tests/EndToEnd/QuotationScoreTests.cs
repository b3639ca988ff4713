using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.EndToEnd;

/// <summary>
/// Holds the quotation scores of the shared scorer on the evaluation articles to the floors measured with the gazetteer
/// and the quotation stage together.
/// </summary>
public class QuotationScoreTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Fact]
    public void Dev_articles_score_at_least_the_measured_quote_f1_and_speaker_accuracy()
    {
        var scores = SharedScorer.Score(Extractor, "dev", SharedData.DevArticles());
        Assert.True(scores.GetProperty("quote_f1").GetDouble() >= 0.999, $"quote F1 {scores.GetProperty("quote_f1")}");
        Assert.True(scores.GetProperty("speaker_acc").GetDouble() >= 0.999, $"speaker accuracy {scores.GetProperty("speaker_acc")}");
    }

    [Fact]
    public void Real_articles_score_at_least_the_measured_quote_f1_and_speaker_accuracy()
    {
        var scores = SharedScorer.Score(Extractor, "real", SharedData.RealArticles());
        Assert.True(scores.GetProperty("quote_f1").GetDouble() >= 0.976, $"quote F1 {scores.GetProperty("quote_f1")}");
        Assert.True(scores.GetProperty("speaker_acc").GetDouble() >= 0.999, $"speaker accuracy {scores.GetProperty("speaker_acc")}");
    }
}

using ArabicNews.Extraction.Serialization;
using ArabicNews.Extraction.Tests.Support;
using ArabicNews.Training;

namespace ArabicNews.Extraction.Tests.Entities;

/// <summary>
/// The ANERcorp test split, end to end as users run it: each sentence's tokens joined by spaces are one article,
/// extracted and serialized to the article JSON, and the mentions read back from the JSON are scored against the gold
/// spans. The floors are the scores measured with the committed model (README), rounded down.
/// </summary>
public class AnerCorpEndToEndTests
{
    [Fact]
    public void Test_split_reaches_the_measured_floor()
    {
        var sentences = AnerCorpus.Read(SharedData.PathOf("data", "anercorp", "test.txt"));
        var extractor = ArticleExtractor.CreateDefault();

        var scorer = EvaluationCommand.Score(sentences, EvaluationCommand.Predict(extractor, sentences));

        Assert.True(scorer.MicroF1 >= MeasuredFloor, $"micro F1 over PER/ORG/LOC fell below {MeasuredFloor}:\n{scorer.Report()}");
    }

    private const double MeasuredFloor = 0.725;
}

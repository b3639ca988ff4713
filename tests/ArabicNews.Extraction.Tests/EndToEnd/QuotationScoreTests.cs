using System.Diagnostics;
using System.Text.Json;
using ArabicNews.Extraction.Serialization;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.EndToEnd;

/// <summary>
/// Runs the shared scorer (<c>shared/eval/score.py</c>) on the extractor's output for the evaluation articles and holds
/// the quotation scores to the floors measured when the quotation stage landed.
/// </summary>
public class QuotationScoreTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Fact]
    public void Dev_articles_score_at_least_the_measured_quote_f1_and_speaker_accuracy()
    {
        var scores = Score("dev", SharedData.DevArticles());
        Assert.True(scores.GetProperty("quote_f1").GetDouble() >= 0.999, $"quote F1 {scores.GetProperty("quote_f1")}");
        Assert.True(scores.GetProperty("speaker_acc").GetDouble() >= 0.999, $"speaker accuracy {scores.GetProperty("speaker_acc")}");
    }

    [Fact]
    public void Real_articles_score_at_least_the_measured_quote_f1_and_speaker_accuracy()
    {
        var scores = Score("real", SharedData.RealArticles());
        Assert.True(scores.GetProperty("quote_f1").GetDouble() >= 0.97, $"quote F1 {scores.GetProperty("quote_f1")}");
        Assert.True(scores.GetProperty("speaker_acc").GetDouble() >= 0.999, $"speaker accuracy {scores.GetProperty("speaker_acc")}");
    }

    private static JsonElement Score(string set, IEnumerable<string> articles)
    {
        var predictions = Directory.CreateTempSubdirectory("arabicnews-quotes-");
        try
        {
            foreach (var path in articles)
            {
                var article = Extractor.Extract(File.ReadAllText(path));
                File.WriteAllText(Path.Combine(predictions.FullName, Path.GetFileNameWithoutExtension(path) + ".json"), ArticleJson.Serialize(article));
            }

            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(SharedData.PathOf("eval", "score.py"));
            start.ArgumentList.Add(SharedData.PathOf("eval", set));
            start.ArgumentList.Add(predictions.FullName);
            start.ArgumentList.Add("--json");
            using var scorer = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started; the scorer needs it.");
            var output = scorer.StandardOutput.ReadToEnd();
            var errors = scorer.StandardError.ReadToEnd();
            scorer.WaitForExit();
            Assert.True(scorer.ExitCode == 0, $"score.py failed: {errors}");
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            predictions.Delete(recursive: true);
        }
    }
}

using System.Diagnostics;
using System.Text.Json;
using ArabicNews.Extraction.Serialization;

namespace ArabicNews.Extraction.Tests.Support;

/// <summary>Runs the shared scorer (<c>shared/eval/score.py</c>) on an extractor's output for a set of evaluation articles.</summary>
internal static class SharedScorer
{
    /// <summary>The scorer's JSON summary for <paramref name="articles"/> of the evaluation set <paramref name="set"/> (dev, real).</summary>
    public static JsonElement Score(ArticleExtractor extractor, string set, IEnumerable<string> articles)
    {
        var predictions = Directory.CreateTempSubdirectory("arabicnews-score-");
        try
        {
            foreach (var path in articles)
            {
                var article = extractor.Extract(File.ReadAllText(path));
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

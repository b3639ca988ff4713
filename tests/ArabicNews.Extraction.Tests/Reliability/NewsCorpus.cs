using System.Text.Json;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>Articles of the real news corpus (shared/data/news/jawharafm.jsonl), read at test time and never copied.</summary>
internal static class NewsCorpus
{
    public static string Path => SharedData.PathOf("data", "news", "jawharafm.jsonl");

    /// <summary>Every <paramref name="step"/>-th article of the corpus, up to <paramref name="count"/>, so the sample spans all of it.</summary>
    public static IReadOnlyList<(string Id, string Text)> Sample(int count, int step)
    {
        var articles = new List<(string, string)>(count);
        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            if (number++ % step != 0)
                continue;
            using var json = JsonDocument.Parse(line);
            articles.Add((json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("text").GetString()!));
            if (articles.Count == count)
                break;
        }

        return articles;
    }
}

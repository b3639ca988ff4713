using System.Text.Json;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>
/// Real news text for the benchmarks: articles of the Jawhara FM corpus (shared/data/news/jawharafm.jsonl), read at run
/// time and never copied into the repository.
/// </summary>
internal static class NewsCorpus
{
    /// <summary>Every <paramref name="stride"/>-th article's text, so the sample spans the corpus's sections and years.</summary>
    public static IReadOnlyList<string> Articles(int stride)
    {
        var texts = new List<string>();
        var index = 0;
        foreach (var line in File.ReadLines(CorpusPath()))
        {
            if (index++ % stride != 0)
                continue;
            using var json = JsonDocument.Parse(line);
            texts.Add(json.RootElement.GetProperty("text").GetString() ?? string.Empty);
        }

        return texts;
    }

    private static string CorpusPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ARABICNEWS_CORPUS");
        if (fromEnvironment is not null)
            return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "news", "jawharafm.jsonl");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException(
            "shared/data/news/jawharafm.jsonl was not found above the benchmark's folder; set ARABICNEWS_CORPUS to its path.");
    }
}

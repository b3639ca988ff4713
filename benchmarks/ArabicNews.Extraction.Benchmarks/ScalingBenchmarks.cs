using System.Text;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>
/// Whole-pipeline extraction of real news at 1 KB, 100 KB and 10 MB (UTF-8 bytes): the time and allocation per
/// character should stay roughly constant, the evidence that extraction is linear in its input.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ScalingBenchmarks
{
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();
    private string _text = string.Empty;

    /// <summary>The input's size in UTF-8 bytes.</summary>
    [Params(1_000, 100_000, 10_000_000)]
    public int Bytes { get; set; }

    /// <summary>The input's length in UTF-16 characters (printed with the results, to divide the time by).</summary>
    public int Characters => _text.Length;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        var bytes = 0;
        var articles = NewsCorpus.Articles(10_000);
        for (var a = 0; bytes < Bytes; a = (a + 1) % articles.Count)
        {
            foreach (var c in articles[a] + "\n\n")
            {
                if (bytes >= Bytes)
                    break;
                text.Append(c);
                bytes += Encoding.UTF8.GetByteCount([c]);
            }
        }

        _text = text.ToString();
        Console.WriteLine($"// {Bytes} UTF-8 bytes = {Characters} characters");
    }

    [Benchmark(Description = "Extract, whole pipeline")]
    public Article Extract() => _extractor.Extract(_text);
}

using ArabicNews.Extraction.Normalization;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>Normalization of real news text, raw and already clean.</summary>
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private string _raw = string.Empty;
    private string _clean = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _raw = string.Join("\n\n", NewsCorpus.Articles(200));
        _clean = ArabicNormalizer.Matching.Normalize(_raw);
    }

    [Benchmark(Description = "Matching normalization, raw news")]
    public string Raw() => ArabicNormalizer.Matching.Normalize(_raw);

    [Benchmark(Description = "Matching normalization, clean text")]
    public string Clean() => ArabicNormalizer.Matching.Normalize(_clean);

    [Benchmark(Description = "Normalization with offset map, raw news")]
    public NormalizedText WithOffsets() => ArabicNormalizer.Matching.NormalizeWithOffsets(_raw);
}

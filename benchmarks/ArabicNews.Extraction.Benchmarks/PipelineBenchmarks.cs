using ArabicNews.Extraction.Segmentation;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>
/// Every stage and the whole extraction on the same real news, article by article, side by side with Lucene.Net's
/// StandardTokenizer + ArabicNormalizationFilter (the baseline) and ArabicAnalyzer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks
{
    private readonly List<RawToken> _rawTokens = [];
    private readonly List<(int Start, int End)> _sentences = [];
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup() => _workload = Workload.Shared;

    [Benchmark(Description = BenchmarkNames.LuceneStandard, Baseline = true)]
    public int LuceneStandardTokenizerWithNormalization() => _workload.LuceneStandardNormalized();

    [Benchmark(Description = BenchmarkNames.LuceneArabic)]
    public int LuceneArabicAnalyzer() => _workload.LuceneArabic();

    [Benchmark(Description = BenchmarkNames.OurLuceneAnalyzer)]
    public int OurLuceneAnalyzer() => _workload.OurLuceneAnalyzer();

    [Benchmark(Description = BenchmarkNames.StreamTokens)]
    public int StreamTokens() => _workload.StreamTokens(_workload.Extractor.Tokenizer);

    [Benchmark(Description = BenchmarkNames.StreamTokensCold)]
    public int StreamTokensCold() => _workload.StreamTokens(_workload.ColdSegmenter.ArabicTokenizer);

    [Benchmark(Description = BenchmarkNames.NormalizeAndTokenize)]
    public int NormalizeAndTokenize() => _workload.NormalizeAndTokenize(_workload.Segmenter);

    [Benchmark(Description = BenchmarkNames.NormalizeAndTokenizeCold)]
    public int NormalizeAndTokenizeCold() => _workload.NormalizeAndTokenize(_workload.ColdSegmenter);

    [Benchmark(Description = BenchmarkNames.NormalizeAndSegment)]
    public int NormalizeAndSegment() => _workload.SegmentAll();

    [Benchmark(Description = BenchmarkNames.Extract)]
    public int Extract() => _workload.ExtractAll();

    [Benchmark(Description = BenchmarkNames.ViewNormalization)]
    public int ViewNormalization() => _workload.NormalizeViews();

    [Benchmark(Description = BenchmarkNames.MatchingNormalization)]
    public int MatchingNormalization() => _workload.NormalizeForMatching(_workload.Articles);

    [Benchmark(Description = BenchmarkNames.CleanNormalization)]
    public int CleanNormalization() => _workload.NormalizeForMatching(_workload.CleanArticles);

    [Benchmark(Description = BenchmarkNames.Tokenization)]
    public int Tokenization() => _workload.TokenizeViews(_rawTokens);

    [Benchmark(Description = BenchmarkNames.SentenceSplitting)]
    public int SentenceSplitting() => _workload.SplitSentences(_sentences);
}

/// <summary>The benchmarks' descriptions in the results table.</summary>
internal static class BenchmarkNames
{
    public const string LuceneStandard = "Lucene StandardTokenizer + ArabicNormalizationFilter";
    public const string LuceneArabic = "Lucene ArabicAnalyzer";
    public const string OurLuceneAnalyzer = "Ours in Lucene: ArabicNewsAnalyzer (stemmed terms)";
    public const string StreamTokens = "Ours: ArabicTokenizer, streamed tokens with clitic parts";
    public const string StreamTokensCold = "Ours: ArabicTokenizer, no cross-article word cache";
    public const string NormalizeAndTokenize = "Ours: view normalization + Token objects with clitic parts";
    public const string NormalizeAndTokenizeCold = "Ours: Token objects, no cross-article word cache";
    public const string NormalizeAndSegment = "Ours: view normalization + paragraphs, sentences, tokens with clitic parts";
    public const string Extract = "Ours: whole Extract";
    public const string ViewNormalization = "Ours: view normalization with offset map";
    public const string MatchingNormalization = "Ours: matching normalization";
    public const string CleanNormalization = "Ours: matching normalization, already clean text";
    public const string Tokenization = "Ours: tokenization only (view to raw tokens)";
    public const string SentenceSplitting = "Ours: paragraph + sentence splitting";
}

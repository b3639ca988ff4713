using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>
/// What entity recognition adds to extraction: the tagger (features, scoring, Viterbi) and the gazetteer over
/// already segmented real news, against segmentation alone. The corpus slice holds <see cref="TokenCount"/> tokens,
/// printed at setup: time per 1,000 tokens = mean × 1000 / TokenCount.
/// </summary>
[MemoryDiagnoser]
public class EntityTaggingBenchmarks
{
    private const int Articles = 100;

    private readonly ArabicNormalizer _view = new(ArticleExtractor.ViewRules);
    private readonly Segmenter _segmenter = new(new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords()));
    private NormalizedText[] _views = [];
    private Document[] _documents = [];
    private EntityRecognizer _recognizer = null!;

    /// <summary>How many tokens the benchmarked articles hold.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _views = [.. NewsCorpus.Articles(Articles).Select(_view.NormalizeWithOffsets)];
        _documents = [.. _views.Select(v => _segmenter.Segment(v, CancellationToken.None))];
        TokenCount = _documents.Sum(d => d.Tokens.Length);
        _recognizer = new EntityRecognizer(new Gazetteer(Gazetteer.BuiltIn()));
        _recognizer.Recognize(_documents[0], CancellationToken.None);
        Console.WriteLine($"// {Articles} articles, {TokenCount} tokens");
    }

    [Benchmark(Description = "Entity recognition (tagger + gazetteer), segmented news")]
    public int Recognize()
    {
        var mentions = 0;
        foreach (var document in _documents)
            mentions += _recognizer.Recognize(document, CancellationToken.None).Count;
        return mentions;
    }

    [Benchmark(Baseline = true, Description = "Segmentation alone, same news")]
    public int Segment()
    {
        var tokens = 0;
        foreach (var view in _views)
            tokens += _segmenter.Segment(view, CancellationToken.None).Tokens.Length;
        return tokens;
    }
}

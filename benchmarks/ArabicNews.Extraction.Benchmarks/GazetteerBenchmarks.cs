using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Linking;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>
/// Gazetteer matching and linking over 200 segmented real news articles (segmentation done once in setup). The token
/// count is printed at setup so that times can be read per 1,000 tokens.
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private readonly Gazetteer _gazetteer = new(Gazetteer.BuiltIn());
    private Document[] _documents = [];
    private List<MentionCandidate>[] _mentions = [];
    private EntityLinker _linker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var segmenter = new Segmenter(new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords().Concat(_gazetteer.WholeWords())));
        var view = new ArabicNormalizer(ArticleExtractor.ViewRules);
        _documents = [.. NewsCorpus.Articles(200).Select(text => segmenter.Segment(view.NormalizeWithOffsets(text), default))];
        _linker = new EntityLinker(_gazetteer);
        _mentions = [.. _documents.Select(document => _gazetteer.Mentions(document)
            .Select(m => new MentionCandidate(m.FirstToken, m.TokenCount, m.Span, m.Entity.Type, 1.0, MentionSource.Gazetteer, m.Entity))
            .ToList())];
        Console.WriteLine($"// {_documents.Sum(d => d.Tokens.Length)} tokens, {_mentions.Sum(m => m.Count)} gazetteer mentions in {_documents.Length} articles");
    }

    [Benchmark(Description = "Gazetteer.Match, 200 articles")]
    public int Match()
    {
        var count = 0;
        foreach (var document in _documents)
            count += _gazetteer.Match(document).Count;
        return count;
    }

    [Benchmark(Description = "Gazetteer.Mentions (match + ambiguity policy), 200 articles")]
    public int Mentions()
    {
        var count = 0;
        foreach (var document in _documents)
            count += _gazetteer.Mentions(document).Count;
        return count;
    }

    [Benchmark(Description = "EntityLinker.Link over gazetteer mentions, 200 articles")]
    public int Link()
    {
        var count = 0;
        for (var i = 0; i < _documents.Length; i++)
            count += _linker.Link(_documents[i], _mentions[i]).Entities.Count;
        return count;
    }
}

using System.Text;
using ArabicNews.Extraction.Lucene;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;
using Analyzer = Lucene.Net.Analysis.Analyzer;
using TokenStreamComponents = Lucene.Net.Analysis.TokenStreamComponents;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using ArabicNormalizationFilter = Lucene.Net.Analysis.Ar.ArabicNormalizationFilter;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>
/// The benchmarks' shared input and the pieces every benchmark runs: one sample of real news, processed article by
/// article, by our stages and by Lucene.Net's analyzers. Also counts what the throughput columns divide by.
/// </summary>
internal sealed class Workload : IDisposable
{
    /// <summary>Every 25th article of the corpus: about 400 articles across its sections and years.</summary>
    public const int Stride = 25;

    private static readonly Lazy<Workload> SharedInstance = new(() => new Workload());

    private readonly Analyzer _luceneStandardNormalized = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
    });

    private readonly ArabicAnalyzer _luceneArabic = new(LuceneVersion.LUCENE_48);

    private readonly ArabicNewsAnalyzer _ourLuceneAnalyzer;

    public Workload()
    {
        Articles = [.. NewsCorpus.Articles(Stride)];
        Views = [.. Articles.Select(ViewNormalizer.NormalizeWithOffsets)];
        CleanArticles = [.. Articles.Select(ArabicNormalizer.Matching.Normalize)];
        _ourLuceneAnalyzer = new ArabicNewsAnalyzer(Extractor.Tokenizer);
    }

    /// <summary>The one workload of this process (the columns count on it; each benchmark process builds its own).</summary>
    public static Workload Shared => SharedInstance.Value;

    public ArabicNormalizer ViewNormalizer { get; } = new(ArticleExtractor.ViewRules);

    public ArticleExtractor Extractor { get; } = ArticleExtractor.CreateDefault();

    /// <summary>A segmenter like the extractor's: word analyses cached across articles.</summary>
    public Segmenter Segmenter { get; } = new(new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords()));

    /// <summary>A segmenter (and tokenizer) without the cross-article word cache: every article analyses all its words afresh.</summary>
    public Segmenter ColdSegmenter { get; } = new(new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords()), wordCacheCapacity: 0);

    // Arrays, not interfaces: a foreach over an IReadOnlyList boxes its enumerator, which would show in Allocated.
    public string[] Articles { get; }

    /// <summary>The articles already normalized for matching: normalizing them again changes nothing.</summary>
    public string[] CleanArticles { get; }

    /// <summary>The articles' views, for the stages that start from one.</summary>
    public NormalizedText[] Views { get; }

    /// <summary>The sample's size in UTF-8 bytes, what MB/s is measured in.</summary>
    public long Utf8Bytes => Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    public int ExtractAll()
    {
        var tokens = 0;
        foreach (var article in Articles)
            tokens += Extractor.Extract(article).Tokens.Count;
        return tokens;
    }

    public int SegmentAll()
    {
        var tokens = 0;
        foreach (var article in Articles)
            tokens += Segmenter.Segment(ViewNormalizer.NormalizeWithOffsets(article), CancellationToken.None).Tokens.Length;
        return tokens;
    }

    public int NormalizeAndTokenize(Segmenter segmenter)
    {
        var tokens = 0;
        foreach (var article in Articles)
            tokens += segmenter.Tokenize(ViewNormalizer.NormalizeWithOffsets(article)).Length;
        return tokens;
    }

    /// <summary>The streaming token path: normalization, tokens and their analyses, no object per token.</summary>
    public int StreamTokens(ArabicTokenizer tokenizer)
    {
        var tokens = 0;
        foreach (var article in Articles)
        {
            foreach (var token in tokenizer.EnumerateTokens(article))
                tokens++;
        }

        return tokens;
    }

    public int NormalizeViews()
    {
        var length = 0;
        foreach (var article in Articles)
            length += ViewNormalizer.NormalizeWithOffsets(article).Text.Length;
        return length;
    }

    public int NormalizeForMatching(string[] texts)
    {
        var length = 0;
        foreach (var text in texts)
            length += ArabicNormalizer.Matching.Normalize(text).Length;
        return length;
    }

    public int TokenizeViews(List<RawToken> scratch)
    {
        var tokens = 0;
        foreach (var view in Views)
        {
            scratch.Clear();
            Tokenizer.Tokenize(view.Text, 0, view.Text.Length, scratch);
            tokens += scratch.Count;
        }

        return tokens;
    }

    public int SplitSentences(List<(int Start, int End)> scratch)
    {
        var sentences = 0;
        foreach (var view in Views)
        {
            foreach (var paragraph in ParagraphSplitter.Split(view.Text))
            {
                scratch.Clear();
                SentenceSplitter.Split(view.Text, paragraph.Start, paragraph.End, scratch);
                sentences += scratch.Count;
            }
        }

        return sentences;
    }

    public int LuceneStandardNormalized() => CountLuceneTokens(_luceneStandardNormalized);

    public int LuceneArabic() => CountLuceneTokens(_luceneArabic);

    public int OurLuceneAnalyzer() => CountLuceneTokens(_ourLuceneAnalyzer);

    public void Dispose()
    {
        _luceneStandardNormalized.Dispose();
        _luceneArabic.Dispose();
        _ourLuceneAnalyzer.Dispose();
    }

    private int CountLuceneTokens(Analyzer analyzer)
    {
        var tokens = 0;
        foreach (var article in Articles)
        {
            using var stream = analyzer.GetTokenStream("text", article);
            stream.Reset();
            while (stream.IncrementToken())
                tokens++;
            stream.End();
        }

        return tokens;
    }
}

using Lucene.Net.Analysis;
using LuceneArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace ArabicNews.Extraction.Lucene;

/// <summary>
/// A Lucene.Net <c>Analyzer</c> for indexing Arabic news with this library's tokens: each field is tokenized by an
/// <see cref="ArabicTokenizer"/> (clitics split by its lexicon-aware analysis) into terms chosen by
/// <see cref="ArabicNewsAnalyzerOptions.TermForm"/> (by default the word without proclitics, article and enclitic,
/// light-stemmed), with offsets into the original text for highlighting. See <see cref="ArabicNewsTokenizer"/>.
/// </summary>
/// <remarks>
/// Thread-safe as every Lucene analyzer is: its token streams are reused per thread. Use the same analyzer (or the same
/// options) for indexing and for analysing queries. Lucene.Net 4.8 is a prerelease (this package builds on
/// 4.8.0-beta00017): this type, the only place where Lucene types meet this library's API, follows its API and may
/// change when it does.
/// </remarks>
/// <example>
/// <code>
/// var extractor = ArticleExtractor.CreateDefault();
/// using var analyzer = new ArabicNewsAnalyzer(extractor.Tokenizer);
/// using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
/// writer.AddDocument([new TextField("body", text, Field.Store.YES)]);
/// </code>
/// </example>
public sealed class ArabicNewsAnalyzer : Analyzer
{
    private static readonly Lazy<IReadOnlyList<string>> LuceneStopwords = new(() => [.. LuceneArabicAnalyzer.DefaultStopSet]);

    private readonly ArabicTokenizer _tokenizer;
    private readonly TermSettings _settings;

    /// <summary>Creates an analyzer that tokenizes with <paramref name="tokenizer"/>.</summary>
    /// <param name="tokenizer">The tokenizer, usually <see cref="ArticleExtractor.Tokenizer"/> of the extractor that extracts the articles.</param>
    /// <param name="options">How tokens become terms; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tokenizer"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (an undefined term form, a maximum term length under 1).</exception>
    public ArabicNewsAnalyzer(ArabicTokenizer tokenizer, ArabicNewsAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
        _settings = new TermSettings(options ?? new ArabicNewsAnalyzerOptions());
    }

    /// <summary>Lucene's default Arabic stopwords (those of its <c>ArabicAnalyzer</c>), for <see cref="ArabicNewsAnalyzerOptions.Stopwords"/>.</summary>
    public static IReadOnlyList<string> LuceneArabicStopwords => LuceneStopwords.Value;

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ArabicNewsTokenizer(_tokenizer, reader, _settings));
}

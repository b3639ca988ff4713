using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction;

/// <summary>
/// The token path of an <see cref="ArticleExtractor"/> on its own, streamed for high-throughput callers such as search
/// indexers: the same tokens as <see cref="Article.Tokens"/> (original spans, kinds, normalized forms, stems, clitic
/// parts), without paragraphs, sentences, entities or quotations, and without allocating per token or per text.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe: get it from <see cref="ArticleExtractor.Tokenizer"/> (it shares the extractor's lexicons and
/// its cache of analysed words) and enumerate from any number of threads at once. Each enumeration normalizes the text
/// into buffers rented from the shared array pool and returns them when it is disposed (as <c>foreach</c> does); its
/// tokens stay valid after that.
/// </para>
/// <para>
/// Tokens are those of <see cref="Article.Tokens"/> for the same text: the article's tokens are found sentence by
/// sentence and these in one pass, and tokenizing is built so that no token crosses a sentence's end.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ArabicTokenizer tokenizer = ArticleExtractor.CreateDefault().Tokenizer;
/// foreach (var token in tokenizer.EnumerateTokens(text))
/// {
///     if (token.IsWord) Console.WriteLine($"{token.Span}: {token.BaseNormalized}");
/// }
/// </code>
/// </example>
public sealed class ArabicTokenizer
{
    private readonly ArabicNormalizer _viewNormalizer = new(ArticleExtractor.ViewRules);
    private readonly CliticAnalyzer _clitics;
    private readonly WordFormCache _wordCache;

    internal ArabicTokenizer(CliticAnalyzer clitics, int wordCacheCapacity)
    {
        _clitics = clitics;
        _wordCache = new WordFormCache(wordCacheCapacity);
    }

    /// <summary>
    /// The tokens of <paramref name="text"/>, one at a time, in text order, for a <c>foreach</c>. Every span is a range
    /// of <paramref name="text"/>; any text is accepted (an empty or blank one has no tokens).
    /// </summary>
    public Tokens EnumerateTokens(ReadOnlySpan<char> text) => new(this, text);

    /// <summary>A cursor over the tokens of a view, from <paramref name="start"/>.</summary>
    internal TokenCursor StartCursor(int start) => new(_clitics, _wordCache, start);

    /// <summary>The view of <paramref name="text"/> that tokens are found in, in pooled buffers.</summary>
    internal PooledNormalization NormalizeView(ReadOnlySpan<char> text) => _viewNormalizer.NormalizePooled(text);

    /// <summary>The tokens of a text (see <see cref="EnumerateTokens"/>): each <see cref="GetEnumerator"/> goes through them once.</summary>
    public readonly ref struct Tokens
    {
        private readonly ArabicTokenizer _tokenizer;
        private readonly ReadOnlySpan<char> _text;

        internal Tokens(ArabicTokenizer tokenizer, ReadOnlySpan<char> text)
        {
            _tokenizer = tokenizer;
            _text = text;
        }

        /// <summary>An enumeration of the tokens, which normalizes the text into pooled buffers; dispose it once.</summary>
        public Enumerator GetEnumerator() => new(_tokenizer, _text);
    }

    /// <summary>
    /// An enumeration of the tokens of a text (see <see cref="EnumerateTokens"/>). Not thread-safe: one thread; dispose it
    /// once (a <c>foreach</c> does), which returns its buffers to the shared pool.
    /// </summary>
    public ref struct Enumerator
    {
        private PooledNormalization _normalization;
        private ReadOnlySpan<char> _view;
        private ReadOnlySpan<OffsetEdit> _edits;
        private TokenCursor _cursor;
        private TokenInfo _current;

        internal Enumerator(ArabicTokenizer tokenizer, ReadOnlySpan<char> text)
        {
            _normalization = tokenizer.NormalizeView(text);
            _view = _normalization.TextOf(text);
            _edits = _normalization.Edits;
            _cursor = tokenizer.StartCursor(0);
        }

        /// <summary>The current token.</summary>
        public readonly TokenInfo Current => _current;

        /// <summary>Moves to the next token; false when there is none (or the enumerator was disposed).</summary>
        public bool MoveNext() => _cursor.MoveNext(_view, _edits, out _current, out _);

        /// <summary>Returns the enumerator's buffers to the shared pool; it has no tokens after that.</summary>
        public void Dispose()
        {
            _view = default;
            _edits = default;
            _normalization.Dispose();
        }
    }
}

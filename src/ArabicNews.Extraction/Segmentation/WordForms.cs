using System.Buffers;
using ArabicNews.Extraction.Normalization;
using LuceneArabicStemmer = Lucene.Net.Analysis.Ar.ArabicStemmer;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// The analysed words of one extraction: each distinct surface word of the view is normalized, stemmed and split into
/// clitics once, and every token of it shares the resulting <see cref="WordForm"/> and its strings. Words are looked up
/// in the extractor's shared <see cref="WordFormCache"/> first and added to it while it has room; the rest stay here.
/// </summary>
/// <remarks>
/// News text repeats its words, so an article costs a cache probe per token (made by <see cref="TokenCursor"/>), one
/// analysis per word no earlier article had, and no string per token. Not thread-safe: one instance serves one
/// extraction or one enumeration and is then dropped; it is made on the first word the shared cache misses.
/// </remarks>
internal sealed class WordForms
{
    // Words up to this length are normalized on the stack.
    private const int StackLimit = 256;

    private readonly CliticAnalyzer _clitics;
    private readonly WordFormCache _shared;

    private readonly Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _formLookup =
        new Dictionary<string, WordForm>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private LuceneArabicStemmer? _stemmer;
    private char[] _stemBuffer = [];

    public WordForms(CliticAnalyzer clitics, WordFormCache shared)
    {
        _clitics = clitics;
        _shared = shared;
    }

    /// <summary>
    /// The analysis of <paramref name="surface"/>, a token of the view that the shared cache did not hold when the caller
    /// probed it. The kind depends only on the token's characters (Arabic letters make an Arabic word and nothing else
    /// does), so a surface word always comes with the same kind.
    /// </summary>
    public WordForm GetUncached(ReadOnlySpan<char> surface, TokenKind kind)
    {
        if (_formLookup.TryGetValue(surface, out var form))
            return form;

        var key = surface.ToString();
        form = Create(key, kind);
        if (!_shared.TryAdd(key, form))
            _formLookup.Dictionary.Add(key, form);
        return form;
    }

    private WordForm Create(string surface, TokenKind kind)
    {
        char[]? rented = null;
        Span<char> buffer = surface.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(surface.Length));
        try
        {
            string normalized;
            scoped ReadOnlySpan<char> normalizedSpan;
            if (ArabicNormalizer.Matching.TryNormalize(surface, buffer, out var length))
            {
                normalizedSpan = buffer[..length];
                normalized = normalizedSpan.SequenceEqual(surface) ? Intern(surface) : Intern(normalizedSpan);
            }
            else
            {
                normalized = Intern(ArabicNormalizer.Matching.Normalize(surface));
                normalizedSpan = normalized;
            }

            if (kind != TokenKind.ArabicWord)
                return new WordForm(normalized, normalized, string.Empty, normalized, normalized, default);

            var split = _clitics.Analyze(surface, normalizedSpan);
            var baseEnd = normalized.Length - split.EncliticLength;
            var proclitics = split.ProcliticLength == 0 ? string.Empty : Intern(normalizedSpan[..split.ProcliticLength]);
            var baseNormalized = split == default ? normalized : Intern(normalizedSpan[split.BaseStart..baseEnd]);
            return new WordForm(
                normalized, Stem(normalized, suffixesOnly: false), proclitics, baseNormalized, Stem(baseNormalized, suffixesOnly: true), split);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Lucene's light stem of a word: prefixes and suffixes, or the suffixes only.
    private string Stem(string word, bool suffixesOnly)
    {
        var stemmer = _stemmer ??= new LuceneArabicStemmer();
        if (word.Length > _stemBuffer.Length)
            _stemBuffer = new char[Math.Max(64, word.Length * 2)];
        word.CopyTo(_stemBuffer);

        // The stemmer only removes affixes, so an unchanged length means an unchanged word.
        var length = suffixesOnly ? stemmer.StemSuffix(_stemBuffer, word.Length) : stemmer.Stem(_stemBuffer, word.Length);
        return length == word.Length ? word : Intern(_stemBuffer.AsSpan(0, length));
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return string.Empty;
        if (_stringLookup.TryGetValue(text, out var pooled))
            return pooled;
        var created = text.ToString();
        _stringLookup.Dictionary.Add(created, created);
        return created;
    }

    private string Intern(string text)
    {
        if (text.Length == 0)
            return string.Empty;
        if (_stringLookup.Dictionary.TryGetValue(text, out var pooled))
            return pooled;
        _stringLookup.Dictionary.Add(text, text);
        return text;
    }
}

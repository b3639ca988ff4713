using System.Buffers;
using ArabicNews.Extraction.Normalization;
using LuceneArabicStemmer = Lucene.Net.Analysis.Ar.ArabicStemmer;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// The per-extraction store of analysed words: each distinct surface word of the view is normalized, stemmed and split
/// into clitics once, and every token of it shares the resulting <see cref="WordForm"/> and its strings.
/// </summary>
/// <remarks>
/// News text repeats its words, so an article costs one analysis per distinct word plus a dictionary probe per token,
/// and no string per token. Not thread-safe: one instance serves one extraction and is then dropped, so its memory is
/// bounded by the article.
/// </remarks>
internal sealed class WordForms
{
    // Words up to this length are normalized on the stack.
    private const int StackLimit = 256;

    private readonly CliticAnalyzer _clitics;
    private readonly Dictionary<string, WordForm> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _formLookup;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;
    private readonly LuceneArabicStemmer _stemmer = new();
    private char[] _stemBuffer = new char[64];

    public WordForms(CliticAnalyzer clitics)
    {
        _clitics = clitics;
        _formLookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct surface words have been analysed.</summary>
    public int Count => _forms.Count;

    /// <summary>
    /// The analysis of <paramref name="surface"/>, a token of the view. The kind depends only on the token's characters
    /// (Arabic letters make an Arabic word and nothing else does), so a surface word always comes with the same kind.
    /// </summary>
    public WordForm Get(ReadOnlySpan<char> surface, TokenKind kind)
    {
        if (_formLookup.TryGetValue(surface, out var form))
            return form;
        var key = surface.ToString();
        form = Create(key, kind);
        _forms.Add(key, form);
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
                return new WordForm(normalized, normalized, string.Empty, normalized, default);

            var split = _clitics.Analyze(surface, normalizedSpan);
            var baseEnd = normalized.Length - split.EncliticLength;
            var proclitics = split.ProcliticLength == 0 ? string.Empty : Intern(normalizedSpan[..split.ProcliticLength]);
            var baseNormalized = split == default ? normalized : Intern(normalizedSpan[split.BaseStart..baseEnd]);
            return new WordForm(normalized, Stem(normalized), proclitics, baseNormalized, split);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    private string Stem(string normalized)
    {
        if (normalized.Length > _stemBuffer.Length)
            _stemBuffer = new char[normalized.Length * 2];
        normalized.CopyTo(_stemBuffer);

        // The stemmer only removes affixes, so an unchanged length means an unchanged word.
        var length = _stemmer.Stem(_stemBuffer, normalized.Length);
        return length == normalized.Length ? normalized : Intern(_stemBuffer.AsSpan(0, length));
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return string.Empty;
        if (_stringLookup.TryGetValue(text, out var pooled))
            return pooled;
        var created = text.ToString();
        _strings.Add(created, created);
        return created;
    }

    private string Intern(string text)
    {
        if (text.Length == 0)
            return string.Empty;
        if (_strings.TryGetValue(text, out var pooled))
            return pooled;
        _strings.Add(text, text);
        return text;
    }
}

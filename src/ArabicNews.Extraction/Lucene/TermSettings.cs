using System.Collections.Frozen;
using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction.Lucene;

/// <summary>The options of an analyzer, checked and with the stopwords normalized, once for all its tokenizers.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TermSettings
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;

    public TermSettings(ArabicNewsAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.TermForm))
            throw new ArgumentException($"'{options.TermForm}' is not a term form.", nameof(options));
        ArgumentNullException.ThrowIfNull(options.Stopwords, nameof(options.Stopwords));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTermLength, 1, nameof(options.MaxTermLength));
        TermForm = options.TermForm;
        MaxTermLength = options.MaxTermLength;
        var stopwords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in options.Stopwords)
        {
            if (!string.IsNullOrWhiteSpace(word))
                stopwords.Add(ArabicNormalizer.Matching.Normalize(word.Trim()));
        }

        HasStopwords = stopwords.Count > 0;
        _stopwords = stopwords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ArabicNewsTermForm TermForm { get; }

    public int MaxTermLength { get; }

    public bool HasStopwords { get; }

    public bool IsStopword(ReadOnlySpan<char> normalized) => _stopwords.Contains(normalized);
}

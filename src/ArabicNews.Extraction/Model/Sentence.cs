namespace ArabicNews.Extraction;

/// <summary>A sentence, with the range of its tokens in <see cref="Article.Tokens"/>.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Sentence
{
    internal Sentence(TextSpan span, int paragraph, int firstToken, int tokenCount, int viewStart, int viewEnd)
    {
        ViewStart = viewStart;
        ViewEnd = viewEnd;
        Span = span;
        Paragraph = paragraph;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>The sentence's text, from its first to its last non-space character.</summary>
    public TextSpan Span { get; }

    /// <summary>Where it starts in the extractor's normalized view.</summary>
    internal int ViewStart { get; }

    /// <summary>Where it ends in the extractor's normalized view.</summary>
    internal int ViewEnd { get; }

    /// <summary>Index into <see cref="Article.Paragraphs"/> of the paragraph holding the sentence.</summary>
    public int Paragraph { get; }

    /// <summary>Index into <see cref="Article.Tokens"/> of the sentence's first token.</summary>
    public int FirstToken { get; }

    /// <summary>How many tokens the sentence holds.</summary>
    public int TokenCount { get; }
}

namespace ArabicNews.Extraction;

/// <summary>What role a paragraph plays in the article.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A short line without sentence-final punctuation: a deck, a subheading.</summary>
    Heading,

    /// <summary>The article's headline: its first line, when short.</summary>
    Title,
}

/// <summary>A paragraph: a run of text between line breaks, and the sentences in it.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Paragraph
{
    internal Paragraph(TextSpan span, ParagraphKind kind, int firstSentence, int sentenceCount, int viewStart, int viewEnd)
    {
        ViewStart = viewStart;
        ViewEnd = viewEnd;
        Span = span;
        Kind = kind;
        FirstSentence = firstSentence;
        SentenceCount = sentenceCount;
    }

    /// <summary>The paragraph's text, without its line break and surrounding whitespace.</summary>
    public TextSpan Span { get; }

    /// <summary>Title, heading or body.</summary>
    public ParagraphKind Kind { get; }

    /// <summary>Where it starts in the extractor's normalized view.</summary>
    internal int ViewStart { get; }

    /// <summary>Where it ends in the extractor's normalized view.</summary>
    internal int ViewEnd { get; }

    /// <summary>Index into <see cref="Article.Sentences"/> of this paragraph's first sentence.</summary>
    public int FirstSentence { get; }

    /// <summary>How many sentences the paragraph holds.</summary>
    public int SentenceCount { get; }
}

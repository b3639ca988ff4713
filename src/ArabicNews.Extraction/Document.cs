using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction;

/// <summary>
/// The article-so-far that the pipeline's stages read: the normalized view and the segmentation. Stages search the
/// view (<see cref="View"/>.Text, with the view offsets that paragraphs, sentences and tokens carry) and report
/// original spans.
/// </summary>
/// <remarks>Built once per extraction and never changed after; safe to read from any thread.</remarks>
internal sealed class Document
{
    public Document(NormalizedText view, Paragraph[] paragraphs, Sentence[] sentences, Token[] tokens)
    {
        View = view;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
    }

    /// <summary>The input text.</summary>
    public string Text => View.Original;

    /// <summary>The normalized view that the stages search, with its map back to <see cref="Text"/>.</summary>
    public NormalizedText View { get; }

    public Paragraph[] Paragraphs { get; }

    public Sentence[] Sentences { get; }

    public Token[] Tokens { get; }
}

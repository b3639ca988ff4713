using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// Turns the normalized view of a text into paragraphs, sentences and tokens, each carrying its span in the original.
/// </summary>
/// <remarks>
/// Thread-safe: per-call state lives in locals; the word analyses shared between calls live in the thread-safe, bounded
/// cache of its <see cref="ArabicTokenizer"/>.
/// </remarks>
internal sealed class Segmenter
{
    private const int CancellationCheckInterval = 4096;

    /// <summary>Creates a segmenter that keeps up to <paramref name="wordCacheCapacity"/> word analyses between calls.</summary>
    public Segmenter(CliticAnalyzer clitics, int wordCacheCapacity = WordFormCache.DefaultCapacity) =>
        ArabicTokenizer = new ArabicTokenizer(clitics, wordCacheCapacity);

    /// <summary>The token path this segmenter runs sentence by sentence, for streaming callers.</summary>
    public ArabicTokenizer ArabicTokenizer { get; }

    public Document Segment(NormalizedText view, CancellationToken cancellationToken)
    {
        var text = view.Text;
        var edits = view.Map.Edits;
        var rawParagraphs = ParagraphSplitter.Split(text);
        var paragraphs = new Paragraph[rawParagraphs.Count];
        // News runs about five characters a token and a hundred a sentence; starting above the final sizes saves the
        // copies (and the garbage) of growing from empty.
        var sentences = new List<Sentence>((text.Length / 100) + 1);
        var tokens = new List<Token>((text.Length / 4) + 1);
        var sentenceRanges = new List<(int Start, int End)>();
        var cursor = ArabicTokenizer.StartCursor(0);

        for (var p = 0; p < rawParagraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = rawParagraphs[p];
            sentenceRanges.Clear();
            SentenceSplitter.Split(text, paragraph.Start, paragraph.End, sentenceRanges);
            var firstSentence = sentences.Count;
            foreach (var (start, end) in sentenceRanges)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var firstToken = tokens.Count;
                cursor.Restart(start);
                AddTokens(text.AsSpan(0, end), edits, ref cursor, tokens, cancellationToken);
                sentences.Add(new Sentence(view.ToOriginal(start, end), p, firstToken, tokens.Count - firstToken, start, end));
            }

            paragraphs[p] = new Paragraph(
                view.ToOriginal(paragraph.Start, paragraph.End), paragraph.Kind, firstSentence, sentences.Count - firstSentence,
                paragraph.Start, paragraph.End);
        }

        return new Document(view, paragraphs, [.. sentences], [.. tokens]);
    }

    /// <summary>
    /// The tokens of the whole view as <see cref="Token"/> objects, without paragraphs and sentences: the token path with
    /// an object per token, as an <see cref="Article"/> holds them.
    /// </summary>
    public Token[] Tokenize(NormalizedText view)
    {
        var tokens = new List<Token>((view.Text.Length / 4) + 1);
        var cursor = ArabicTokenizer.StartCursor(0);
        AddTokens(view.Text, view.Map.Edits, ref cursor, tokens, CancellationToken.None);
        return [.. tokens];
    }

    private static void AddTokens(
        ReadOnlySpan<char> view, ReadOnlySpan<OffsetEdit> edits, ref TokenCursor cursor, List<Token> tokens, CancellationToken cancellationToken)
    {
        var count = 0;
        while (cursor.MoveNext(view, edits, out var token, out var raw))
        {
            // One huge line may be one paragraph and one sentence: keep cancellation prompt inside it too.
            if (++count % CancellationCheckInterval == 0)
                cancellationToken.ThrowIfCancellationRequested();
            tokens.Add(new Token(token, raw.Start, raw.End));
        }
    }
}

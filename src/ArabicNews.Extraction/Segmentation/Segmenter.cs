using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// Turns the normalized view of a text into paragraphs, sentences and tokens, each carrying its span in the original.
/// </summary>
/// <remarks>
/// Thread-safe: per-call state lives in locals; the word analyses shared between calls live in a thread-safe,
/// bounded <see cref="WordFormCache"/>.
/// </remarks>
internal sealed class Segmenter
{
    private const int CancellationCheckInterval = 4096;

    private readonly CliticAnalyzer _clitics;
    private readonly WordFormCache _wordCache;

    /// <summary>Creates a segmenter that keeps up to <paramref name="wordCacheCapacity"/> word analyses between calls.</summary>
    public Segmenter(CliticAnalyzer clitics, int wordCacheCapacity = WordFormCache.DefaultCapacity)
    {
        _clitics = clitics;
        _wordCache = new WordFormCache(wordCacheCapacity);
    }

    public Document Segment(NormalizedText view, CancellationToken cancellationToken)
    {
        var text = view.Text;
        var rawParagraphs = ParagraphSplitter.Split(text);
        var paragraphs = new Paragraph[rawParagraphs.Count];
        // News runs about five characters a token and a hundred a sentence; starting above the final sizes saves the
        // copies (and the garbage) of growing from empty.
        var sentences = new List<Sentence>((text.Length / 100) + 1);
        var tokens = new List<Token>((text.Length / 4) + 1);
        var sentenceRanges = new List<(int Start, int End)>();
        var rawTokens = new List<RawToken>(64);
        var words = new WordForms(_clitics, _wordCache);

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
                AddTokens(view, start, end, rawTokens, words, tokens, cancellationToken);
                sentences.Add(new Sentence(view.ToOriginal(start, end), p, firstToken, tokens.Count - firstToken, start, end));
            }

            paragraphs[p] = new Paragraph(
                view.ToOriginal(paragraph.Start, paragraph.End), paragraph.Kind, firstSentence, sentences.Count - firstSentence,
                paragraph.Start, paragraph.End);
        }

        return new Document(view, paragraphs, [.. sentences], [.. tokens]);
    }

    /// <summary>
    /// The tokens of the whole view, without paragraphs and sentences: the token path alone, as a search index would
    /// use it.
    /// </summary>
    public Token[] Tokenize(NormalizedText view)
    {
        var tokens = new List<Token>((view.Text.Length / 4) + 1);
        AddTokens(view, 0, view.Text.Length, new List<RawToken>(64), new WordForms(_clitics, _wordCache), tokens, CancellationToken.None);
        return [.. tokens];
    }

    private static void AddTokens(
        NormalizedText view, int start, int end, List<RawToken> rawTokens, WordForms words, List<Token> tokens, CancellationToken cancellationToken)
    {
        rawTokens.Clear();
        Tokenizer.Tokenize(view.Text, start, end, rawTokens);
        var map = view.Map;
        for (var k = 0; k < rawTokens.Count; k++)
        {
            // One huge line may be one paragraph and one sentence: keep cancellation prompt inside it too.
            if (k % CancellationCheckInterval == CancellationCheckInterval - 1)
                cancellationToken.ThrowIfCancellationRequested();
            tokens.Add(MakeToken(view.Text, map, rawTokens[k], words));
        }
    }

    private static Token MakeToken(string text, OffsetMap map, RawToken raw, WordForms words)
    {
        var form = words.Get(text.AsSpan(raw.Start, raw.End - raw.Start), raw.Kind, out var split);
        var span = map.ToOriginal(raw.Start, raw.End);
        if (split == default)
            return new Token(span, raw.Kind, form, span.Start, span.Start, span.End, raw.Start, raw.End);

        // A part's boundary inside an expanded character (a ligature) rounds outwards; the clamps keep the parts in order.
        var procliticEnd = split.ProcliticLength == 0 ? span.Start : map.ToOriginalEnd(raw.Start + split.ProcliticLength);
        var articleEnd = split.ArticleLength == 0 ? procliticEnd : Math.Max(procliticEnd, map.ToOriginalEnd(raw.Start + split.BaseStart));
        var encliticStart = split.EncliticLength == 0
            ? span.End
            : Math.Clamp(map.ToOriginalStart(raw.End - split.EncliticLength), articleEnd, span.End);
        return new Token(span, raw.Kind, form, procliticEnd, articleEnd, encliticStart, raw.Start, raw.End);
    }
}

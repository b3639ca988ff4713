using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// Turns the normalized view of a text into paragraphs, sentences and tokens, each carrying its span in the original.
/// </summary>
/// <remarks>Immutable and thread-safe: all per-call state lives in locals.</remarks>
internal sealed class Segmenter
{
    private readonly CliticAnalyzer _clitics;

    public Segmenter(CliticAnalyzer clitics) => _clitics = clitics;

    public Document Segment(NormalizedText view, CancellationToken cancellationToken)
    {
        var text = view.Text;
        var rawParagraphs = ParagraphSplitter.Split(text);
        var paragraphs = new Paragraph[rawParagraphs.Count];
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        var sentenceRanges = new List<(int Start, int End)>();
        var rawTokens = new List<RawToken>();
        var words = new WordForms(_clitics);

        for (var p = 0; p < rawParagraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = rawParagraphs[p];
            sentenceRanges.Clear();
            SentenceSplitter.Split(text, paragraph.Start, paragraph.End, sentenceRanges);
            var firstSentence = sentences.Count;
            foreach (var (start, end) in sentenceRanges)
            {
                rawTokens.Clear();
                Tokenizer.Tokenize(text, start, end, rawTokens);
                var firstToken = tokens.Count;
                foreach (var raw in rawTokens)
                    tokens.Add(MakeToken(view, raw, words));
                sentences.Add(new Sentence(view.ToOriginal(start, end), p, firstToken, tokens.Count - firstToken, start, end));
            }

            paragraphs[p] = new Paragraph(
                view.ToOriginal(paragraph.Start, paragraph.End), paragraph.Kind, firstSentence, sentences.Count - firstSentence,
                paragraph.Start, paragraph.End);
        }

        return new Document(view, paragraphs, [.. sentences], [.. tokens]);
    }

    private static Token MakeToken(NormalizedText view, RawToken raw, WordForms words)
    {
        var form = words.Get(view.Text.AsSpan(raw.Start, raw.End - raw.Start), raw.Kind);
        var span = view.ToOriginal(raw.Start, raw.End);
        var split = form.Split;
        if (split == default)
            return new Token(span, raw.Kind, form, span.Start, span.Start, span.End, raw.Start, raw.End);

        // A part's boundary inside an expanded character (a ligature) rounds outwards; the clamps keep the parts in order.
        var map = view.Map;
        var procliticEnd = split.ProcliticLength == 0 ? span.Start : map.ToOriginalEnd(raw.Start + split.ProcliticLength);
        var articleEnd = split.ArticleLength == 0 ? procliticEnd : Math.Max(procliticEnd, map.ToOriginalEnd(raw.Start + split.BaseStart));
        var encliticStart = split.EncliticLength == 0
            ? span.End
            : Math.Clamp(map.ToOriginalStart(raw.End - split.EncliticLength), articleEnd, span.End);
        return new Token(span, raw.Kind, form, procliticEnd, articleEnd, encliticStart, raw.Start, raw.End);
    }
}

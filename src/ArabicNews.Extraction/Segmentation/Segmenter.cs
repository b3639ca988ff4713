using ArabicNews.Extraction.Normalization;
using LuceneArabicStemmer = Lucene.Net.Analysis.Ar.ArabicStemmer;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// Turns the normalized view of a text into paragraphs, sentences and tokens, each carrying its span in the original.
/// </summary>
/// <remarks>Immutable and thread-safe: all per-call state lives in locals.</remarks>
internal sealed class Segmenter
{
    private const int CancellationCheckInterval = 4096;

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
        var stemmer = new StemBuffer();

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
                rawTokens.Clear();
                Tokenizer.Tokenize(text, start, end, rawTokens);
                var firstToken = tokens.Count;
                for (var k = 0; k < rawTokens.Count; k++)
                {
                    // One huge line may be one paragraph and one sentence: keep cancellation prompt inside it too.
                    if (k % CancellationCheckInterval == CancellationCheckInterval - 1)
                        cancellationToken.ThrowIfCancellationRequested();
                    tokens.Add(MakeToken(view, rawTokens[k], stemmer));
                }

                sentences.Add(new Sentence(view.ToOriginal(start, end), p, firstToken, tokens.Count - firstToken, start, end));
            }

            paragraphs[p] = new Paragraph(
                view.ToOriginal(paragraph.Start, paragraph.End), paragraph.Kind, firstSentence, sentences.Count - firstSentence,
                paragraph.Start, paragraph.End);
        }

        return new Document(view, paragraphs, [.. sentences], [.. tokens]);
    }

    private Token MakeToken(NormalizedText view, RawToken raw, StemBuffer stemmer)
    {
        var surface = view.Text.AsSpan(raw.Start, raw.End - raw.Start);
        var normalized = ArabicNormalizer.Matching.Normalize(surface.ToString());
        var span = view.ToOriginal(raw.Start, raw.End);
        if (raw.Kind != TokenKind.ArabicWord)
        {
            var none = new TokenParts(
                new TextSpan(span.Start, span.Start), new TextSpan(span.Start, span.Start), new TextSpan(span.End, span.End),
                string.Empty, normalized);
            return new Token(span, raw.Kind, normalized, normalized, none, raw.Start, raw.End);
        }

        var split = _clitics.Analyze(surface, normalized);
        var map = view.Map;
        var procliticEnd = split.ProcliticLength == 0 ? span.Start : map.ToOriginalEnd(raw.Start + split.ProcliticLength);
        var articleEnd = split.ArticleLength == 0 ? procliticEnd : map.ToOriginalEnd(raw.Start + split.BaseStart);
        var encliticStart = split.EncliticLength == 0 ? span.End : Math.Max(articleEnd, map.ToOriginalStart(raw.End - split.EncliticLength));
        var parts = new TokenParts(
            new TextSpan(span.Start, procliticEnd),
            new TextSpan(procliticEnd, articleEnd),
            new TextSpan(encliticStart, span.End),
            normalized[..split.ProcliticLength],
            normalized[split.BaseStart..(normalized.Length - split.EncliticLength)]);
        return new Token(span, raw.Kind, normalized, stemmer.Stem(normalized), parts, raw.Start, raw.End);
    }

    /// <summary>A per-call scratch buffer for Lucene's in-place stemmer.</summary>
    private sealed class StemBuffer
    {
        private readonly LuceneArabicStemmer _stemmer = new();
        private char[] _buffer = new char[64];

        public string Stem(string normalized)
        {
            if (normalized.Length > _buffer.Length)
                _buffer = new char[normalized.Length * 2];
            normalized.CopyTo(_buffer);
            var length = _stemmer.Stem(_buffer, normalized.Length);
            return length == normalized.Length ? normalized : new string(_buffer, 0, length);
        }
    }
}

using ArabicNews.Extraction;
using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Training;

/// <summary>A corpus sentence: its tokens and their BIO tags (indices into <see cref="EntityTags.Names"/>).</summary>
internal sealed record CorpusSentence(string[] Words, int[] Tags)
{
    /// <summary>The sentence as users send it: its tokens joined by single spaces.</summary>
    public string Text => string.Join(' ', Words);

    /// <summary>The gold entity spans of <see cref="Text"/>, as character ranges, with their types.</summary>
    public List<GoldSpan> Spans()
    {
        var spans = new List<GoldSpan>();
        var offset = 0;
        var open = -1;
        var openStart = 0;
        var lastEnd = 0;
        for (var i = 0; i < Words.Length; i++)
        {
            var tag = Tags[i];
            var continues = EntityTags.IsInside(tag) && open >= 0 && EntityTags.TypeOf(tag) == EntityTags.TypeOf(Tags[open]);
            if (open >= 0 && !continues)
            {
                spans.Add(new GoldSpan(openStart, lastEnd, EntityTags.TypeOf(Tags[open])));
                open = -1;
            }

            if (tag != EntityTags.Outside && !continues)
            {
                open = i;
                openStart = offset;
            }

            lastEnd = offset + Words[i].Length;
            offset = lastEnd + 1;
        }

        if (open >= 0)
            spans.Add(new GoldSpan(openStart, lastEnd, EntityTags.TypeOf(Tags[open])));
        return spans;
    }
}

/// <summary>A gold entity: a character range of the sentence text and its type.</summary>
internal readonly record struct GoldSpan(int Start, int End, EntityType Type);

/// <summary>
/// Reads ANERcorp (one <c>token tag</c> a line, a blank line between sentences) and turns its sentences into documents
/// segmented exactly as the extractor segments user text, with the gold tags projected onto our tokens.
/// </summary>
internal static class AnerCorpus
{
    public static List<CorpusSentence> Read(string path)
    {
        var sentences = new List<CorpusSentence>();
        var words = new List<string>();
        var tags = new List<int>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var space = line.LastIndexOf(' ');
            if (space <= 0)
                throw new FormatException($"{path}:{lineNumber}: expected 'token tag', got '{line}'.");
            words.Add(line[..space]);
            tags.Add(EntityTags.Parse(line[(space + 1)..]));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
                sentences.Add(new CorpusSentence([.. words], [.. tags]));
            words.Clear();
            tags.Clear();
        }
    }
}

/// <summary>A corpus sentence segmented as the extractor segments it, with a gold tag for each of our tokens.</summary>
internal sealed record LabeledDocument(CorpusSentence Sentence, Document Document, int[] Tags);

/// <summary>Segments corpus sentences the way <see cref="ArticleExtractor"/> segments text.</summary>
internal sealed class CorpusSegmenter
{
    private readonly ArabicNormalizer _view = new(ArticleExtractor.ViewRules);
    private readonly Segmenter _segmenter = new(new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords()));

    public Document Segment(string text) => _segmenter.Segment(_view.NormalizeWithOffsets(text), CancellationToken.None);

    /// <summary>
    /// Segments the sentence's text and tags our tokens: the first of our tokens inside a gold entity gets its B- tag,
    /// the others I- (a corpus token our tokenizer splits, like <c>سي.أن.أن</c>, becomes several tokens).
    /// </summary>
    public LabeledDocument Label(CorpusSentence sentence)
    {
        var document = Segment(sentence.Text);
        var tags = new int[document.Tokens.Length];
        var spans = sentence.Spans();
        var s = 0;
        for (var t = 0; t < tags.Length; t++)
        {
            var span = document.Tokens[t].Span;
            while (s < spans.Count && spans[s].End <= span.Start)
                s++;
            if (s == spans.Count || span.End <= spans[s].Start)
                continue;
            var isFirst = t == 0 || document.Tokens[t - 1].Span.End <= spans[s].Start;
            tags[t] = isFirst ? EntityTags.Begin(spans[s].Type) : EntityTags.Inside(spans[s].Type);
        }

        return new LabeledDocument(sentence, document, tags);
    }
}

namespace ArabicNews.Extraction.Segmentation;

/// <summary>A paragraph found in the normalized view: its trimmed range and its kind.</summary>
internal readonly record struct RawParagraph(int Start, int End, ParagraphKind Kind);

/// <summary>
/// Splits the view into paragraphs at line breaks (\n, \r\n, \r, U+2028, U+2029, NEL; blank lines are gaps) and
/// decides each one's kind: a short first line is the title (a headline may end in <c>..</c>, <c>…</c> or a closing
/// quotation mark, not in a single full stop); other short lines without final punctuation that head more text are
/// headings; the rest, and trailing lines such as a credit in brackets, are body.
/// </summary>
/// <remarks>Stateless and thread-safe; linear in the input.</remarks>
internal static class ParagraphSplitter
{
    /// <summary>A title has at most this many words.</summary>
    internal const int MaxTitleWords = 30;

    /// <summary>A heading has at most this many words.</summary>
    internal const int MaxHeadingWords = 12;

    public static List<RawParagraph> Split(string view)
    {
        var lines = new List<(int Start, int End)>();
        var i = 0;
        while (i < view.Length)
        {
            var lineEnd = i;
            while (lineEnd < view.Length && !CharClass.IsLineBreak(view[lineEnd]))
                lineEnd++;
            var (start, end) = Trim(view, i, lineEnd);
            if (end > start)
                lines.Add((start, end));
            i = lineEnd + 1;
        }

        var paragraphs = new List<RawParagraph>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            var (start, end) = lines[k];
            paragraphs.Add(new RawParagraph(start, end, KindOf(view, start, end, isFirst: k == 0, isLast: k == lines.Count - 1)));
        }

        return paragraphs;
    }

    // A title or a heading heads the text after it, so the last line is body: a lone line, or a trailer like (يتبع).
    private static ParagraphKind KindOf(string view, int start, int end, bool isFirst, bool isLast)
    {
        if (isLast)
            return ParagraphKind.Body;
        var words = CountWords(view, start, end);
        var line = view.AsSpan(start, end - start);
        if (isFirst && words <= MaxTitleWords && !EndsWithFullStop(line))
            return ParagraphKind.Title;
        if (words <= MaxHeadingWords && !EndsWithSentencePunctuation(line) && !IsBracketed(line))
            return ParagraphKind.Heading;
        return ParagraphKind.Body;
    }

    // A line wholly in brackets is an aside or a credit, (تصوير: ...) or (أ ف ب), not a heading.
    private static bool IsBracketed(ReadOnlySpan<char> line) =>
        CharClass.IsOpeningBracket(line[0]) && CharClass.IsClosingBracket(line[^1]);

    // A headline may end in ".." or "…" (a trailing-off), but a single full stop marks running text.
    private static bool EndsWithFullStop(ReadOnlySpan<char> line) =>
        line[^1] == '.' && (line.Length < 2 || line[^2] != '.');

    private static bool EndsWithSentencePunctuation(ReadOnlySpan<char> line)
    {
        var i = line.Length - 1;
        while (i > 0 && (CharClass.IsQuoteMark(line[i]) || CharClass.IsClosingBracket(line[i])))
            i--;
        return CharClass.IsTerminator(line[i]) || CharClass.IsClausePunctuation(line[i]);
    }

    private static int CountWords(string view, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var space = CharClass.IsSpace(view[i]);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }

        return words;
    }

    internal static (int Start, int End) Trim(string view, int start, int end)
    {
        while (start < end && CharClass.IsSpace(view[start]))
            start++;
        while (end > start && CharClass.IsSpace(view[end - 1]))
            end--;
        return (start, end);
    }
}

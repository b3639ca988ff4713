namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// Splits a paragraph of the view into sentences: after a run of terminators (. ! ? ؟ …) and any closing marks that
/// follow it, when a space or the paragraph's end comes next; not after abbreviations and initials, and not between digits.
/// </summary>
/// <remarks>Stateless and thread-safe; linear in the paragraph.</remarks>
internal static class SentenceSplitter
{
    public static void Split(string view, int start, int end, List<(int Start, int End)> sentences)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (!CharClass.IsTerminator(view[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < end && CharClass.IsTerminator(view[i]))
                i++;
            while (i < end && (CharClass.IsQuoteMark(view[i]) || CharClass.IsClosingBracket(view[i])))
                i++;

            var atEnd = i >= end || CharClass.IsSpace(view[i]);
            if (!atEnd || IsAbbreviation(view, sentenceStart, runStart, i))
                continue;

            Add(view, sentenceStart, i, sentences);
            sentenceStart = i;
        }

        Add(view, sentenceStart, end, sentences);
    }

    private static bool IsAbbreviation(string view, int sentenceStart, int terminator, int after)
    {
        if (view[terminator] != '.' || after - terminator != 1)
            return false;
        var wordStart = terminator;
        while (wordStart > sentenceStart && !CharClass.IsSpace(view[wordStart - 1]))
            wordStart--;
        var letters = 0;
        for (var k = wordStart; k < terminator; k++)
        {
            if (char.IsLetter(view[k]))
                letters++;
        }

        return letters == 1;
    }

    private static void Add(string view, int start, int end, List<(int Start, int End)> sentences)
    {
        var (s, e) = ParagraphSplitter.Trim(view, start, end);
        if (e > s)
            sentences.Add((s, e));
    }
}

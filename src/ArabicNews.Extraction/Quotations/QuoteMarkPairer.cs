namespace ArabicNews.Extraction.Quotations;

/// <summary>A pair of quotation marks the pairer found: token indices of the marks and of the content's last token.</summary>
/// <param name="OpenToken">The opening mark's token.</param>
/// <param name="CloseToken">The closing mark's token, or -1 when the mark is missing.</param>
/// <param name="LastContentToken">The content's last token (the token before the closing mark, or the paragraph's last).</param>
/// <param name="Parent">The index of the enclosing pair in the pairer's output, or -1.</param>
/// <param name="ParagraphCount">How many paragraphs the quotation spans.</param>
internal readonly record struct MarkPair(int OpenToken, int CloseToken, int LastContentToken, int Parent, int ParagraphCount)
{
    public bool IsClosed => CloseToken >= 0;
}

/// <summary>
/// Pairs quotation marks in one left-to-right pass over the tokens: «» “” „“ ‹› ‘’ and ASCII " ', in any direction
/// (reversed marks in real copy), with or without spaces inside. A mark's role comes from what touches it: a word on
/// its right only opens, a word on its left only closes, otherwise (spaces on both sides, a colon before it) it
/// closes the open quotation of its family when there is one and opens one when there is none. A quotation left open
/// at a paragraph's end continues into the next paragraph when that paragraph re-opens it at its start (the press
/// convention) or closes it before opening another; otherwise (and always in a title or heading) it ends at its
/// paragraph's end, unclosed.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Linear: each mark is looked at once, the stack holds at most
/// <see cref="MaxDepth"/> marks and a closing mark looks at most <see cref="MaxSearch"/> of them.
/// </remarks>
internal static class QuoteMarkPairer
{
    /// <summary>Quotations nested deeper than this are not tracked; their marks are ignored.</summary>
    internal const int MaxDepth = 8;

    /// <summary>How far down the stack a closing mark looks for an opening mark of its family.</summary>
    internal const int MaxSearch = 3;

    private enum Role
    {
        Open,
        Close,
        Either,
    }

    private enum Family
    {
        None,
        Double,
        Single,
    }

    private struct Open
    {
        public int Token;
        public Family Family;
        public int Slot;
        public int FirstParagraph;
    }

    public static List<MarkPair> Pair(Document document)
    {
        var view = document.View.Text;
        var tokens = document.Tokens;
        var pairs = new List<MarkPair>();
        var stack = new List<Open>(MaxDepth);
        Open? pending = null;
        var pendingLastToken = -1;

        for (var p = 0; p < document.Paragraphs.Length; p++)
        {
            var paragraph = document.Paragraphs[p];
            if (paragraph.SentenceCount == 0)
                continue;
            var first = document.Sentences[paragraph.FirstSentence].FirstToken;
            var lastSentence = document.Sentences[paragraph.FirstSentence + paragraph.SentenceCount - 1];
            var last = lastSentence.FirstToken + lastSentence.TokenCount - 1;
            var pendingDecided = pending is null;

            for (var t = first; t <= last; t++)
            {
                var token = tokens[t];
                if (token.ViewEnd - token.ViewStart != 1)
                    continue;
                var family = FamilyOf(view[token.ViewStart]);
                if (family == Family.None)
                    continue;
                var role = RoleOf(view, token.ViewStart, paragraph.ViewStart, paragraph.ViewEnd, family);
                if (role is null)
                    continue;

                if (!pendingDecided && pending is { } carried && carried.Family == family)
                {
                    pendingDecided = true;
                    if (t == first && role != Role.Close)
                    {
                        // The press convention: a quotation running on into a new paragraph re-opens its mark there.
                        stack.Add(carried);
                        pending = null;
                        continue;
                    }

                    pending = null;
                    if (role != Role.Open)
                    {
                        pairs[carried.Slot] = new MarkPair(carried.Token, t, t - 1, pairs[carried.Slot].Parent, p - carried.FirstParagraph + 1);
                        continue;
                    }

                    pairs[carried.Slot] = pairs[carried.Slot] with { LastContentToken = pendingLastToken };
                }

                var match = role == Role.Open ? -1 : FindOpen(stack, family);
                if (match >= 0)
                {
                    for (var inner = stack.Count - 1; inner > match; inner--)
                        pairs[stack[inner].Slot] = pairs[stack[inner].Slot] with { LastContentToken = t - 1 };
                    var open = stack[match];
                    pairs[open.Slot] = new MarkPair(open.Token, t, t - 1, pairs[open.Slot].Parent, p - open.FirstParagraph + 1);
                    stack.RemoveRange(match, stack.Count - match);
                    continue;
                }

                if (role == Role.Close || stack.Count >= MaxDepth)
                    continue;
                var parent = stack.Count == 0 ? -1 : stack[^1].Slot;
                stack.Add(new Open { Token = t, Family = family, Slot = pairs.Count, FirstParagraph = p });
                pairs.Add(new MarkPair(t, -1, last, parent, 1));
            }

            if (pending is { } undecided)
                pairs[undecided.Slot] = pairs[undecided.Slot] with { LastContentToken = pendingLastToken };
            pending = null;
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                var open = stack[i];
                pairs[open.Slot] = pairs[open.Slot] with { LastContentToken = last, ParagraphCount = p - open.FirstParagraph + 1 };
            }

            // A headline's quotation never runs on into the article.
            if (stack.Count > 0 && paragraph.Kind == ParagraphKind.Body)
            {
                pending = stack[0];
                pendingLastToken = last;
            }

            stack.Clear();
        }

        return pairs;
    }

    private static int FindOpen(List<Open> stack, Family family)
    {
        var floor = Math.Max(0, stack.Count - MaxSearch);
        for (var i = stack.Count - 1; i >= floor; i--)
        {
            if (stack[i].Family == family)
                return i;
        }

        return -1;
    }

    private static Family FamilyOf(char c) => c switch
    {
        '"' or '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\uFF02' => Family.Double,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' => Family.Single,
        _ => Family.None,
    };

    // What touches the mark decides its role; null when the mark is an apostrophe between letters.
    private static Role? RoleOf(string view, int at, int paragraphStart, int paragraphEnd, Family family)
    {
        var before = at > paragraphStart ? view[at - 1] : ' ';
        var after = at + 1 < paragraphEnd ? view[at + 1] : ' ';
        var wordBefore = char.IsLetterOrDigit(before) || before is '.' or '!' or '?' or '\u061F' or '\u2026' or ')' or ']' or '%';
        var wordAfter = char.IsLetterOrDigit(after) || after is '(' or '[';
        if (family == Family.Single && char.IsLetter(before) && char.IsLetter(after))
            return null;
        if (wordAfter && !wordBefore)
            return Role.Open;
        if (wordBefore && !wordAfter)
            return Role.Close;
        return Role.Either;
    }
}

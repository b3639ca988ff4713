using System.Runtime.CompilerServices;
using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// The token path, one token at a time: scans the view, looks the word up in the shared cache (analysing it on a miss),
/// and maps the token and its clitic parts back to the original text. Both <see cref="Segmenter"/> (for an
/// <see cref="Article"/>'s tokens) and <see cref="ArabicTokenizer"/> (streaming) run it, so the two agree by construction.
/// </summary>
/// <remarks>
/// The view and its edits are passed to every call, so the cursor can live in a class, a <c>ref struct</c> or on the
/// stack. Offsets only grow from token to token, so the edits are walked forwards instead of searched: a token costs
/// the edits inside it, not a binary search per offset. A mutable struct with one owner; not thread-safe.
/// </remarks>
internal struct TokenCursor
{
    private readonly CliticAnalyzer _clitics;
    private readonly WordFormCache _cache;
    private TokenScanner _scanner;
    private WordForms? _uncached;

    // The last edit that starts at or before the current token's start, or -1.
    private int _edit;

    public TokenCursor(CliticAnalyzer clitics, WordFormCache cache, int start)
    {
        _clitics = clitics;
        _cache = cache;
        _scanner = new TokenScanner(start);
        _edit = -1;
    }

    /// <summary>Goes on from <paramref name="start"/>, at or after the last token: tokenizing starts afresh there.</summary>
    public void Restart(int start) => _scanner = new TokenScanner(start);

    /// <summary>
    /// The next token of <paramref name="view"/> (the view up to where tokenizing stops), with the view's
    /// <paramref name="edits"/> (see <see cref="OffsetMap"/>); false when no token is left.
    /// </summary>
    public bool MoveNext(ReadOnlySpan<char> view, ReadOnlySpan<OffsetEdit> edits, out TokenInfo token, out RawToken raw)
    {
        if (!_scanner.TryNext(view, out raw))
        {
            token = default;
            return false;
        }

        var surface = view[raw.Start..raw.End];
        if (!_cache.TryGet(surface, out var form, out var split))
        {
            form = Analyze(surface, raw.Kind);
            split = form.Split;
        }

        while (_edit + 1 < edits.Length && edits[_edit + 1].NormalizedStart <= raw.Start)
            _edit++;
        var start = OffsetMap.ToOriginalStart(edits, _edit, raw.Start);
        var end = ToOriginalEnd(edits, raw.End);
        if (split == default)
        {
            token = new TokenInfo(form, raw.Kind, start, end, start, start, end);
            return true;
        }

        // A part's boundary inside an expanded character (a ligature) rounds outwards; the clamps keep the parts in order.
        var procliticEnd = split.ProcliticLength == 0 ? start : ToOriginalEnd(edits, raw.Start + split.ProcliticLength);
        var articleEnd = split.ArticleLength == 0 ? procliticEnd : Math.Max(procliticEnd, ToOriginalEnd(edits, raw.Start + split.BaseStart));
        var encliticStart = split.EncliticLength == 0
            ? end
            : Math.Clamp(ToOriginalStart(edits, raw.End - split.EncliticLength), articleEnd, end);
        token = new TokenInfo(form, raw.Kind, start, end, procliticEnd, articleEnd, encliticStart);
        return true;
    }

    // Off the hot path: with a warm cache, most tokens never come here.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordForm Analyze(ReadOnlySpan<char> surface, TokenKind kind)
    {
        _uncached ??= new WordForms(_clitics, _cache);
        return _uncached.GetUncached(surface, kind);
    }

    private readonly int ToOriginalStart(ReadOnlySpan<OffsetEdit> edits, int offset) =>
        OffsetMap.ToOriginalStart(edits, LastEditAtOrBefore(edits, offset), offset);

    private readonly int ToOriginalEnd(ReadOnlySpan<OffsetEdit> edits, int offset) =>
        OffsetMap.ToOriginalEnd(edits, LastEditAtOrBefore(edits, offset), offset);

    // From the token's start onwards: only the edits inside the token are walked.
    private readonly int LastEditAtOrBefore(ReadOnlySpan<OffsetEdit> edits, int offset)
    {
        var k = _edit;
        while (k + 1 < edits.Length && edits[k + 1].NormalizedStart <= offset)
            k++;
        return k;
    }
}

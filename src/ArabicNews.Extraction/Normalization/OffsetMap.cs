namespace ArabicNews.Extraction.Normalization;

/// <summary>
/// Maps offsets in a normalized text back to the original, in the manner of Lucene's <c>BaseCharFilter</c>: only the
/// places where lengths differ (deletions, expansions) are stored, and a lookup is a binary search over them.
/// One-for-one replacements (أ → ا) need no entry.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class OffsetMap
{
    private readonly Edit[] _edits;

    private OffsetMap(Edit[] edits) => _edits = edits;

    /// <summary>The map of a text that normalization did not change in length.</summary>
    internal static OffsetMap Identity { get; } = new([]);

    /// <summary>True when every offset maps to itself.</summary>
    public bool IsIdentity => _edits.Length == 0;

    /// <summary>How many places differ in length between the two texts.</summary>
    public int EditCount => _edits.Length;

    /// <summary>
    /// The original offset where a span starting at <paramref name="normalizedOffset"/> starts. Removed characters just
    /// before it are left out; an offset inside an expansion rounds down to the start of the character that expanded.
    /// </summary>
    public int ToOriginalStart(int normalizedOffset)
    {
        var i = LastEditStartingAtOrBefore(normalizedOffset);
        if (i < 0)
            return normalizedOffset;
        var edit = _edits[i];
        return normalizedOffset < edit.NormalizedEnd
            ? edit.OriginalStart
            : edit.OriginalEnd + (normalizedOffset - edit.NormalizedEnd);
    }

    /// <summary>
    /// The original offset where a span ending at <paramref name="normalizedOffset"/> ends. Removed characters just
    /// after it (a trailing diacritic, a direction mark) are taken in; an offset inside an expansion rounds up to the end
    /// of the character that expanded.
    /// </summary>
    public int ToOriginalEnd(int normalizedOffset)
    {
        var i = LastEditStartingAtOrBefore(normalizedOffset);
        if (i < 0)
            return normalizedOffset;
        var edit = _edits[i];
        if (normalizedOffset >= edit.NormalizedEnd)
            return edit.OriginalEnd + (normalizedOffset - edit.NormalizedEnd);
        return normalizedOffset == edit.NormalizedStart ? edit.OriginalStart : edit.OriginalEnd;
    }

    /// <summary>The original span of a normalized span <c>[start, end)</c>.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        var originalStart = ToOriginalStart(start);
        var originalEnd = start == end ? originalStart : ToOriginalEnd(end);
        return new TextSpan(originalStart, Math.Max(originalStart, originalEnd));
    }

    private int LastEditStartingAtOrBefore(int offset)
    {
        int lo = 0, hi = _edits.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_edits[mid].NormalizedStart <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private readonly record struct Edit(int NormalizedStart, int NormalizedEnd, int OriginalStart, int OriginalEnd);

    /// <summary>Collects edits in text order while a normalizer writes its output.</summary>
    internal sealed class Builder
    {
        private readonly List<Edit> _edits = [];

        /// <summary>Records that original <c>[originalStart, originalEnd)</c> became normalized <c>[normalizedStart, normalizedEnd)</c>.</summary>
        public void Add(int normalizedStart, int normalizedEnd, int originalStart, int originalEnd)
        {
            if (_edits.Count > 0)
            {
                var last = _edits[^1];
                var bothDeletions = last.NormalizedStart == last.NormalizedEnd && normalizedStart == normalizedEnd;
                if (bothDeletions && last.NormalizedEnd == normalizedStart && last.OriginalEnd == originalStart)
                {
                    _edits[^1] = last with { OriginalEnd = originalEnd };
                    return;
                }
            }

            _edits.Add(new Edit(normalizedStart, normalizedEnd, originalStart, originalEnd));
        }

        public OffsetMap Build() => _edits.Count == 0 ? Identity : new OffsetMap([.. _edits]);
    }
}

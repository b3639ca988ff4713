namespace ArabicNews.Extraction.Normalization;

/// <summary>
/// Maps offsets in a normalized text back to the original, in the manner of Lucene's <c>BaseCharFilter</c>: only the
/// places where lengths differ (deletions, expansions) are stored, and a lookup is a binary search over them.
/// One-for-one replacements (أ → ا) need no entry.
/// </summary>
/// <remarks>
/// Both mappings are monotonic and stay inside <c>[0, OriginalLength]</c>. Immutable; safe to share between threads.
/// </remarks>
public sealed class OffsetMap
{
    private readonly Edit[] _edits;

    private OffsetMap(Edit[] edits, int normalizedLength, int originalLength)
    {
        _edits = edits;
        NormalizedLength = normalizedLength;
        OriginalLength = originalLength;
    }

    /// <summary>The length of the normalized text.</summary>
    public int NormalizedLength { get; }

    /// <summary>The length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>True when every offset maps to itself.</summary>
    public bool IsIdentity => _edits.Length == 0;

    /// <summary>How many places differ in length between the two texts.</summary>
    public int EditCount => _edits.Length;

    /// <summary>
    /// The original offset where a span starting at <paramref name="normalizedOffset"/> starts. Removed characters just
    /// before it are left out; an offset inside an expansion rounds down to the start of the character that expanded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside <c>[0, NormalizedLength]</c>.</exception>
    public int ToOriginalStart(int normalizedOffset)
    {
        CheckOffset(normalizedOffset);
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
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside <c>[0, NormalizedLength]</c>.</exception>
    public int ToOriginalEnd(int normalizedOffset)
    {
        CheckOffset(normalizedOffset);
        var i = LastEditStartingAtOrBefore(normalizedOffset);
        if (i < 0)
            return normalizedOffset;
        var edit = _edits[i];
        if (normalizedOffset >= edit.NormalizedEnd)
            return edit.OriginalEnd + (normalizedOffset - edit.NormalizedEnd);
        return normalizedOffset == edit.NormalizedStart ? edit.OriginalStart : edit.OriginalEnd;
    }

    /// <summary>
    /// The original span of a normalized span <c>[start, end)</c>: from <see cref="ToOriginalStart"/> to
    /// <see cref="ToOriginalEnd"/>; an empty span maps to an empty span.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside <c>[0, NormalizedLength]</c> or ends before it starts.</exception>
    public TextSpan ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var originalStart = ToOriginalStart(start);
        if (start == end)
            return new TextSpan(originalStart, originalStart);
        return new TextSpan(originalStart, ToOriginalEnd(end));
    }

    /// <summary>The map of a text of <paramref name="length"/> characters that normalization did not change in length.</summary>
    internal static OffsetMap Identity(int length) => new([], length, length);

    private void CheckOffset(int normalizedOffset)
    {
        if ((uint)normalizedOffset > (uint)NormalizedLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(normalizedOffset), normalizedOffset, $"An offset into the normalized text must be between 0 and {NormalizedLength}.");
        }
    }

    // The last edit whose normalized start is at or before the offset. Several edits can start at the same offset (a
    // deletion followed by an expansion); the last of them describes what lies at and after it.
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
            // Adjacent deletions (a run of diacritics, a pair of direction marks) are one edit.
            if (_edits.Count > 0 && normalizedStart == normalizedEnd)
            {
                var last = _edits[^1];
                if (last.NormalizedStart == last.NormalizedEnd && last.NormalizedEnd == normalizedStart && last.OriginalEnd == originalStart)
                {
                    _edits[^1] = last with { OriginalEnd = originalEnd };
                    return;
                }
            }

            _edits.Add(new Edit(normalizedStart, normalizedEnd, originalStart, originalEnd));
        }

        public OffsetMap Build(int normalizedLength, int originalLength) => new([.. _edits], normalizedLength, originalLength);
    }
}

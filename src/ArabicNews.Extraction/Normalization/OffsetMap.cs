using System.Buffers;

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
    private readonly OffsetEdit[] _edits;

    private OffsetMap(OffsetEdit[] edits, int normalizedLength, int originalLength)
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

    /// <summary>The places that differ in length, in text order.</summary>
    internal ReadOnlySpan<OffsetEdit> Edits => _edits;

    /// <summary>
    /// The original offset where a span starting at <paramref name="normalizedOffset"/> starts. Removed characters just
    /// before it are left out; an offset inside an expansion rounds down to the start of the character that expanded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside <c>[0, NormalizedLength]</c>.</exception>
    public int ToOriginalStart(int normalizedOffset)
    {
        CheckOffset(normalizedOffset);
        return ToOriginalStart(_edits, LastEditStartingAtOrBefore(normalizedOffset), normalizedOffset);
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
        return ToOriginalEnd(_edits, LastEditStartingAtOrBefore(normalizedOffset), normalizedOffset);
    }

    /// <summary>
    /// The original span of a normalized span <c>[start, end)</c>: from <see cref="ToOriginalStart(int)"/> to
    /// <see cref="ToOriginalEnd(int)"/>; an empty span maps to an empty span.
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

    /// <summary>
    /// <see cref="ToOriginalStart(int)"/> through <paramref name="edits"/>, given the index of the last edit that starts
    /// at or before the offset (-1 for none): for callers that walk the edits in order instead of searching them.
    /// </summary>
    internal static int ToOriginalStart(ReadOnlySpan<OffsetEdit> edits, int lastEditAtOrBefore, int normalizedOffset)
    {
        if (lastEditAtOrBefore < 0)
            return normalizedOffset;
        var edit = edits[lastEditAtOrBefore];
        return normalizedOffset < edit.NormalizedEnd
            ? edit.OriginalStart
            : edit.OriginalEnd + (normalizedOffset - edit.NormalizedEnd);
    }

    /// <summary><see cref="ToOriginalEnd(int)"/> through <paramref name="edits"/>, as <see cref="ToOriginalStart(ReadOnlySpan{OffsetEdit}, int, int)"/>.</summary>
    internal static int ToOriginalEnd(ReadOnlySpan<OffsetEdit> edits, int lastEditAtOrBefore, int normalizedOffset)
    {
        if (lastEditAtOrBefore < 0)
            return normalizedOffset;
        var edit = edits[lastEditAtOrBefore];
        if (normalizedOffset >= edit.NormalizedEnd)
            return edit.OriginalEnd + (normalizedOffset - edit.NormalizedEnd);
        return normalizedOffset == edit.NormalizedStart ? edit.OriginalStart : edit.OriginalEnd;
    }

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

    /// <summary>Receives the edits a normalizer makes while it writes its output.</summary>
    internal interface IEditSink
    {
        /// <summary>Records that original <c>[originalStart, originalEnd)</c> became normalized <c>[normalizedStart, normalizedEnd)</c>.</summary>
        void Add(int normalizedStart, int normalizedEnd, int originalStart, int originalEnd);
    }

    /// <summary>A sink that keeps nothing, for normalizing without a map.</summary>
    internal struct NoEdits : IEditSink
    {
        public readonly void Add(int normalizedStart, int normalizedEnd, int originalStart, int originalEnd)
        {
        }
    }

    /// <summary>
    /// Collects edits in text order, in an array rented from the shared pool: <see cref="Build"/> copies them into a map,
    /// <see cref="Dispose"/> returns the array. Not thread-safe; a struct, so passed by reference.
    /// </summary>
    internal struct Builder : IEditSink, IDisposable
    {
        private OffsetEdit[]? _edits;
        private int _count;

        /// <summary>The edits so far.</summary>
        public readonly ReadOnlySpan<OffsetEdit> Edits => _edits.AsSpan(0, _count);

        public void Add(int normalizedStart, int normalizedEnd, int originalStart, int originalEnd)
        {
            // Adjacent deletions (a run of diacritics, a pair of direction marks) are one edit.
            if (_count > 0 && normalizedStart == normalizedEnd)
            {
                ref var last = ref _edits![_count - 1];
                if (last.NormalizedStart == last.NormalizedEnd && last.NormalizedEnd == normalizedStart && last.OriginalEnd == originalStart)
                {
                    last = last with { OriginalEnd = originalEnd };
                    return;
                }
            }

            if (_edits is null || _count == _edits.Length)
                Grow();
            _edits![_count++] = new OffsetEdit(normalizedStart, normalizedEnd, originalStart, originalEnd);
        }

        public readonly OffsetMap Build(int normalizedLength, int originalLength) => new(Edits.ToArray(), normalizedLength, originalLength);

        public void Dispose()
        {
            if (_edits is not null)
                ArrayPool<OffsetEdit>.Shared.Return(_edits);
            _edits = null;
            _count = 0;
        }

        private void Grow()
        {
            var larger = ArrayPool<OffsetEdit>.Shared.Rent(Math.Max(16, _count * 2));
            if (_edits is not null)
            {
                _edits.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<OffsetEdit>.Shared.Return(_edits);
            }

            _edits = larger;
        }
    }
}

/// <summary>A place where normalization changed the length: original <c>[OriginalStart, OriginalEnd)</c> became normalized <c>[NormalizedStart, NormalizedEnd)</c>.</summary>
internal readonly record struct OffsetEdit(int NormalizedStart, int NormalizedEnd, int OriginalStart, int OriginalEnd);

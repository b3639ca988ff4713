using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// Word analyses shared by every extraction of one extractor: a word analysed once (normalized, stemmed, split into
/// clitics) is not analysed again in a later article. Bounded: it keeps the first <see cref="Capacity"/> distinct words
/// it sees, which in news are mostly the frequent ones, and never evicts, so a long-running extractor's memory stays flat.
/// </summary>
/// <remarks>
/// Thread-safe. An open-addressing table that readers probe without locks and writers fill under a lock; a slot,
/// once published, never changes. The load factor stays at or under one half, and the hash is the runtime's randomized
/// string hash, so crafted input cannot lengthen the probes. Every token of every extraction probes the table, so a
/// slot carries what a token needs beside its <see cref="WordForm"/>: the hash, the clitic split and the word's first
/// <see cref="InlineLength"/> characters, so that a hit on a word no longer than that reads the slot and nothing else
/// (one random memory access a token instead of two: what the streaming token path's speed depends on most).
/// </remarks>
internal sealed class WordFormCache
{
    /// <summary>The default number of distinct words kept (a few megabytes when full).</summary>
    public const int DefaultCapacity = 32_768;

    /// <summary>
    /// The longest word kept. Real words are far shorter; a longer run of letters (a hostile input, a URL) is analysed
    /// for its own extraction only, so the cache's memory stays bounded by its capacity.
    /// </summary>
    public const int MaximumWordLength = 64;

    /// <summary>How many characters of a word its slot holds: nearly every word of news fits.</summary>
    public const int InlineLength = 18;

    private readonly Slot[] _slots;
    private readonly Lock _writeLock = new();
    private int _count;

    public WordFormCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, 1 << 24);
        Capacity = capacity;
        _slots = capacity == 0 ? [] : new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
    }

    /// <summary>How many distinct words the cache keeps at most.</summary>
    public int Capacity { get; }

    /// <summary>How many words it holds.</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGet(ReadOnlySpan<char> surface, out WordForm form, out CliticSplit split)
    {
        if (_slots.Length > 0)
        {
            var hash = string.GetHashCode(surface);
            var mask = _slots.Length - 1;
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                ref var slot = ref _slots[i];

                // The form is published last: a reader that sees it sees the slot's other fields.
                var found = Volatile.Read(ref slot.Form);
                if (found is null)
                    break;
                if (slot.Hash == hash && slot.Length == surface.Length && slot.Holds(surface))
                {
                    form = found;
                    split = new CliticSplit(slot.ProcliticLength, slot.ArticleLength, slot.EncliticLength);
                    return true;
                }
            }
        }

        form = null!;
        split = default;
        return false;
    }

    /// <summary>
    /// Keeps <paramref name="form"/> for <paramref name="surface"/> while there is room; false when full or when the word
    /// is longer than <see cref="MaximumWordLength"/>.
    /// </summary>
    public bool TryAdd(string surface, WordForm form)
    {
        if (surface.Length > MaximumWordLength || Volatile.Read(ref _count) >= Capacity)
            return false;
        var hash = string.GetHashCode(surface.AsSpan());
        var mask = _slots.Length - 1;
        lock (_writeLock)
        {
            if (_count >= Capacity)
                return false;
            var i = hash & mask;
            while (_slots[i].Form is not null)
            {
                if (_slots[i].Hash == hash && _slots[i].Length == surface.Length && _slots[i].Holds(surface))
                    return true;
                i = (i + 1) & mask;
            }

            ref var slot = ref _slots[i];
            slot.Hash = hash;
            slot.Length = (byte)surface.Length;
            slot.ProcliticLength = (byte)form.Split.ProcliticLength;
            slot.ArticleLength = (byte)form.Split.ArticleLength;
            slot.EncliticLength = (byte)form.Split.EncliticLength;
            surface.AsSpan(0, Math.Min(surface.Length, InlineLength)).CopyTo(slot.Characters);
            slot.Word = surface.Length > InlineLength ? surface : null;
            Volatile.Write(ref slot.Form, form);
            Volatile.Write(ref _count, _count + 1);
            return true;
        }
    }

    [InlineArray(InlineLength)]
    private struct InlineCharacters
    {
        private char _first;
    }

    private struct Slot
    {
        public WordForm? Form;

        // The whole word when it is longer than the characters held inline.
        public string? Word;
        public int Hash;
        public byte Length;
        public byte ProcliticLength;
        public byte ArticleLength;
        public byte EncliticLength;
        public InlineCharacters Characters;

        // The lengths are already equal.
        public readonly bool Holds(ReadOnlySpan<char> surface) => Word is null
            ? surface.SequenceEqual(((ReadOnlySpan<char>)Characters)[..surface.Length])
            : surface.SequenceEqual(Word);
    }
}

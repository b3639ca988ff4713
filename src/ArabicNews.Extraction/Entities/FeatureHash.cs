namespace ArabicNews.Extraction.Entities;

/// <summary>
/// The stable 64-bit hashes behind the tagger's features and the word-cluster table. They must never change between
/// training and inference, nor between processes, so they are spelled out here instead of using
/// <see cref="string.GetHashCode()"/> (randomized per process).
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= Prime;
        }

        return hash;
    }

    /// <summary>Extends a hash with one more character, as if it had been at the end of the hashed text.</summary>
    public static ulong Append(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>The hash of an empty text: the seed to <see cref="Append"/> to.</summary>
    public static ulong Empty => OffsetBasis;

    /// <summary>Combines two hashes, order-sensitively (SplitMix64 finalizer over a rotated mix).</summary>
    public static ulong Combine(ulong first, ulong second) => Mix(first ^ ((second << 29) | (second >> 35)) ^ (second * 0x9E3779B97F4A7C15UL));

    /// <summary>The SplitMix64 finalizer: spreads every input bit over the whole output.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        value ^= value >> 31;
        return value;
    }
}

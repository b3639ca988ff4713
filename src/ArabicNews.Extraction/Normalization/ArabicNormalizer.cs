using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Normalization;

/// <summary>
/// Normalizes Arabic text by a chosen set of <see cref="NormalizationRules"/>, in one pass, either to a string or to a
/// <see cref="NormalizedText"/> that maps every offset back to the original.
/// </summary>
/// <remarks>
/// Every rule replaces, deletes or expands single UTF-16 code units, one at a time and independently of their
/// neighbours, so normalizing a piece of a text gives the matching piece of the normalized text. No rule touches a
/// surrogate, so surrogate pairs (emoji, supplementary letters) and lone surrogates pass through unchanged.
/// Immutable and thread-safe: one instance serves any number of threads.
/// </remarks>
public sealed class ArabicNormalizer
{
    private const string PresentationFormsResource = "ArabicNews.Extraction.Normalization.presentation-forms.tsv";

    // Characters below U+0900 (Latin-1, Latin Extended, Arabic, Arabic Supplement and Extended-A) are looked up in an
    // array; the few changing characters above it (spaces, marks, quotation marks, presentation forms) in a dictionary.
    private const int DirectTableSize = 0x0900;

    private static readonly Lazy<FrozenDictionary<char, string>> PresentationForms = new(LoadPresentationForms);

    // What each changing character becomes: "" deletes it, one char replaces it, more expand it.
    private readonly string?[] _direct = new string?[DirectTableSize];
    private readonly FrozenDictionary<char, string> _other;
    private readonly SearchValues<char> _changing;

    // True when this normalizer changes none of the characters news text is mostly made of (see IsCommon).
    private readonly bool _skipsCommonText;

    /// <summary>Creates a normalizer that applies <paramref name="rules"/>.</summary>
    public ArabicNormalizer(NormalizationRules rules)
    {
        Rules = rules;
        var map = BuildMap(rules);
        var other = new Dictionary<char, string>();
        foreach (var (c, replacement) in map)
        {
            if (c < DirectTableSize)
                _direct[c] = replacement;
            else
                other[c] = replacement;
        }

        _other = other.ToFrozenDictionary();
        _changing = SearchValues.Create([.. map.Keys]);
        _skipsCommonText = !map.Keys.Any(IsCommon);
    }

    /// <summary>A shared normalizer with <see cref="NormalizationRules.Display"/>.</summary>
    public static ArabicNormalizer Display { get; } = new(NormalizationRules.Display);

    /// <summary>A shared normalizer with <see cref="NormalizationRules.Matching"/>.</summary>
    public static ArabicNormalizer Matching { get; } = new(NormalizationRules.Matching);

    /// <summary>The rules this normalizer applies.</summary>
    public NormalizationRules Rules { get; }

    /// <summary>True when normalizing <paramref name="text"/> would change nothing.</summary>
    public bool IsNormalized(ReadOnlySpan<char> text) => IndexOfChanging(text) < 0;

    /// <summary>Normalizes <paramref name="text"/>; returns the same instance, without allocating, when nothing changes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The normalized text would be longer than a string can be.</exception>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfChanging(text);
        if (first < 0)
            return text;

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var noEdits = default(OffsetMap.NoEdits);
            var length = Write(text, first, ref buffer, ref noEdits);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Normalizes <paramref name="text"/> into <paramref name="destination"/> without allocating.
    /// </summary>
    /// <returns>False when <paramref name="destination"/> is too short (expansions can make the result longer than the text).</returns>
    public bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            var next = IndexOfChanging(text[i..]);
            var run = next < 0 ? text.Length - i : next;
            if (run > 0)
            {
                if (!text.Slice(i, run).TryCopyTo(destination[written..]))
                    return false;
                written += run;
                i += run;
                if (next < 0)
                    break;
            }

            var replacement = Lookup(text[i])!;
            if (!replacement.AsSpan().TryCopyTo(destination[written..]))
                return false;
            written += replacement.Length;
            i++;
        }

        charsWritten = written;
        return true;
    }

    /// <summary>
    /// Normalizes <paramref name="text"/> and keeps the map from normalized offsets back to original ones.
    /// When nothing changes, the normalized text is <paramref name="text"/> itself and the map is the identity.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The normalized text would be longer than a string can be.</exception>
    public NormalizedText NormalizeWithOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfChanging(text);
        if (first < 0)
            return new NormalizedText(text, text, OffsetMap.Identity(text.Length));

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var edits = default(OffsetMap.Builder);
        try
        {
            var length = Write(text, first, ref buffer, ref edits);
            return new NormalizedText(text, new string(buffer, 0, length), edits.Build(length, text.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            edits.Dispose();
        }
    }

    /// <summary>
    /// Normalizes <paramref name="text"/> into arrays rented from the shared pool, for a caller that reads the result
    /// and then disposes it: the allocation-free form of <see cref="NormalizeWithOffsets"/>, with the same text and edits.
    /// </summary>
    internal PooledNormalization NormalizePooled(ReadOnlySpan<char> text)
    {
        var first = IndexOfChanging(text);
        if (first < 0)
            return default;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var edits = default(OffsetMap.Builder);
        try
        {
            var length = Write(text, first, ref buffer, ref edits);
            return new PooledNormalization(buffer, length, edits);
        }
        catch
        {
            ArrayPool<char>.Shared.Return(buffer);
            edits.Dispose();
            throw;
        }
    }

    // One pass from the first changing character: clean runs are found with SearchValues and copied as blocks.
    private int Write<TEdits>(ReadOnlySpan<char> source, int first, ref char[] buffer, ref TEdits edits)
        where TEdits : struct, OffsetMap.IEditSink
    {
        source[..first].CopyTo(buffer);
        var written = first;
        var i = first;
        while (i < source.Length)
        {
            var replacement = Lookup(source[i]);
            if (replacement is null)
            {
                var next = IndexOfChanging(source[i..]);
                var run = next < 0 ? source.Length - i : next;
                source.Slice(i, run).CopyTo(buffer.AsSpan(written));
                written += run;
                i += run;
                continue;
            }

            if (replacement.Length == 1)
            {
                buffer[written++] = replacement[0];
            }
            else
            {
                // The rest of the source still has to fit after an expansion.
                var needed = (long)written + replacement.Length + (source.Length - i - 1);
                if (needed > buffer.Length)
                    Grow(ref buffer, written, needed);
                edits.Add(written, written + replacement.Length, i, i + 1);
                replacement.CopyTo(buffer.AsSpan(written));
                written += replacement.Length;
            }

            i++;
        }

        return written;
    }

    // The first character a rule changes, or -1. A set of changing characters as large as this one makes SearchValues
    // admit nearly every Arabic letter as a candidate and check it alone, so where the common characters are unchanged,
    // runs of them are skipped a vector at a time and only the others are looked up.
    private int IndexOfChanging(ReadOnlySpan<char> text)
    {
        if (!_skipsCommonText)
            return text.IndexOfAny(_changing);
        var i = 0;
        while (true)
        {
            var uncommon = IndexOfUncommon(text[i..]);
            if (uncommon < 0)
                return -1;
            i += uncommon;
            if (_changing.Contains(text[i]))
                return i;
            i++;
        }
    }

    // Printable ASCII, the line feed and the letters ء-غ ف-ي: most of the characters of Arabic news.
    private static bool IsCommon(char c) =>
        (uint)(c - ' ') <= '~' - ' ' || (uint)(c - '\u0621') <= '\u063A' - '\u0621' || (uint)(c - '\u0641') <= '\u064A' - '\u0641' || c == '\n';

    private static Vector256<ushort> IsCommon(Vector256<ushort> c) =>
        Vector256.LessThanOrEqual(c - Vector256.Create((ushort)' '), Vector256.Create((ushort)('~' - ' ')))
        | Vector256.LessThanOrEqual(c - Vector256.Create((ushort)'\u0621'), Vector256.Create((ushort)('\u063A' - '\u0621')))
        | Vector256.LessThanOrEqual(c - Vector256.Create((ushort)'\u0641'), Vector256.Create((ushort)('\u064A' - '\u0641')))
        | Vector256.Equals(c, Vector256.Create((ushort)'\n'));

    private static Vector128<ushort> IsCommon(Vector128<ushort> c) =>
        Vector128.LessThanOrEqual(c - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ')))
        | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'\u0621'), Vector128.Create((ushort)('\u063A' - '\u0621')))
        | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'\u0641'), Vector128.Create((ushort)('\u064A' - '\u0641')))
        | Vector128.Equals(c, Vector128.Create((ushort)'\n'));

    // The first character that IsCommon refuses, or -1. A vector's mask has a bit a lane: 16 (0xFFFF) or 8 (0xFF) bits.
    private static int IndexOfUncommon(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= units.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var uncommon = IsCommon(Vector256.Create(units.Slice(i, Vector256<ushort>.Count))).ExtractMostSignificantBits() ^ 0xFFFFu;
                if (uncommon != 0)
                    return i + BitOperations.TrailingZeroCount(uncommon);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; i <= units.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var uncommon = IsCommon(Vector128.Create(units.Slice(i, Vector128<ushort>.Count))).ExtractMostSignificantBits() ^ 0xFFu;
                if (uncommon != 0)
                    return i + BitOperations.TrailingZeroCount(uncommon);
            }
        }

        for (; i < text.Length; i++)
        {
            if (!IsCommon(text[i]))
                return i;
        }

        return -1;
    }

    private static void Grow(ref char[] buffer, int written, long needed)
    {
        if (needed > Array.MaxLength)
            throw new ArgumentException($"The text is too long to normalize: its normalized form would need {needed} characters, more than a string can hold.");
        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, buffer.Length * 2L));
        var larger = ArrayPool<char>.Shared.Rent(size);
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }

    private string? Lookup(char c) =>
        c < DirectTableSize ? _direct[c] : _other.GetValueOrDefault(c);

    private static Dictionary<char, string> BuildMap(NormalizationRules rules)
    {
        var map = new Dictionary<char, string>();
        AddSingleCharacterRules(map, rules);

        // A presentation form becomes its decomposition with the other rules already applied, so one pass is enough
        // and normalizing twice changes nothing more (ﻷ → لأ, and → لا when alef is folded too).
        if (rules.HasFlag(NormalizationRules.PresentationForms))
        {
            var singles = new Dictionary<char, string>(map);
            foreach (var (form, expansion) in PresentationForms.Value)
                map[form] = ApplySingles(expansion, singles);
        }

        return map;
    }

    private static string ApplySingles(string expansion, Dictionary<char, string> singles)
    {
        var result = new System.Text.StringBuilder(expansion.Length);
        foreach (var c in expansion)
        {
            if (singles.TryGetValue(c, out var replacement))
                result.Append(replacement);
            else
                result.Append(c);
        }

        return result.ToString();
    }

    private static void AddSingleCharacterRules(Dictionary<char, string> map, NormalizationRules rules)
    {
        void Map(char from, string to) => map[from] = to;
        void MapAll(string from, string to)
        {
            foreach (var c in from)
                map[c] = to;
        }

        void DeleteRange(char first, char last)
        {
            for (var c = first; c <= last; c++)
                map[c] = string.Empty;
        }

        if (rules.HasFlag(NormalizationRules.Alef))
            MapAll("\u0622\u0623\u0625\u0671\u0672\u0673", "\u0627");
        if (rules.HasFlag(NormalizationRules.AlefMaksura))
            Map('\u0649', "\u064A");
        if (rules.HasFlag(NormalizationRules.TehMarbuta))
            Map('\u0629', "\u0647");
        if (rules.HasFlag(NormalizationRules.HamzaSeats))
        {
            Map('\u0624', "\u0648");
            Map('\u0626', "\u064A");
        }

        if (rules.HasFlag(NormalizationRules.Diacritics))
        {
            DeleteRange('\u064B', '\u065F');
            DeleteRange('\u0670', '\u0670');
            DeleteRange('\u0610', '\u061A');
            DeleteRange('\u06D6', '\u06DC');
            DeleteRange('\u06DF', '\u06E4');
            DeleteRange('\u06E7', '\u06E8');
            DeleteRange('\u06EA', '\u06ED');
            DeleteRange('\u0898', '\u089F');
            DeleteRange('\u08CA', '\u08E1');
            DeleteRange('\u08E3', '\u08FF');
        }

        if (rules.HasFlag(NormalizationRules.Tatweel))
            Map('\u0640', string.Empty);

        if (rules.HasFlag(NormalizationRules.Digits))
        {
            for (var d = 0; d < 10; d++)
            {
                var ascii = ((char)('0' + d)).ToString();
                Map((char)('\u0660' + d), ascii);
                Map((char)('\u06F0' + d), ascii);
            }

            Map('\u066B', ".");
            Map('\u066C', ",");
            Map('\u066A', "%");
        }

        if (rules.HasFlag(NormalizationRules.PersianLetters))
        {
            MapAll("\u06CC\u06D2", "\u064A");
            Map('\u06A9', "\u0643");
            MapAll("\u06C1\u06BE\u06C0\u06D5", "\u0647");
        }

        if (rules.HasFlag(NormalizationRules.InvisibleMarks))
            AddInvisibleMarks(map);

        if (rules.HasFlag(NormalizationRules.Punctuation))
        {
            Map('\u060C', ",");
            Map('\u2E41', ",");
            Map('\u061B', ";");
            Map('\u061F', "?");
            Map('\u06D4', ".");
            Map('\u066D', "*");
            MapAll("\u00AB\u00BB\u201C\u201D\u201E\u201F", "\"");
            MapAll("\u2039\u203A\u2018\u2019\u201A\u201B", "'");
            MapAll("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-");
        }

        if (rules.HasFlag(NormalizationRules.LatinLowercase))
        {
            for (var c = 'A'; c < '\u0250'; c++)
            {
                var lower = char.ToLowerInvariant(c);
                if (lower != c && char.IsUpper(c))
                    Map(c, lower.ToString());
            }
        }
    }

    private static void AddInvisibleMarks(Dictionary<char, string> map)
    {
        foreach (var c in "\u061C\uFEFF\u00AD\u034F")
            map[c] = string.Empty;
        foreach (var (first, last) in (ReadOnlySpan<(char, char)>)[('\u200B', '\u200F'), ('\u202A', '\u202E'), ('\u2060', '\u2064'), ('\u2066', '\u2069')])
        {
            for (var c = first; c <= last; c++)
                map[c] = string.Empty;
        }

        foreach (var c in "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000")
            map[c] = " ";

        // Control characters read as a gap; tab and the line breaks keep their meaning for paragraph splitting.
        for (var c = '\u0000'; c <= '\u009F'; c++)
        {
            var isControl = c <= '\u001F' || c >= '\u007F';
            if (isControl && c is not ('\t' or '\n' or '\r' or '\u000B' or '\u000C' or '\u0085'))
                map[c] = " ";
        }
    }

    private static FrozenDictionary<char, string> LoadPresentationForms()
    {
        var forms = new Dictionary<char, string>();
        foreach (var entry in EmbeddedResources.ReadEntries(PresentationFormsResource))
        {
            var columns = entry.Split('\t');
            var form = (char)int.Parse(columns[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var codePoints = columns[1].Split(' ');
            var expansion = new char[codePoints.Length];
            for (var i = 0; i < codePoints.Length; i++)
                expansion[i] = (char)int.Parse(codePoints[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            forms[form] = new string(expansion);
        }

        return forms.ToFrozenDictionary();
    }
}

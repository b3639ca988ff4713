using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Normalization;

/// <summary>
/// Normalizes Arabic text by a chosen set of <see cref="NormalizationRules"/>, in one pass, either to a string or to a
/// <see cref="NormalizedText"/> that maps every offset back to the original.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance serves any number of threads.</remarks>
public sealed class ArabicNormalizer
{
    private const string PresentationFormsResource = "ArabicNews.Extraction.Normalization.presentation-forms.tsv";
    private const int DirectTableSize = 0x0900;

    private static readonly Lazy<FrozenDictionary<char, string>> PresentationForms = new(LoadPresentationForms);

    // What each changing character becomes: "" deletes it, one char replaces it, more expand it.
    // Characters below U+0900 (Latin-1, Arabic, Arabic Supplement/Extended-A) are looked up directly.
    private readonly string?[] _direct = new string?[DirectTableSize];
    private readonly FrozenDictionary<char, string> _other;
    private readonly SearchValues<char> _changing;

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
    }

    /// <summary>A shared normalizer with <see cref="NormalizationRules.Display"/>.</summary>
    public static ArabicNormalizer Display { get; } = new(NormalizationRules.Display);

    /// <summary>A shared normalizer with <see cref="NormalizationRules.Matching"/>.</summary>
    public static ArabicNormalizer Matching { get; } = new(NormalizationRules.Matching);

    /// <summary>The rules this normalizer applies.</summary>
    public NormalizationRules Rules { get; }

    /// <summary>True when normalizing <paramref name="text"/> would change nothing.</summary>
    public bool IsNormalized(ReadOnlySpan<char> text) => !text.ContainsAny(_changing);

    /// <summary>Normalizes <paramref name="text"/>; returns the same instance, without allocating, when nothing changes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(_changing);
        if (first < 0)
            return text;

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = Write(text, first, ref buffer, edits: null);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Normalizes <paramref name="text"/> and keeps the map from normalized offsets back to original ones.
    /// When nothing changes, the normalized text is <paramref name="text"/> itself and the map is the identity.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public NormalizedText NormalizeWithOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(_changing);
        if (first < 0)
            return new NormalizedText(text, text, OffsetMap.Identity);

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var edits = new OffsetMap.Builder();
            var length = Write(text, first, ref buffer, edits);
            var normalized = length == text.Length && text.AsSpan().SequenceEqual(buffer.AsSpan(0, length))
                ? text
                : new string(buffer, 0, length);
            return new NormalizedText(text, normalized, edits.Build());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private int Write(string text, int first, ref char[] buffer, OffsetMap.Builder? edits)
    {
        var source = text.AsSpan();
        source[..first].CopyTo(buffer);
        var written = first;
        var i = first;
        while (i < source.Length)
        {
            var replacement = Lookup(source[i]);
            if (replacement is null)
            {
                var next = source[i..].IndexOfAny(_changing);
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
                if (written + replacement.Length + (source.Length - i) > buffer.Length)
                    Grow(ref buffer, written, written + replacement.Length + (source.Length - i));
                edits?.Add(written, written + replacement.Length, i, i + 1);
                replacement.CopyTo(buffer.AsSpan(written));
                written += replacement.Length;
            }

            i++;
        }

        return written;
    }

    private static void Grow(ref char[] buffer, int written, int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
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
            result.Append(singles.TryGetValue(c, out var r) ? r : c.ToString());
        return result.ToString();
    }

    private static void AddSingleCharacterRules(Dictionary<char, string> map, NormalizationRules rules)
    {
        void Map(char from, string to) => map[from] = to;
        void Delete(char from) => map[from] = string.Empty;
        void DeleteRange(char first, char last)
        {
            for (var c = first; c <= last; c++)
                map[c] = string.Empty;
        }

        if (rules.HasFlag(NormalizationRules.Alef))
        {
            foreach (var c in "\u0622\u0623\u0625\u0671\u0672\u0673")
                Map(c, "\u0627");
        }

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
            Delete('\u0670');
            DeleteRange('\u0610', '\u061A');
            DeleteRange('\u06D6', '\u06DC');
            DeleteRange('\u06DF', '\u06E4');
            DeleteRange('\u06E7', '\u06E8');
            DeleteRange('\u06EA', '\u06ED');
            DeleteRange('\u08D3', '\u08E1');
            DeleteRange('\u08E3', '\u08FF');
        }

        if (rules.HasFlag(NormalizationRules.Tatweel))
            Delete('\u0640');

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
            Map('\u06CC', "\u064A");
            Map('\u06D2', "\u064A");
            Map('\u06A9', "\u0643");
            Map('\u06C1', "\u0647");
            Map('\u06BE', "\u0647");
            Map('\u06C0', "\u0647");
            Map('\u06D5', "\u0647");
        }

        if (rules.HasFlag(NormalizationRules.InvisibleMarks))
        {
            DeleteRange('\u200B', '\u200F');
            DeleteRange('\u202A', '\u202E');
            DeleteRange('\u2060', '\u2064');
            DeleteRange('\u2066', '\u2069');
            Delete('\u061C');
            Delete('\uFEFF');
            Delete('\u00AD');
            foreach (var c in "\u00A0\u2007\u202F\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u205F\u3000")
                Map(c, " ");
            for (var c = '\u0000'; c <= '\u001F'; c++)
            {
                if (c is not ('\t' or '\n' or '\r' or '\u000B' or '\u000C'))
                    Map(c, " ");
            }

            for (var c = '\u007F'; c <= '\u009F'; c++)
            {
                if (c != '\u0085')
                    Map(c, " ");
            }
        }

        if (rules.HasFlag(NormalizationRules.Punctuation))
        {
            Map('\u060C', ",");
            Map('\u061B', ";");
            Map('\u061F', "?");
            foreach (var c in "\u00AB\u00BB\u201C\u201D\u201E\u201F")
                Map(c, "\"");
            foreach (var c in "\u2039\u203A\u2018\u2019\u201A\u201B")
                Map(c, "'");
        }

        if (rules.HasFlag(NormalizationRules.LatinLowercase))
        {
            for (var c = 'A'; c <= 'Z'; c++)
                Map(c, ((char)(c + 32)).ToString());
        }
    }

    private static FrozenDictionary<char, string> LoadPresentationForms()
    {
        var forms = new Dictionary<char, string>();
        foreach (var entry in EmbeddedResources.ReadEntries(PresentationFormsResource))
        {
            var columns = entry.Split('\t');
            var form = (char)int.Parse(columns[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var expansion = string.Concat(columns[1].Split(' ').Select(
                hex => ((char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
            forms[form] = expansion;
        }

        return forms.ToFrozenDictionary();
    }
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>A token found in the normalized view: its range there and its kind.</summary>
internal readonly record struct RawToken(int Start, int End, TokenKind Kind);

/// <summary>
/// Splits the normalized view into surface tokens: words of one script, numbers with their internal separators,
/// URLs and e-mail addresses, runs of terminators, single punctuation marks and symbols.
/// </summary>
/// <remarks>Stateless and thread-safe. Linear in the input: every character is looked at a bounded number of times.</remarks>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="view"/><c>[start, end)</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string view, int start, int end, List<RawToken> tokens)
    {
        var scanner = new TokenScanner(start);
        var text = view.AsSpan(0, end);
        while (scanner.TryNext(text, out var token))
            tokens.Add(token);
    }
}

/// <summary>
/// The tokenizer's position in one view: <see cref="TryNext"/> finds the tokens one at a time, so that a caller can
/// analyse each as it comes without collecting them. The view is passed to every call (the scanner keeps only offsets),
/// so the scanner can live in a class, a <c>ref struct</c> or on the stack.
/// </summary>
/// <remarks>A mutable struct with one owner; not thread-safe.</remarks>
internal struct TokenScanner
{
    private const string UrlCharacterList = "-._~:/?#[]@!$&'()*+,;=%";

    private static readonly SearchValues<char> UrlCharacters = SearchValues.Create(UrlCharacterList);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "gov", "edu", "int", "info", "io", "co", "tv", "fm", "news", "me", "biz",
        "tn", "ma", "dz", "ly", "eg", "sd", "sa", "ae", "qa", "kw", "bh", "om", "ye", "jo", "lb", "sy", "iq", "ps",
        "fr", "uk", "de", "ru", "us", "cn", "tr", "ir", "it", "es", "ch", "be", "ca", "eu",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // What continues an Arabic word: letters of the Arabic blocks, tatweel and the marks in them, as one bit a character
    // from U+0600 to U+08FF (a word is a few characters, too short for a vectorized search to pay for its start-up).
    private const char ArabicBlocksStart = '\u0600';
    private const char ArabicBlocksEnd = '\u08FF';
    private static readonly ulong[] ArabicWordCharacters = ArabicWordCharacterBits();

    private int _position;

    // A run of address characters is tried once, from its start; its later positions are not tried again, which keeps
    // long runs of punctuation linear.
    private int _triedUpTo;

    /// <summary>A scanner that starts at <paramref name="start"/>.</summary>
    public TokenScanner(int start)
    {
        _position = start;
        _triedUpTo = start;
    }

    /// <summary>
    /// The next token of <paramref name="view"/>, the whole view up to where tokenizing stops (offsets are into it);
    /// false when only spaces are left.
    /// </summary>
    public bool TryNext(ReadOnlySpan<char> view, out RawToken token)
    {
        var i = _position;
        while (i < view.Length && CharClass.IsSpace(view[i]))
            i++;
        if (i >= view.Length)
        {
            _position = i;
            token = default;
            return false;
        }

        // Only a letter or digit of ASCII starts an address; the rare such token takes the slow path.
        int end;
        TokenKind kind;
        if (i >= _triedUpTo && char.IsAsciiLetterOrDigit(view[i]))
        {
            if (TryWebAddress(view, i, out end, out kind, out var runEnd))
            {
                token = new RawToken(i, end, kind);
                _position = end;
                return true;
            }

            _triedUpTo = runEnd;
        }

        end = ScanOne(view, i, out kind);
        token = new RawToken(i, end, kind);
        _position = end;
        return true;
    }

    private static int ScanOne(ReadOnlySpan<char> view, int i, out TokenKind kind)
    {
        var c = view[i];
        if (CharClass.IsArabicLetter(c))
        {
            kind = TokenKind.ArabicWord;
            return ScanArabicWord(view, i);
        }

        if (CharClass.IsDigit(c))
        {
            kind = TokenKind.Number;
            return ScanNumber(view, i);
        }

        if (char.IsHighSurrogate(c) && i + 1 < view.Length && char.IsLowSurrogate(view[i + 1]))
        {
            kind = IsLetterPair(view[i], view[i + 1]) ? TokenKind.LatinWord : TokenKind.Symbol;
            return kind == TokenKind.LatinWord ? ScanOtherWord(view, i) : i + 2;
        }

        if (char.IsLetter(c))
        {
            kind = TokenKind.LatinWord;
            return ScanOtherWord(view, i);
        }

        if (CharClass.IsTerminator(c))
        {
            kind = TokenKind.Punctuation;
            var j = i + 1;
            while (j < view.Length && CharClass.IsTerminator(view[j]))
                j++;
            return j;
        }

        // Unicode files % # & @ * under punctuation; in a sentence they stand for words (per cent, number), like symbols.
        kind = char.IsPunctuation(c) && c is not ('%' or '\u066A' or '\u2030' or '#' or '&' or '@' or '*' or '\u066D')
            ? TokenKind.Punctuation
            : TokenKind.Symbol;
        return i + 1;
    }

    private static int ScanArabicWord(ReadOnlySpan<char> view, int i)
    {
        var j = i + 1;
        while (j < view.Length)
        {
            var c = view[j];
            var offset = (uint)(c - ArabicBlocksStart);
            if (offset <= ArabicBlocksEnd - ArabicBlocksStart && (ArabicWordCharacters[offset >> 6] & (1UL << (int)offset)) != 0)
            {
                j++;
                continue;
            }

            // A combining mark from another block still belongs to the letter before it.
            if (!CharClass.IsMark(c))
                return j;
            j++;
        }

        return j;
    }

    private static ulong[] ArabicWordCharacterBits()
    {
        var bits = new ulong[((ArabicBlocksEnd - ArabicBlocksStart) >> 6) + 1];
        for (var c = ArabicBlocksStart; c <= ArabicBlocksEnd; c++)
        {
            if (CharClass.IsArabicLetter(c) || CharClass.IsMark(c) || CharClass.IsTatweel(c))
            {
                var offset = c - ArabicBlocksStart;
                bits[offset >> 6] |= 1UL << offset;
            }
        }

        return bits;
    }

    private static bool IsLetterPair(char high, char low) => Rune.IsLetter(new Rune(high, low));

    // Latin (and other non-Arabic) words keep inner apostrophes and hyphens between letters: l'Habitat, Jean-Noël.
    private static int ScanOtherWord(ReadOnlySpan<char> view, int i)
    {
        var j = i;
        while (j < view.Length)
        {
            var c = view[j];
            if (char.IsHighSurrogate(c) && j + 1 < view.Length && char.IsLowSurrogate(view[j + 1]) && IsLetterPair(c, view[j + 1]))
            {
                j += 2;
                continue;
            }

            if ((char.IsLetter(c) && !CharClass.IsArabicLetter(c)) || char.IsDigit(c) || CharClass.IsMark(c))
            {
                j++;
                continue;
            }

            if (c is '\'' or '-' or '\u2019' && j + 1 < view.Length && char.IsLetter(view[j + 1]) && !CharClass.IsArabicLetter(view[j + 1]))
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    // Digits with inner separators between digits: 3.5, 16/4/2021, 10:30, 2,350,000.
    private static int ScanNumber(ReadOnlySpan<char> view, int i)
    {
        var j = i + 1;
        while (j < view.Length)
        {
            var c = view[j];
            if (CharClass.IsDigit(c))
            {
                j++;
                continue;
            }

            if (c is '.' or ',' or ':' or '/' && j + 1 < view.Length && CharClass.IsDigit(view[j + 1]))
            {
                j += 2;
                continue;
            }

            break;
        }

        return j;
    }

    // From a letter or digit of ASCII at i: the run of address characters there (its end in runEnd), and the address
    // at its start, if any.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryWebAddress(ReadOnlySpan<char> view, int i, out int addressEnd, out TokenKind kind, out int runEnd)
    {
        addressEnd = i;
        kind = TokenKind.Url;
        var j = i;
        var at = -1;
        var afterTerminator = false;
        while (j < view.Length && (char.IsAsciiLetterOrDigit(view[j]) || UrlCharacters.Contains(view[j])))
        {
            var c = view[j];

            // Sentence punctuation glued to an opening bracket (a0.( or ab!)( ) is where a sentence may end and the
            // next begin without a space; the address stops there, so that no token runs across a sentence's end.
            if (c == '(' && afterTerminator)
                break;
            if (char.IsAsciiLetterOrDigit(c))
                afterTerminator = false;
            else if (CharClass.IsTerminator(c))
                afterTerminator = true;
            if (c == '@' && at < 0)
                at = j;
            j++;
        }

        runEnd = j;

        // Trailing sentence punctuation and closing brackets belong to the text, not to the address.
        while (j > i && view[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
            j--;
        var candidate = view[i..j];

        if (candidate.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            addressEnd = j;
            return candidate.Length > 4;
        }

        if (at > i && at < j - 1 && IsDomain(view[(at + 1)..j]))
        {
            addressEnd = j;
            kind = TokenKind.Email;
            return true;
        }

        var domainEnd = i;
        while (domainEnd < j && (char.IsAsciiLetterOrDigit(view[domainEnd]) || view[domainEnd] is '.' or '-'))
            domainEnd++;
        if (IsDomain(view[i..domainEnd]))
        {
            addressEnd = domainEnd < j && view[domainEnd] == '/' ? j : domainEnd;
            return true;
        }

        return false;
    }

    // host.tld with a known top-level domain and a first label of at least two characters (so U.S. and Ph.D stay words).
    private static bool IsDomain(ReadOnlySpan<char> host)
    {
        var lastDot = host.LastIndexOf('.');
        var firstDot = host.IndexOf('.');
        if (lastDot <= 0 || firstDot < 2 || lastDot == host.Length - 1)
            return false;
        var tld = host[(lastDot + 1)..];
        foreach (var c in tld)
        {
            if (!char.IsAsciiLetter(c))
                return false;
        }

        return TopLevelDomains.Contains(tld);
    }
}

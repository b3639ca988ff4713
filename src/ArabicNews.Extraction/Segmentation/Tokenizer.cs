using System.Buffers;

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
    private const string UrlCharacters = "-._~:/?#[]@!$&'()*+,;=%";

    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "gov", "edu", "int", "info", "io", "co", "tv", "fm", "news", "me", "biz",
        "tn", "ma", "dz", "ly", "eg", "sd", "sa", "ae", "qa", "kw", "bh", "om", "ye", "jo", "lb", "sy", "iq", "ps",
        "fr", "uk", "de", "ru", "us", "cn", "tr", "ir", "it", "es", "ch", "be", "ca", "eu",
    };

    /// <summary>Appends the tokens of <paramref name="view"/><c>[start, end)</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string view, int start, int end, List<RawToken> tokens)
    {
        var i = start;

        // A run of address characters is tried once, from its start; its later positions are not tried again,
        // which keeps long runs of punctuation linear.
        var triedUpTo = start;
        while (i < end)
        {
            if (CharClass.IsSpace(view[i]))
            {
                i++;
                continue;
            }

            if (i >= triedUpTo)
            {
                if (TryWebAddress(view, i, end, out var addressEnd, out var addressKind, out var runEnd))
                {
                    tokens.Add(new RawToken(i, addressEnd, addressKind));
                    i = addressEnd;
                    continue;
                }

                triedUpTo = runEnd;
            }

            var tokenEnd = ScanOne(view, i, end, out var kind);
            tokens.Add(new RawToken(i, tokenEnd, kind));
            i = tokenEnd;
        }
    }

    private static int ScanOne(string view, int i, int end, out TokenKind kind)
    {
        var c = view[i];
        if (CharClass.IsArabicLetter(c))
        {
            kind = TokenKind.ArabicWord;
            return ScanArabicWord(view, i, end);
        }

        if (CharClass.IsDigit(c))
        {
            kind = TokenKind.Number;
            return ScanNumber(view, i, end);
        }

        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(view[i + 1]))
        {
            kind = char.IsLetter(view, i) ? TokenKind.LatinWord : TokenKind.Symbol;
            return kind == TokenKind.LatinWord ? ScanOtherWord(view, i, end) : i + 2;
        }

        if (char.IsLetter(c))
        {
            kind = TokenKind.LatinWord;
            return ScanOtherWord(view, i, end);
        }

        if (CharClass.IsTerminator(c))
        {
            kind = TokenKind.Punctuation;
            var j = i + 1;
            while (j < end && CharClass.IsTerminator(view[j]))
                j++;
            return j;
        }

        // Unicode files % # & @ * under punctuation; in a sentence they stand for words (per cent, number), like symbols.
        kind = char.IsPunctuation(c) && c is not ('%' or '\u066A' or '\u2030' or '#' or '&' or '@' or '*' or '\u066D')
            ? TokenKind.Punctuation
            : TokenKind.Symbol;
        return i + 1;
    }

    // Letters of the Arabic blocks, tatweel and the marks in them: what continues an Arabic word, found a vector at a time.
    private static readonly SearchValues<char> ArabicWordCharacters = SearchValues.Create(ArabicWordCharacterList());

    private static int ScanArabicWord(string view, int i, int end)
    {
        var j = i + 1;
        while (j < end)
        {
            var run = view.AsSpan(j, end - j).IndexOfAnyExcept(ArabicWordCharacters);
            if (run < 0)
                return end;
            j += run;

            // A combining mark from another block still belongs to the letter before it.
            if (!CharClass.IsMark(view[j]))
                return j;
            j++;
        }

        return j;
    }

    private static string ArabicWordCharacterList()
    {
        var characters = new System.Text.StringBuilder();
        for (var c = '\u0600'; c <= '\u08FF'; c++)
        {
            if (CharClass.IsArabicLetter(c) || CharClass.IsMark(c) || CharClass.IsTatweel(c))
                characters.Append(c);
        }

        return characters.ToString();
    }

    // Latin (and other non-Arabic) words keep inner apostrophes and hyphens between letters: l'Habitat, Jean-Noël.
    private static int ScanOtherWord(string view, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            if (char.IsHighSurrogate(view[j]) && j + 1 < end && char.IsLetter(view, j))
            {
                j += 2;
                continue;
            }

            var c = view[j];
            if ((char.IsLetter(c) && !CharClass.IsArabicLetter(c)) || char.IsDigit(c) || CharClass.IsMark(c))
            {
                j++;
                continue;
            }

            if (c is '\'' or '-' or '\u2019' && j + 1 < end && char.IsLetter(view[j + 1]) && !CharClass.IsArabicLetter(view[j + 1]))
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    // Digits with inner separators between digits: 3.5, 16/4/2021, 10:30, 2,350,000.
    private static int ScanNumber(string view, int i, int end)
    {
        var j = i + 1;
        while (j < end)
        {
            var c = view[j];
            if (CharClass.IsDigit(c))
            {
                j++;
                continue;
            }

            if (c is '.' or ',' or ':' or '/' && j + 1 < end && CharClass.IsDigit(view[j + 1]))
            {
                j += 2;
                continue;
            }

            break;
        }

        return j;
    }

    private static bool TryWebAddress(string view, int i, int end, out int addressEnd, out TokenKind kind, out int runEnd)
    {
        addressEnd = i;
        kind = TokenKind.Url;
        runEnd = i;
        if (!char.IsAsciiLetterOrDigit(view[i]))
            return false;

        var j = i;
        var at = -1;
        while (j < end && (char.IsAsciiLetterOrDigit(view[j]) || UrlCharacters.Contains(view[j], StringComparison.Ordinal)))
        {
            if (view[j] == '@' && at < 0)
                at = j;
            j++;
        }

        runEnd = j;

        // Trailing sentence punctuation and closing brackets belong to the text, not to the address.
        while (j > i && view[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
            j--;
        var candidate = view.AsSpan(i, j - i);

        if (candidate.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            addressEnd = j;
            return candidate.Length > 4;
        }

        if (at > i && at < j - 1 && IsDomain(view.AsSpan(at + 1, j - at - 1)))
        {
            addressEnd = j;
            kind = TokenKind.Email;
            return true;
        }

        var domainEnd = i;
        while (domainEnd < j && (char.IsAsciiLetterOrDigit(view[domainEnd]) || view[domainEnd] is '.' or '-'))
            domainEnd++;
        if (IsDomain(view.AsSpan(i, domainEnd - i)))
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

        return TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld);
    }
}

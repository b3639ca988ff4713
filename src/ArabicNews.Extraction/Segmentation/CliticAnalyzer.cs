using System.Collections.Frozen;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>How an Arabic word splits into proclitics, article, base and enclitic; lengths in characters of the word.</summary>
internal readonly record struct CliticSplit(int ProcliticLength, int ArticleLength, int EncliticLength)
{
    public int BaseStart => ProcliticLength + ArticleLength;
}

/// <summary>
/// Finds the clitics attached to an Arabic word: conjunctions و ف, prepositions ب ل ك, the future marker س, the article
/// ال (and its contracted form in لل), and the pronoun enclitics ه ها هم هما هن كم كما كن ي نا.
/// A word that merely starts or ends with those letters (بوتين، وزير، تفاهم) is kept whole when a lexicon of known
/// words says so, and no split may leave a base shorter than <see cref="MinimumBaseLength"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CliticAnalyzer
{
    /// <summary>The logical name of the built-in lexicon of whole words.</summary>
    internal const string WholeWordsResource = "ArabicNews.Extraction.Lexicons.clitic-whole-words.txt";

    /// <summary>The shortest base left after removing clitics (two when the article is there).</summary>
    internal const int MinimumBaseLength = 3;

    private static readonly string[] Enclitics = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ي"];

    private readonly FrozenSet<string> _wholeWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wholeWordLookup;

    /// <summary>Creates an analyzer that keeps <paramref name="wholeWords"/> (in matching-normalized form) unsplit.</summary>
    public CliticAnalyzer(IEnumerable<string> wholeWords)
    {
        _wholeWords = wholeWords.Select(ArabicNormalizer.Matching.Normalize).ToFrozenSet(StringComparer.Ordinal);
        _wholeWordLookup = _wholeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words of the built-in lexicon.</summary>
    public static IEnumerable<string> BuiltInWholeWords() => EmbeddedResources.ReadEntries(WholeWordsResource);

    /// <summary>
    /// Splits <paramref name="word"/> (the view's form, hamzas and ة kept) whose matching-normalized form is
    /// <paramref name="normalized"/> (same length).
    /// </summary>
    public CliticSplit Analyze(ReadOnlySpan<char> word, ReadOnlySpan<char> normalized)
    {
        if (word.Length < MinimumBaseLength || _wholeWordLookup.Contains(normalized))
            return default;

        var best = default(CliticSplit);
        foreach (var conjunction in (ReadOnlySpan<int>)[0, 1])
        {
            if (conjunction == 1 && word[0] is not ('و' or 'ف'))
                continue;
            var afterConjunction = word[conjunction..];
            if (conjunction == 1 && _wholeWordLookup.Contains(normalized[1..]))
                return new CliticSplit(1, 0, 0);

            var split = AnalyzeAfterConjunction(afterConjunction, normalized[conjunction..], conjunction);
            if (split is { } found)
                return found;
            if (conjunction == 1 && afterConjunction.Length >= MinimumBaseLength && best == default)
                best = new CliticSplit(1, 0, EncliticLength(afterConjunction, normalized[1..]));
        }

        return best == default ? new CliticSplit(0, 0, EncliticLength(word, normalized)) : best;
    }

    private CliticSplit? AnalyzeAfterConjunction(ReadOnlySpan<char> word, ReadOnlySpan<char> normalized, int conjunction)
    {
        // The article, with or without a preposition: ال، بال، كال، and ل + ال contracted to لل.
        if (word.StartsWith("لل") && word.Length - 2 >= MinimumBaseLength - 1)
            return new CliticSplit(conjunction + 1, 1, 0);
        foreach (var preposition in (ReadOnlySpan<int>)[0, 1])
        {
            if (preposition == 1 && word.Length > 0 && word[0] is not ('ب' or 'ك'))
                continue;
            var rest = word[preposition..];
            if (rest.StartsWith("ال") && rest.Length - 2 >= MinimumBaseLength - 1 && !_wholeWordLookup.Contains(normalized[preposition..]))
                return new CliticSplit(conjunction + preposition, 2, 0);
        }

        // A preposition or the future marker before an indefinite word: بمدينة، لحضور، سيتم.
        if (word.Length > MinimumBaseLength && !_wholeWordLookup.Contains(normalized))
        {
            var rest = normalized[1..];
            var isPreposition = word[0] is 'ب' or 'ل' && !_wholeWordLookup.Contains(normalized);
            var isFuture = word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'أ';
            if ((isPreposition || isFuture) && rest.Length >= MinimumBaseLength)
                return new CliticSplit(conjunction + 1, 0, EncliticLength(word[1..], rest));
        }

        return conjunction == 1 && _wholeWordLookup.Contains(normalized) ? new CliticSplit(1, 0, 0) : null;
    }

    private int EncliticLength(ReadOnlySpan<char> word, ReadOnlySpan<char> normalized)
    {
        if (_wholeWordLookup.Contains(normalized))
            return 0;
        foreach (var enclitic in Enclitics)
        {
            if (!word.EndsWith(enclitic, StringComparison.Ordinal) || word.Length - enclitic.Length < MinimumBaseLength)
                continue;

            // ي is far more often a nisba ending (روسي) than "my": split it only off a known word.
            if (enclitic == "ي")
                return _wholeWordLookup.Contains(normalized[..^1]) ? 1 : 0;
            return enclitic.Length;
        }

        return 0;
    }
}

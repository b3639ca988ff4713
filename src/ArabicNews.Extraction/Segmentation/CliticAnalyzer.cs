using System.Collections.Frozen;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>How an Arabic word splits into proclitics, article, base and enclitic; lengths in characters of the word.</summary>
/// <param name="ProcliticLength">The conjunction, preposition and future marker (و ف ب ل ك س) before the article.</param>
/// <param name="ArticleLength">The article: 2 for ال, 1 for the second ل of لل (ل + ال), 0 without.</param>
/// <param name="EncliticLength">The pronoun at the end (ه ها هم هما هن كم كما كن ي نا).</param>
internal readonly record struct CliticSplit(int ProcliticLength, int ArticleLength, int EncliticLength)
{
    /// <summary>Where the base starts: after proclitics and article.</summary>
    public int BaseStart => ProcliticLength + ArticleLength;
}

/// <summary>
/// Finds the clitics attached to an Arabic word: the conjunctions و ف, the prepositions ب ل ك, the future marker س,
/// the article ال (contracted to لل after ل), and the pronoun enclitics ه ها هم هما هن كم كما كن ي نا.
/// </summary>
/// <remarks>
/// <para>
/// A word that merely starts or ends with clitic letters (وزير، بوتين، بيان، تفاهم، مياه) stays whole when a lexicon of
/// known words holds it, or a form of it (وزيرة، وزارات، بيانه, by its inflectional endings). A known word after a
/// clitic letter confirms the split (و + بوتين). Without the lexicon's word, each clitic needs its own evidence, chosen so
/// that the proclitic, where a name's span starts, is split only when it most likely is one:
/// </para>
/// <list type="bullet">
/// <item>و: splits off a base of at least <see cref="MinimumBaseLength"/> letters, except before a bare alef that does not
/// start a derived form (واحد، واضح stay whole; وانتقد، واستمر، والرئيس split).</item>
/// <item>ب ل: the same, and never before و or ي (بوتين، بيروت، ليبيا stay whole unless the rest is known).</item>
/// <item>ف ك: only before the article, a hamza on alef, or a known word (فريق، كبير stay whole; فالرئيس، فإن split);
/// ك before a bare alef only before the article or a derived form (كاسيا stays whole even where آسيا is known).</item>
/// <item>س: only before an imperfect verb: ي ت ن أ and a base that does not end like a noun (ة ات ية).</item>
/// <item>ال: when at least two letters follow it; لل after ل when the rest is not a known word (للرئيس، but للبنان).</item>
/// <item>Enclitics: never after the article; off a known word (فيه، عنها، بيانه، وزارته), or off a base of at least
/// <see cref="MinimumBaseLength"/> letters (four for نا); ي and كم كن كما only off a known word.</item>
/// </list>
/// <para>The analysis reads the view's letters (ة, ى and hamzas intact) and looks words up in matching-normalized form.
/// Immutable and thread-safe.</para>
/// </remarks>
internal sealed class CliticAnalyzer
{
    /// <summary>The logical name of the built-in lexicon of whole words.</summary>
    internal const string WholeWordsResource = "ArabicNews.Extraction.Lexicons.clitic-whole-words.txt";

    /// <summary>The shortest base left after removing a clitic on the strength of the letters alone.</summary>
    internal const int MinimumBaseLength = 3;

    /// <summary>The shortest base left after the article.</summary>
    internal const int MinimumBaseAfterArticle = 2;

    private const char Waw = 'و';
    private const char Fa = 'ف';
    private const char Ba = 'ب';
    private const char Lam = 'ل';
    private const char Kaf = 'ك';
    private const char Sin = 'س';
    private const char Ya = 'ي';
    private const char Alef = 'ا';
    private const char TehMarbuta = 'ة';

    // Longest first, so هما is found before ها and ه. The bases each needs: known ones (فيه، عنها، عليكم) and unknown
    // ones, by length alone (0: never). ي is far more often the nisba ending (روسي) and, off two letters, reads hamza-less
    // words wrong (لأي is not لا + ي); كم كن كما end common words (تمكن، أماكن، يحاكم) and are rare in news; نا also
    // ends accusatives of words in ن (معلنا، مبينا).
    private static readonly Enclitic[] Enclitics =
    [
        new("هما", 2, MinimumBaseLength),
        new("كما", 3, 0),
        new("ها", 2, MinimumBaseLength),
        new("هم", 2, MinimumBaseLength),
        new("هن", 2, MinimumBaseLength),
        new("كم", 3, 0),
        new("كن", 3, 0),
        new("نا", 2, MinimumBaseLength + 1),
        new("ه", 2, MinimumBaseLength),
        new("ي", 3, 0),
    ];

    // Endings that inflect a known word without making it another word: feminine, plural, dual, nisba, the accusative
    // alef, verb endings. Written in the view's letters, longest first.
    private static readonly string[] InflectionEndings =
        ["يين", "يون", "ية", "ات", "ان", "ين", "ون", "وا", "تان", "تين", "ة", "ي", "ت", "ا"];

    private static readonly ArabicNormalizer ViewNormalizer = new(ArticleExtractor.ViewRules);

    // Matching normalization folds ة into ه, which would make آلية and إليه one word; so known words that end in ة are
    // kept apart, without their ة, as the stems that ة, ات, ية, ي and ت (before an enclitic) attach to.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _feminineStems;

    /// <summary>Creates an analyzer that knows <paramref name="wholeWords"/> (any spelling; they are normalized for matching).</summary>
    public CliticAnalyzer(IEnumerable<string> wholeWords)
    {
        ArgumentNullException.ThrowIfNull(wholeWords);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var feminineStems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in wholeWords)
        {
            var trimmed = entry.AsSpan().Trim();
            if (trimmed.IsEmpty)
                continue;
            var view = ViewNormalizer.Normalize(trimmed.ToString());
            var normalized = ArabicNormalizer.Matching.Normalize(view);
            if (view.EndsWith(TehMarbuta) && normalized.Length > 1)
                feminineStems.Add(normalized[..^1]);
            else
                words.Add(normalized);
        }

        WordCount = words.Count + feminineStems.Count;
        _words = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _feminineStems = feminineStems.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct words (after normalization) the analyzer knows.</summary>
    public int WordCount { get; }

    /// <summary>The words of the built-in lexicon.</summary>
    public static IEnumerable<string> BuiltInWholeWords() => EmbeddedResources.ReadEntries(WholeWordsResource);

    /// <summary>
    /// Splits a word of the view. <paramref name="word"/> is the view's form (ة, ى and hamzas intact, no diacritics);
    /// <paramref name="normalized"/> its matching-normalized form, of the same length. Words whose forms differ in
    /// length are not split.
    /// </summary>
    public CliticSplit Analyze(ReadOnlySpan<char> word, ReadOnlySpan<char> normalized)
    {
        if (word.Length != normalized.Length || word.Length < 2)
            return default;
        var w = new Word(word, normalized);
        var proclitics = ProcliticLength(w);
        if (IsKnownWithEnclitic(w, out var knownEnclitic))
        {
            // وسامي: و + a listed name reads better than a listed noun with the ending or pronoun ي (وسام + ي).
            var preferProclitic = proclitics > 0 && w.View.EndsWith(Ya) && !IsListed(w) && IsListed(w[proclitics..]);
            return preferProclitic ? new CliticSplit(proclitics, 0, 0) : new CliticSplit(0, 0, knownEnclitic);
        }

        var article = ArticleLength(w, proclitics);
        if (article > 0)
            return new CliticSplit(proclitics, article, 0);
        var rest = w[proclitics..];
        if (proclitics > 0 && IsKnownWithEnclitic(rest, out var restEnclitic))
            return new CliticSplit(proclitics, 0, restEnclitic);
        return new CliticSplit(proclitics, 0, EncliticLength(rest));
    }

    // The conjunction, then a preposition or the future marker; each only where the rest of the word supports it.
    private int ProcliticLength(Word w)
    {
        var length = 0;
        if (w.At(0) is Waw or Fa && AcceptsConjunction(w.At(0), w[1..]))
            length = 1;
        var rest = w[length..];
        if (length > 0 && IsKnownWithEnclitic(rest, out _))
            return length;
        if (rest.At(0) is Ba or Lam or Kaf && AcceptsPreposition(rest))
            length++;
        else if (rest.At(0) == Sin && AcceptsFuture(rest[1..]))
            length++;
        return length;
    }

    private bool AcceptsConjunction(char conjunction, Word rest)
    {
        if (rest.Length < 2)
            return false;
        if (IsEvidence(rest))
            return true;
        return conjunction == Waw && rest.Length >= MinimumBaseLength && (rest.At(0) != Alef || StartsDerivedForm(rest));
    }

    // A preposition before the rest of the word (which starts with it): ب ل ك + known word, article, hamza; ب ل also
    // before a long enough base that starts neither with و or ي nor with a bare alef outside a derived form.
    private bool AcceptsPreposition(Word word)
    {
        var preposition = word.At(0);
        var rest = word[1..];
        if (rest.Length < 2)
            return false;

        // كا begins many words and names (كاتب، كامل، كاسيا); a known word after it (اسيا) is most often a hamza-less
        // spelling that only matching-normalization made known (آسيا).
        if (preposition == Kaf && rest.At(0) == Alef && !HasArticle(rest) && !StartsDerivedForm(rest))
            return false;
        if (IsKnownWithEnclitic(rest, out _) || StartsWithHamzaAlef(rest))
            return true;
        if (preposition == Lam && rest.At(0) == Lam)
            return rest.Length - 1 >= MinimumBaseAfterArticle;
        if (HasArticle(rest))
            return true;
        if (preposition == Kaf || rest.Length < MinimumBaseLength)
            return false;
        var first = rest.At(0);
        return first is not (Waw or Ya) && (first != Alef || StartsDerivedForm(rest));
    }

    // س + an imperfect verb: سيتم، ستكون، سنعمل، سأعمل; not سيارة، سياسات، سيطرة (noun endings).
    private bool AcceptsFuture(Word rest)
    {
        if (rest.Length < MinimumBaseLength || rest.At(0) is not (Ya or 'ت' or 'ن' or 'أ'))
            return false;
        if (IsKnownWithEnclitic(rest, out _))
            return true;
        var letters = rest.View;
        return !letters.EndsWith(TehMarbuta) && !letters.EndsWith("ات") && !letters.EndsWith("ية");
    }

    // Evidence strong enough for the rarer clitics (ف ك) and for و before a short word: a known word, the article,
    // a hamza on alef, or a preposition or future marker that itself has such evidence.
    private bool IsEvidence(Word rest)
    {
        if (IsKnownWithEnclitic(rest, out _) || StartsWithHamzaAlef(rest) || HasArticle(rest))
            return true;
        var first = rest.At(0);
        if (first is Ba or Lam or Kaf)
        {
            // Two clitics need more than a two-letter word after them: فلان is a word, not ف + ل + أن.
            var inner = rest[1..];
            return StartsWithHamzaAlef(inner) || HasArticle(inner)
                || (inner.Length >= MinimumBaseLength && IsKnownWithEnclitic(inner, out _))
                || (first == Lam && inner.At(0) == Lam && inner.Length - 1 >= MinimumBaseAfterArticle);
        }

        return first == Sin && rest.Length > MinimumBaseLength && AcceptsFuture(rest[1..]);
    }

    private int ArticleLength(Word w, int proclitics)
    {
        var rest = w[proclitics..];

        // ل + ال is written لل: the second ل is the article (للرئيس), unless ل + a known word (للبنان).
        if (proclitics > 0 && w.At(proclitics - 1) == Lam && rest.At(0) == Lam && !IsKnownWithEnclitic(rest, out _))
            return rest.Length - 1 >= MinimumBaseAfterArticle ? 1 : 0;
        return HasArticle(rest) ? 2 : 0;
    }

    private bool HasArticle(Word rest) =>
        rest.Length - 2 >= MinimumBaseAfterArticle && rest.At(0) == Alef && rest.At(1) == Lam && !IsKnownWithEnclitic(rest, out _);

    // An enclitic off a word that is not known with one: only a long enough base, and never ي, which on an unknown
    // word is far more often the nisba ending (روسي، أمريكي).
    private static int EncliticLength(Word stem)
    {
        foreach (var enclitic in Enclitics)
        {
            if (enclitic.MinimumUnknownBase > 0
                && stem.Length - enclitic.Text.Length >= enclitic.MinimumUnknownBase
                && stem.View.EndsWith(enclitic.Text, StringComparison.Ordinal))
            {
                return enclitic.Text.Length;
            }
        }

        return 0;
    }

    // The word is known as it stands, or a known word carries an enclitic (بيانه، وجهه، وزارته → enclitic length).
    private bool IsKnownWithEnclitic(Word word, out int enclitic)
    {
        enclitic = 0;
        if (IsKnown(word))
            return true;
        foreach (var candidate in Enclitics)
        {
            if (word.Length - candidate.Text.Length < candidate.MinimumKnownBase || !word.View.EndsWith(candidate.Text, StringComparison.Ordinal))
                continue;
            var baseWord = word[..(word.Length - candidate.Text.Length)];
            if (IsKnown(baseWord) || IsKnownBeforeFeminineTa(baseWord))
            {
                enclitic = candidate.Text.Length;
                return true;
            }
        }

        return false;
    }

    // ة is written ت before an enclitic: وزارته، حكومتها، وضعيتهم (وضع + ية), وزيرته (وزير + ة).
    private bool IsKnownBeforeFeminineTa(Word baseWord)
    {
        if (baseWord.Length - 1 < MinimumBaseLength || !baseWord.View.EndsWith('ت'))
            return false;
        var stem = baseWord.Normalized[..^1];
        if (_feminineStems.Contains(stem) || _words.Contains(stem))
            return true;
        return baseWord.View[..^1].EndsWith(Ya) && stem.Length - 1 >= MinimumBaseLength
            && (_words.Contains(stem[..^1]) || _feminineStems.Contains(stem[..^1]));
    }

    // In the lexicon as it stands, or a known word with an inflectional ending (وزيرة، وكالات، لبناني، كانت).
    private bool IsKnown(Word word)
    {
        if (IsListed(word))
            return true;
        foreach (var ending in InflectionEndings)
        {
            var stemLength = word.Length - ending.Length;
            if (stemLength < MinimumBaseLength || !word.View.EndsWith(ending, StringComparison.Ordinal))
                continue;
            var stem = word.Normalized[..stemLength];
            if (_words.Contains(stem) || _feminineStems.Contains(stem))
                return true;
        }

        return false;
    }

    private bool IsListed(Word word) => word.View.EndsWith(TehMarbuta)
        ? _feminineStems.Contains(word.Normalized[..^1])
        : _words.Contains(word.Normalized);

    private static bool StartsWithHamzaAlef(Word rest) => rest.Length >= 2 && rest.At(0) is 'أ' or 'إ' or 'آ';

    // Forms VII, VIII and X and their nouns start with a bare alef: انتقد، اجتماع، اتفاق، استمر; Form VIII's ت turns
    // into ط after ص ض ط ظ (اضطر، اصطدام) and into د after ز (ازدهار).
    private static bool StartsDerivedForm(Word rest)
    {
        if (rest.Length < 4 || rest.At(0) != Alef)
            return false;
        var second = rest.At(1);
        var third = rest.At(2);
        return second is 'ن' or 'ت'
            || third == 'ت'
            || (second is 'ص' or 'ض' or 'ط' or 'ظ' && third == 'ط')
            || (second == 'ز' && third == 'د');
    }

    private sealed record Enclitic(string Text, int MinimumKnownBase, int MinimumUnknownBase);

    /// <summary>A word in its two forms, sliced together.</summary>
    private readonly ref struct Word(ReadOnlySpan<char> view, ReadOnlySpan<char> normalized)
    {
        public ReadOnlySpan<char> View { get; } = view;

        public ReadOnlySpan<char> Normalized { get; } = normalized;

        public int Length => View.Length;

        public Word this[Range range] => new(View[range], Normalized[range]);

        public char At(int index) => index < View.Length ? View[index] : '\0';
    }
}

using System.Collections.Frozen;
using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Quotations;

/// <summary>The classes of words the quotation finder reads by; a word can be in several.</summary>
[Flags]
internal enum QuoteWordClass
{
    None = 0,
    Complementizer = 1 << 0,
    Subjunctive = 1 << 1,
    GovernedPreposition = 1 << 2,
    Boundary = 1 << 3,
    TitleNoun = 1 << 4,
    Source = 1 << 5,
    SourcePronoun = 1 << 6,
    Relative = 1 << 7,
    Connector = 1 << 8,
    Was = 1 << 9,
    AdverbialOpener = 1 << 10,
    Role = 1 << 11,
    GenericRole = 1 << 12,
    Honorific = 1 << 13,
    UnnamedSource = 1 << 14,
    Organization = 1 << 15,
    Document = 1 << 16,
    Group = 1 << 17,
    Quantifier = 1 << 18,
    Modifier = 1 << 19,
    HeadlineLabel = 1 << 20,
    Feminine = 1 << 21,
    Place = 1 << 22,
    VerbComplement = 1 << 23,
    CompoundNameEnd = 1 << 24,
}

/// <summary>
/// The quotation finder's lexicons: speech verbs, and the function words, role nouns and headline labels it reads by.
/// Keys are matching-normalized (alef, ى, ة folded) with hamza seats folded too (ؤ → و, ئ → ي), because real copy
/// drops hamzas (موكدا for مؤكدا).
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class QuotationLexicon
{
    internal const string RolesResource = "ArabicNews.Extraction.Lexicons.speaker-roles.txt";
    internal const string WordsResource = "ArabicNews.Extraction.Lexicons.quote-words.txt";
    internal const string HeadlineLabelsResource = "ArabicNews.Extraction.Lexicons.headline-labels.txt";

    private static readonly FrozenDictionary<string, QuoteWordClass> Sections = new Dictionary<string, QuoteWordClass>(StringComparer.Ordinal)
    {
        ["complementizer"] = QuoteWordClass.Complementizer,
        ["subjunctive"] = QuoteWordClass.Subjunctive,
        ["governed-preposition"] = QuoteWordClass.GovernedPreposition,
        ["boundary"] = QuoteWordClass.Boundary,
        ["title-noun"] = QuoteWordClass.TitleNoun,
        ["source"] = QuoteWordClass.Source,
        ["source-pronoun"] = QuoteWordClass.SourcePronoun,
        ["relative"] = QuoteWordClass.Relative,
        ["connector"] = QuoteWordClass.Connector,
        ["was"] = QuoteWordClass.Was,
        ["adverbial-opener"] = QuoteWordClass.AdverbialOpener,
        ["role"] = QuoteWordClass.Role,
        ["generic-role"] = QuoteWordClass.GenericRole,
        ["honorific"] = QuoteWordClass.Honorific,
        ["unnamed-source"] = QuoteWordClass.UnnamedSource,
        ["organization"] = QuoteWordClass.Organization,
        ["document"] = QuoteWordClass.Document,
        ["group"] = QuoteWordClass.Group,
        ["quantifier"] = QuoteWordClass.Quantifier,
        ["modifier"] = QuoteWordClass.Modifier,
        ["label"] = QuoteWordClass.HeadlineLabel,
        ["place"] = QuoteWordClass.Place,
        ["verb-complement"] = QuoteWordClass.VerbComplement,
        ["compound-name-end"] = QuoteWordClass.CompoundNameEnd,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The readings of a word that a person's title with the same spelling does not override (فريق the team, سباحة the sport).
    private const QuoteWordClass NotRoles = QuoteWordClass.Organization | QuoteWordClass.TitleNoun | QuoteWordClass.HeadlineLabel
        | QuoteWordClass.Document | QuoteWordClass.Group | QuoteWordClass.Quantifier;

    private readonly FrozenDictionary<string, QuoteWordClass> _words;
    private readonly FrozenSet<string> _spelledWithAlefMaksura;
    private readonly FrozenDictionary<string, QuoteWordClass> _writtenWithYa;
    private readonly FrozenDictionary<string, QuoteWordClass>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    public QuotationLexicon(SpeechVerbLexicon verbs, IEnumerable<(string Section, string Word)> words)
        : this(verbs, words, TitleLexicon.BuiltIn)
    {
    }

    public QuotationLexicon(SpeechVerbLexicon verbs, IEnumerable<(string Section, string Word)> words, TitleLexicon titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        Verbs = verbs;
        Titles = titles;
        var map = new Dictionary<string, QuoteWordClass>(StringComparer.Ordinal);
        var withYa = new Dictionary<string, QuoteWordClass>(StringComparer.Ordinal);
        var alefMaksura = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (section, word) in words)
        {
            if (word.EndsWith('ى'))
                alefMaksura.Add(Key(word));
            if (!Sections.TryGetValue(section, out var wordClass))
                throw new FormatException($"Unknown quotation lexicon section '[{section}]'; expected one of: {string.Join(", ", Sections.Keys)}.");
            var key = Key(word);
            if (key.StartsWith("ال", StringComparison.Ordinal) && wordClass is QuoteWordClass.Honorific or QuoteWordClass.Group)
                Or(map, key[2..], wordClass);
            Or(map, key, wordClass);
            if (!word.EndsWith('ى'))
                Or(withYa, key, wordClass);
            if (wordClass == QuoteWordClass.Role && !key.EndsWith('ه'))
                Or(map, key + "ه", wordClass | QuoteWordClass.Feminine);
        }

        // A person's one-word title (الوزير، المتحدث، المدرب) is a role noun that heads a speaker's description: the
        // titles lexicon is the one list of them, and the word lists add only roles that are no titles (مسؤول، عضو).
        // A word the lists read as an organization's head, a title noun or a label (فريق، سباحة) keeps that reading.
        // Person titles end in ي, never ى (الوالي، القاضي).
        foreach (var (word, kind) in titles.OneWordTitles)
        {
            var key = FoldHamzaSeats(word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word);
            if (kind != TitleKind.Person || key.Length < 2 || (map.GetValueOrDefault(key) & NotRoles) != 0)
                continue;
            Or(map, key, QuoteWordClass.Role);
            Or(withYa, key, QuoteWordClass.Role);
            if (!key.EndsWith('ه'))
                Or(map, key + "ه", QuoteWordClass.Role | QuoteWordClass.Feminine);
        }

        _words = map.ToFrozenDictionary(StringComparer.Ordinal);
        _spelledWithAlefMaksura = alefMaksura.ToFrozenSet(StringComparer.Ordinal);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var writtenWithYa = new Dictionary<string, QuoteWordClass>(StringComparer.Ordinal);
        foreach (var (key, classes) in withYa)
        {
            if (alefMaksura.Contains(key))
                writtenWithYa[key] = classes;
        }

        _writtenWithYa = writtenWithYa.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The speech verbs.</summary>
    public SpeechVerbLexicon Verbs { get; }

    /// <summary>The titles, shared with the recognizer: the persons' titles are role nouns; the modifiers end a name's adjectives.</summary>
    public TitleLexicon Titles { get; }

    /// <summary>The built-in word lists as (section, word) pairs.</summary>
    public static IEnumerable<(string Section, string Word)> BuiltInWords()
    {
        foreach (var resource in (string[])[RolesResource, WordsResource, HeadlineLabelsResource])
        {
            var section = string.Empty;
            foreach (var entry in EmbeddedResources.ReadEntries(resource))
            {
                if (entry[0] == '[' && entry[^1] == ']')
                {
                    section = entry[1..^1];
                    continue;
                }

                if (section.Length == 0)
                    throw new FormatException($"{resource}: '{entry}' comes before any [section] line.");
                yield return (section, entry);
            }
        }
    }

    /// <summary>The lexicon key of a word: matching-normalized, hamza seats folded.</summary>
    public static string Key(string word) => FoldHamzaSeats(ArabicNormalizer.Matching.Normalize(word.Trim()));

    /// <summary>The lexicon key of a word already matching-normalized (a token's <see cref="Token.Normalized"/>).</summary>
    public static string FoldHamzaSeats(string normalized) =>
        normalized.AsSpan().IndexOfAny('ؤ', 'ئ') < 0 ? normalized : normalized.Replace('ؤ', 'و').Replace('ئ', 'ي');

    /// <summary>
    /// True when the lexicon's word with this key ends in ى (على، إلى، لدى): a word spelled with a final ي instead is,
    /// right after a verb, far more often another word (the name علي) than a misspelling.
    /// </summary>
    public bool IsSpelledWithAlefMaksura(string key) => _spelledWithAlefMaksura.Contains(key);

    /// <summary>
    /// The classes of a key that a word ending in ى also has (<see cref="IsSpelledWithAlefMaksura"/>), for the word
    /// written with a final ي: those of the lexicon's words spelled so (والي the governor, not وإلى).
    /// </summary>
    public QuoteWordClass ClassOfWrittenWithYa(string key) => _writtenWithYa.GetValueOrDefault(key);

    /// <summary>The classes of a key (see <see cref="Key"/>).</summary>
    public QuoteWordClass ClassOf(ReadOnlySpan<char> key) => _wordLookup.TryGetValue(key, out var found) ? found : QuoteWordClass.None;

    private static void Or(Dictionary<string, QuoteWordClass> map, string key, QuoteWordClass wordClass) =>
        map[key] = map.GetValueOrDefault(key) | wordClass;
}

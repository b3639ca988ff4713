using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Linking;
using ArabicNews.Extraction.Quotations;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction;

/// <summary>
/// Configures and builds an <see cref="ArticleExtractor"/>: the built-in lexicons plus any entries you add.
/// </summary>
/// <remarks>Mutable and not thread-safe; the extractor it builds is immutable and shares nothing with it.</remarks>
/// <example>
/// <code>
/// var extractor = new ArticleExtractorBuilder()
///     .AddEntity(EntityType.Person, "Kais Saied", "قيس سعيد", "قيس سعيّد")
///     .AddGazetteer(EntityType.Organization, File.OpenText("my-organizations.txt"))
///     .Build();
/// </code>
/// </example>
public sealed class ArticleExtractorBuilder
{
    private readonly List<string> _wholeWords = [];
    private readonly List<KnownEntity> _entities = [];
    private readonly List<string> _speechVerbs = [];
    private bool _includesMisc;

    /// <summary>
    /// Adds words that begin or end with clitic letters but must never be split (a name like بوتين, a noun like وزير).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public ArticleExtractorBuilder AddWholeWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            if (!string.IsNullOrWhiteSpace(word))
                _wholeWords.Add(word.Trim());
        }

        return this;
    }

    /// <summary>
    /// Adds a named entity to the gazetteer: its type, its Latin-script name (also its key and a spelling it is matched
    /// by), and its Arabic spellings, the first one canonical. Adding an entity of the same type and Latin name as a
    /// built-in or earlier one adds spellings to it; a spelling two different entities share is treated as ambiguous.
    /// </summary>
    /// <param name="type">The entity type.</param>
    /// <param name="latinName">The Latin-script name (<c>Kais Saied</c>).</param>
    /// <param name="arabicSpellings">The Arabic spellings, canonical first; hamza, ى/ي, ة/ه, diacritics and tatweel
    /// variants need not be listed, they are folded before matching.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The Latin name is blank, no spelling is given, or the type is undefined.</exception>
    public ArticleExtractorBuilder AddEntity(EntityType type, string latinName, params IEnumerable<string> arabicSpellings)
    {
        ArgumentNullException.ThrowIfNull(latinName);
        ArgumentNullException.ThrowIfNull(arabicSpellings);
        if (!Enum.IsDefined(type))
            throw new ArgumentException($"'{type}' is not an entity type.", nameof(type));
        if (string.IsNullOrWhiteSpace(latinName))
            throw new ArgumentException("Give the entity's Latin-script name.", nameof(latinName));
        var spellings = new List<string>();
        foreach (var spelling in arabicSpellings)
        {
            if (!string.IsNullOrWhiteSpace(spelling))
                spellings.Add(spelling.Trim());
        }

        if (spellings.Count == 0)
            throw new ArgumentException($"Give at least one Arabic spelling of '{latinName}'.", nameof(arabicSpellings));
        _entities.Add(new KnownEntity(type, latinName.Trim(), spellings[0], spellings));
        return this;
    }

    /// <summary>
    /// Adds the entities of a gazetteer lexicon in the built-in format: one entity a line, <c>Latin Name&lt;TAB&gt;عربي|عربي آخر</c>,
    /// blank lines and lines starting with '#' skipped. The lexicon is read now; the reader is not closed.
    /// </summary>
    /// <param name="type">The type of every entity in the lexicon.</param>
    /// <param name="lexicon">The lexicon text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    /// <exception cref="ArgumentException">The type is undefined.</exception>
    /// <exception cref="FormatException">A line is malformed; the message gives its number.</exception>
    public ArticleExtractorBuilder AddGazetteer(EntityType type, TextReader lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        if (!Enum.IsDefined(type))
            throw new ArgumentException($"'{type}' is not an entity type.", nameof(type));
        _entities.AddRange(Gazetteer.ParseLexicon(lexicon, type, "gazetteer lexicon"));
        return this;
    }

    /// <summary>
    /// Adds speech verbs that introduce quotations, one lemma an entry by its principal parts: the perfect, the
    /// imperfect and (optionally) the active participle, third person masculine singular, separated by spaces
    /// (<c>"صرح يصرح مصرح"</c>). Every inflection is generated from them (قالت، يقولون، مصرحا، وصرح ...). A word
    /// <c>+P</c> after them names a preposition the verb governs before a partial quote (<c>"أعرب يعرب معرب +عن"</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="lemmas"/> is null.</exception>
    /// <exception cref="FormatException">An entry does not have two or three words.</exception>
    public ArticleExtractorBuilder AddSpeechVerbs(IEnumerable<string> lemmas)
    {
        ArgumentNullException.ThrowIfNull(lemmas);
        foreach (var lemma in lemmas)
        {
            if (string.IsNullOrWhiteSpace(lemma))
                continue;
            var words = lemma.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var principalParts = words.Count(w => w[0] is not ('+' or '@'));
            if (principalParts is < 2 or > 3 || lemma.TrimStart().StartsWith('-'))
                throw new FormatException($"Speech verb '{lemma}' must read 'PERFECT IMPERFECT [PARTICIPLE]', e.g. 'صرح يصرح مصرح'.");
            _speechVerbs.Add(string.Join(' ', words));
        }

        return this;
    }

    /// <summary>
    /// Reports entities of type <see cref="EntityType.Misc"/> (events, products, works and the like, as ANERcorp
    /// annotates them) besides persons, organizations and places. Off by default: the tagger finds them with F1 about
    /// 0.5 on the ANERcorp test split, too unreliable to show unasked.
    /// </summary>
    public ArticleExtractorBuilder IncludeMiscEntities(bool include = true)
    {
        _includesMisc = include;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe extractor from the current configuration.</summary>
    public ArticleExtractor Build()
    {
        var gazetteer = new Gazetteer(Gazetteer.BuiltIn().Concat(_entities));
        var clitics = new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords().Concat(_wholeWords).Concat(gazetteer.WholeWords()));
        var verbs = new SpeechVerbLexicon(SpeechVerbLexicon.BuiltInLines().Concat(_speechVerbs));
        var quotations = new QuotationLexicon(verbs, QuotationLexicon.BuiltInWords());
        return new ArticleExtractor(
            new Segmenter(clitics), new EntityRecognizer(gazetteer, null, _includesMisc), new QuoteFinder(quotations), new EntityLinker(gazetteer));
    }
}

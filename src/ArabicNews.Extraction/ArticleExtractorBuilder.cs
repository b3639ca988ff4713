using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Linking;
using ArabicNews.Extraction.Quotations;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction;

/// <summary>
/// Configures and builds an <see cref="ArticleExtractor"/>: the built-in lexicons plus any entries you add.
/// </summary>
/// <remarks>Mutable and not thread-safe; the extractor it builds is immutable and shares nothing with it.</remarks>
public sealed class ArticleExtractorBuilder
{
    private readonly List<string> _wholeWords = [];
    private readonly List<string> _speechVerbs = [];

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

    /// <summary>Builds an immutable, thread-safe extractor from the current configuration.</summary>
    public ArticleExtractor Build()
    {
        var clitics = new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords().Concat(_wholeWords));
        var gazetteer = new Gazetteer(Gazetteer.BuiltIn());
        var verbs = new SpeechVerbLexicon(SpeechVerbLexicon.BuiltInLines().Concat(_speechVerbs));
        var quotations = new QuotationLexicon(verbs, QuotationLexicon.BuiltInWords());
        return new ArticleExtractor(
            new Segmenter(clitics), new EntityRecognizer(gazetteer), new QuoteFinder(quotations), new EntityLinker(gazetteer));
    }
}

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

    /// <summary>Builds an immutable, thread-safe extractor from the current configuration.</summary>
    public ArticleExtractor Build()
    {
        var clitics = new CliticAnalyzer(CliticAnalyzer.BuiltInWholeWords().Concat(_wholeWords));
        var gazetteer = new Gazetteer(Gazetteer.BuiltIn());
        return new ArticleExtractor(new Segmenter(clitics), new EntityRecognizer(gazetteer), new QuoteFinder(), new EntityLinker(gazetteer));
    }
}
